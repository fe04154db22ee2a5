"""The main dialogs of the training page, opened by ``branchops --smoke`` (empty database too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from branchops import clock
from branchops.core.listing import ListQuery
from branchops.core.training.compliance import compliance_matrix
from branchops.core.training.labels import CellState
from branchops.core.training.lists import list_certificates, list_courses, list_sessions
from branchops.ui.context import AppContext
from branchops.ui.training.cell_dialog import CellDialog
from branchops.ui.training.certificate_dialog import CertificateDialog
from branchops.ui.training.course_dialog import CourseDialog
from branchops.ui.training.session_dialog import SessionDialog
from branchops.ui.training.settings_dialog import TrainingSettingsDialog


def _session(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        rows = list_sessions(session, ListQuery(limit=30, filters={"status": "held"}))
    largest = max(rows, key=lambda r: r.attendees, default=None)
    return SessionDialog(ctx, parent, session_id=largest.id if largest else None)


def _course(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        rows = list_courses(session, ListQuery(limit=2))
    return CourseDialog(ctx, parent, course_id=rows[1].id if len(rows) > 1 else None)


def _certificate(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        rows = list_certificates(session, ListQuery(limit=1))
    return CertificateDialog(ctx, parent, certificate_id=rows[0].id if rows else None)


def _cell(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        matrix = compliance_matrix(session, clock.today())
    cells = sorted(matrix.cells.items(), key=lambda item: item[1].state is not CellState.EXPIRED)
    if not cells:
        return TrainingSettingsDialog(ctx, parent)
    (person_id, course_id), cell = cells[0]
    person = next(p for p in matrix.people if p.id == person_id)
    course = next(c for c in matrix.courses if c.id == course_id)
    return CellDialog(ctx, person, course, cell, parent)


TRAINING_DIALOGS = [
    ("session", _session),
    ("course", _course),
    ("certificate", _certificate),
    ("cell", _cell),
    ("settings", lambda ctx, parent: TrainingSettingsDialog(ctx, parent)),
]
