"""A flat table model with a fixed set of columns titled by translatable constants."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from branchops.i18n import translate

Index = QModelIndex | QPersistentModelIndex


class FixedColumnsModel(QAbstractTableModel):
    """One row per element of ``_rows()`` (in the subclass); ``HEADERS`` are
    ``QT_TRANSLATE_NOOP`` sources, translated in ``CONTEXT`` for the horizontal header."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def _rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return translate(self.CONTEXT, self.HEADERS[section])
        return None
