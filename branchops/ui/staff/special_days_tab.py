"""Special days: date ranges with their own staffing needs, or closed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchops.core.concurrency import row_opened
from branchops.core.staff import needs
from branchops.core.staff.models import SpecialDay
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.needs_editor import SpecialDayDialog
from branchops.ui.staff.tables import button_row, current_row, simple_table
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

SPECIAL_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=120),
    Column("first_day", QT_TRANSLATE_NOOP("Columns", "First day"), ColumnKind.DATE, 95),
    Column("last_day", QT_TRANSLATE_NOOP("Columns", "Last day"), ColumnKind.DATE, 95),
    Column("summary", QT_TRANSLATE_NOOP("Columns", "Needs"), width=320),
)


@dataclass(frozen=True)
class SpecialLine:
    id: int
    name: str
    first_day: object
    last_day: object
    summary: str


class SpecialDaysTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.specials = InMemoryTableModel(SPECIAL_COLUMNS, parent=self)
        layout = QVBoxLayout(self)
        self.special_view = simple_table(self.specials)
        layout.addWidget(self.special_view, 1)
        layout.addLayout(button_row(ctx.user, Permission.APPROVE,
            (translate("ShiftsPage", "Add special days…"), self.add_special),
            (translate("ShiftsPage", "Edit…"), self.edit_special),
            (translate("ShiftsPage", "Delete"), self.delete_special),
        ))  # fmt: skip
        self.special_view.doubleClicked.connect(self.edit_special)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            specials = needs.list_special_days(session)
        closed = translate("ShiftsPage", "closed")
        self.specials.set_rows(
            [
                SpecialLine(s.id, s.name, s.first_day, s.last_day,
                            "; ".join(f"{n.shift_name} ≥{n.min_headcount}" for n in s.needs)
                            or closed)
                for s in specials
            ]
        )  # fmt: skip

    def add_special(self) -> None:
        SpecialDayDialog(self.ctx, None, self).exec()

    def edit_special(self) -> None:
        row = current_row(self.special_view, self.specials)
        if row is not None:
            SpecialDayDialog(self.ctx, row.id, self).exec()

    def delete_special(self) -> None:
        row = current_row(self.special_view, self.specials)
        if row is None or not confirm(
            self, translate("ShiftsPage", "Delete"),
            translate("ShiftsPage", "Delete the special days {name}?").format(name=row.name),
        ):  # fmt: skip
            return
        run_write(
            self.ctx,
            self,
            "shifts",
            lambda uow: needs.delete_special_day(uow, self.ctx.user, row.id),
            opened=row_opened(SpecialDay, row),
        )
