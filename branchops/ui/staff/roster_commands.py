"""Undo and redo of roster grid edits: each command re-saves the cells as they were or will be."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from branchops.core.staff.roster_store import CellEdit
from branchops.i18n import translate

Apply = Callable[[list[CellEdit], str], bool]


class CellEditCommand(QUndoCommand):
    """Already applied when pushed (the first redo does nothing); undo restores ``before``.

    ``reason`` is the one given for a published day, reused when the edit is undone or redone."""

    def __init__(self, apply: Apply, before: list[CellEdit], after: list[CellEdit], reason: str):
        super().__init__(_describe(after))
        self._apply = apply
        self.before = before
        self.after = after
        self.reason = reason
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._apply(self.after, self.reason)

    def undo(self) -> None:
        self._apply(self.before, self.reason)


def _describe(edits: list[CellEdit]) -> str:
    if len(edits) == 1:
        edit = edits[0]
        return translate("RosterPage", "{day}: {code}").format(
            day=edit.day.isoformat(), code=edit.shift_code or translate("RosterPage", "off")
        )
    return translate("RosterPage", "{count} cells").format(count=len(edits))
