"""The agenda list: what is due today and this week, overdue first."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

COLUMNS = (
    Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), ColumnKind.DATE, 86),
    Column("when", QT_TRANSLATE_NOOP("Columns", "When"), width=70),
    Column("area_label", QT_TRANSLATE_NOOP("Columns", "Area"), width=80),
    Column("title", QT_TRANSLATE_NOOP("Columns", "What"), width=300),
)
OVERDUE = QColor("#c62828")
AREA_TITLES = {
    "quality": QT_TRANSLATE_NOOP("Dashboard", "Quality"),
    "actions": QT_TRANSLATE_NOOP("Dashboard", "Actions"),
    "staff": QT_TRANSLATE_NOOP("Dashboard", "Staff"),
    "branch": QT_TRANSLATE_NOOP("Dashboard", "Branch"),
    "training": QT_TRANSLATE_NOOP("Dashboard", "Training"),
    "feedback": QT_TRANSLATE_NOOP("Dashboard", "Feedback"),
    "budget": QT_TRANSLATE_NOOP("Dashboard", "Budget"),
    "risk": QT_TRANSLATE_NOOP("Dashboard", "Risk and drills"),
    "reports": QT_TRANSLATE_NOOP("Dashboard", "HQ report"),
}


def area_title(area: str) -> str:
    return translate("Dashboard", AREA_TITLES[area]) if area in AREA_TITLES else area


@dataclass(frozen=True)
class AgendaRow:
    item: object  # the AgendaItem
    due: object
    when: str
    area_label: str
    title: str
    overdue: bool


def rows_for(items, today) -> list[AgendaRow]:
    return [
        AgendaRow(
            item=item,
            due=item.due,
            when=_when(item, today),
            area_label=area_title(item.area),
            title=item.title,
            overdue=item.overdue,
        )
        for item in items
    ]


def _when(item, today) -> str:
    if item.overdue:
        return translate("Dashboard", "Overdue")
    if item.due <= today:
        return translate("Dashboard", "Today")
    return translate("Dashboard", "This week")


def _decorate(row: AgendaRow, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole and row.overdue and key in ("due", "when"):
        return QBrush(OVERDUE)
    return None


class AgendaModel(InMemoryTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, (), _decorate, parent)
