"""The main dialogs of the actions page, opened by ``branchops --smoke`` (empty database too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from branchops.core.actions.queries import list_actions
from branchops.core.listing import ListQuery
from branchops.ui.actions.action_dialog import ActionDialog
from branchops.ui.actions.status_dialogs import DoneDialog
from branchops.ui.context import AppContext


def _action(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        rows = list_actions(session, ListQuery(limit=1))
    return ActionDialog(ctx, parent, action_id=rows[0].id if rows else None)


def _done(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        rows = list_actions(session, ListQuery(limit=1, filters={"open": True}))
    if not rows:
        return ActionDialog(ctx, parent)
    return DoneDialog(ctx, rows[0], parent)


ACTION_DIALOGS = [("action", _action), ("action_done", _done)]
