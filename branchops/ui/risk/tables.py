"""The columns of the risk page's lists and how their cells are coloured."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from branchops.core.risk.scoring import Level
from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.widgets.table_model import Column, ColumnKind

RED = QColor("#c62828")
LEVEL_BACKGROUNDS = {
    Level.LOW: QColor("#d7efdf"),
    Level.MEDIUM: QColor("#fbefc9"),
    Level.HIGH: QColor("#f9d9c3"),
    Level.VERY_HIGH: QColor("#f4c7c3"),
}

RISK_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=65),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Risk"), width=230),
    Column("category_label", QT_TRANSLATE_NOOP("Columns", "Category"), width=80),
    Column("inherent_score", QT_TRANSLATE_NOOP("Columns", "Inherent"), ColumnKind.INT, 60),
    Column("residual_score", QT_TRANSLATE_NOOP("Columns", "Residual"), ColumnKind.INT, 60),
    Column("residual_level_label", QT_TRANSLATE_NOOP("Columns", "Level"), width=65),
    Column("treatment_label", QT_TRANSLATE_NOOP("Columns", "Treatment"), width=70),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), width=70),
    Column("next_review", QT_TRANSLATE_NOOP("Columns", "Next review"), ColumnKind.DATE, 90),
    Column("plan", QT_TRANSLATE_NOOP("Columns", "Drill scenario"), width=120),
    Column("drill_overdue", QT_TRANSLATE_NOOP("Columns", "Drill overdue"), ColumnKind.BOOL, 80),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=55),
)

DRILL_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Columns", "Date"), ColumnKind.DATE, 90),
    Column("plan", QT_TRANSLATE_NOOP("Columns", "Emergency plan"), width=150),
    Column("version", QT_TRANSLATE_NOOP("Columns", "Version"), ColumnKind.INT, 55),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=60),
    Column("announced", QT_TRANSLATE_NOOP("Columns", "Announced"), ColumnKind.BOOL, 70),
    Column("duration_text", QT_TRANSLATE_NOOP("Columns", "Duration"), width=70),
    Column("lead", QT_TRANSLATE_NOOP("Columns", "Drill lead"), width=70),
    Column("present", QT_TRANSLATE_NOOP("Columns", "Present"), ColumnKind.INT, 55),
    Column("absent", QT_TRANSLATE_NOOP("Columns", "Absent"), ColumnKind.INT, 55),
    Column("targets_text", QT_TRANSLATE_NOOP("Columns", "Targets met"), width=80),
    Column("ratings_text", QT_TRANSLATE_NOOP("Columns", "Ratings"), width=110, sortable=False),
    Column("poor", QT_TRANSLATE_NOOP("Columns", "M or U"), ColumnKind.INT, 55),
    Column("issues", QT_TRANSLATE_NOOP("Columns", "Issues"), ColumnKind.INT, 50),
)

PROGRAMME_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Emergency plan"), width=170),
    Column("every", QT_TRANSLATE_NOOP("Columns", "Required every"), width=100),
    Column("required", QT_TRANSLATE_NOOP("Columns", "Required this year"), ColumnKind.INT, 110),
    Column("done", QT_TRANSLATE_NOOP("Columns", "Done"), ColumnKind.INT, 55),
    Column("planned", QT_TRANSLATE_NOOP("Columns", "Planned"), ColumnKind.INT, 60),
    Column("last_done", QT_TRANSLATE_NOOP("Columns", "Last drill"), ColumnKind.DATE, 90),
    Column("next_due", QT_TRANSLATE_NOOP("Columns", "Next due"), ColumnKind.DATE, 90),
    Column("next_planned", QT_TRANSLATE_NOOP("Columns", "Next planned"), ColumnKind.DATE, 95),
    Column("state_label", QT_TRANSLATE_NOOP("Columns", "State"), width=90),
)

PLAN_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Emergency plan"), width=220),
    Column("every", QT_TRANSLATE_NOOP("Columns", "Drill required every"), width=130),
    Column("version", QT_TRANSLATE_NOOP("Columns", "Version"), ColumnKind.INT, 60),
    Column("step_count", QT_TRANSLATE_NOOP("Columns", "Steps"), ColumnKind.INT, 55),
    Column("archived", QT_TRANSLATE_NOOP("Columns", "Archived"), ColumnKind.BOOL, 70),
)

ACTION_COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Corrective action"), width=260),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), width=80),
    Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due"), ColumnKind.DATE, 90),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "Status"), width=80),
    Column("overdue", QT_TRANSLATE_NOOP("Columns", "Overdue"), ColumnKind.BOOL, 70),
)


def decorate_risk(row, key: str, role: int):
    if role == Qt.ItemDataRole.BackgroundRole and key in ("residual_score", "residual_level_label"):
        return QBrush(LEVEL_BACKGROUNDS[row.residual_level])
    if role == Qt.ItemDataRole.ForegroundRole:
        if key == "next_review" and row.review_overdue:
            return QBrush(RED)
        if key == "drill_overdue" and row.drill_overdue:
            return QBrush(RED)
    return None


def decorate_drill(row, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole:
        if key == "poor" and row.poor:
            return QBrush(RED)
        if key in ("day", "status_label") and row.late:
            return QBrush(RED)
    return None


def decorate_programme(row, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole and key in ("next_due", "state_label"):
        return QBrush(RED) if row.overdue else None
    return None
