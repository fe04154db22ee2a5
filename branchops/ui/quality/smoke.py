"""The main dialogs of the quality page, opened by ``branchops --smoke`` (empty database too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from branchops.core.listing import ListQuery
from branchops.core.quality.queries import list_inspections
from branchops.core.quality.templates import list_templates
from branchops.ui.context import AppContext
from branchops.ui.quality.run_dialog import InspectionDialog
from branchops.ui.quality.template_editor import TemplateEditor


def _new_inspection(ctx: AppContext, parent: QWidget) -> QDialog:
    return InspectionDialog(ctx, parent)


def _completed_inspection(ctx: AppContext, parent: QWidget) -> QDialog:
    query = ListQuery(limit=1, filters={"status": "completed", "critical": True})
    with ctx.db.session() as session:
        rows = list_inspections(session, query) or list_inspections(session, ListQuery(limit=1))
    return InspectionDialog(ctx, parent, inspection_id=rows[0].id if rows else None)


def _template_editor(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        templates = list_templates(session)
    return TemplateEditor(ctx, parent, templates[0].id if templates else None)


QUALITY_DIALOGS = [
    ("new_inspection", _new_inspection),
    ("completed_inspection", _completed_inspection),
    ("template_editor", _template_editor),
]
