"""The main dialogs of the feedback page, opened by ``branchops --smoke`` (empty database too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from branchops.core.feedback.complaint_queries import list_complaints
from branchops.core.listing import ListQuery
from branchops.ui.context import AppContext
from branchops.ui.feedback.complaint_dialog import ComplaintDialog
from branchops.ui.feedback.record_dialog import RecordDialog
from branchops.ui.feedback.rules_dialog import RulesDialog
from branchops.ui.feedback.steps import STEPS


def _first_complaint(ctx: AppContext, **filters) -> int | None:
    with ctx.db.session() as session:
        rows = list_complaints(session, ListQuery(limit=1, filters=filters))
    return rows[0].id if rows else None


def _record(ctx: AppContext, parent: QWidget) -> QDialog:
    return RecordDialog(ctx, parent)


def _complaint(ctx: AppContext, parent: QWidget) -> QDialog:
    found = _first_complaint(ctx, open=True) or _first_complaint(ctx)
    return ComplaintDialog(ctx, found, parent) if found else RecordDialog(ctx, parent)


def _close_step(ctx: AppContext, parent: QWidget) -> QDialog:
    found = _first_complaint(ctx, open=True) or _first_complaint(ctx)
    if not found:
        return RulesDialog(ctx, parent)
    dialog = ComplaintDialog(ctx, found, parent)
    step = next(s for s in STEPS if s.key == "close")
    return dialog.step_dialog(step)


FEEDBACK_DIALOGS = [
    ("feedback_record", _record),
    ("complaint", _complaint),
    ("complaint_close", _close_step),
    ("complaint_rules", lambda ctx, parent: RulesDialog(ctx, parent)),
]
