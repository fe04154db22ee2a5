"""Unavailability and shift preferences of the staff, which the roster respects."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchops.core.staff import availability, labels
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.leave_dialog import PreferenceDialog, UnavailabilityDialog
from branchops.ui.staff.tables import button_row, current_row, simple_table
from branchops.ui.widgets.table_model import Column, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

AVAILABILITY_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=90),
    Column("kind_label", QT_TRANSLATE_NOOP("Columns", "Kind"), width=90),
    Column("description", QT_TRANSLATE_NOOP("Columns", "When"), width=320),
)


class _AvailabilityRow:
    """An unavailability or preference with its kind shown in words."""

    def __init__(self, row) -> None:
        self.row = row
        self.kind_label = labels.availability_kind_label(row.kind)

    def __getattr__(self, name: str):
        return getattr(self.row, name)


class AvailabilityTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.availability = InMemoryTableModel(AVAILABILITY_COLUMNS, parent=self)
        layout = QVBoxLayout(self)
        self.availability_view = simple_table(self.availability)
        layout.addWidget(self.availability_view, 1)
        layout.addLayout(button_row(ctx.user, Permission.WRITE,
            (translate("LeavePage", "Unavailable…"), self.add_unavailable),
            (translate("LeavePage", "Preference…"), self.add_preference),
            (translate("LeavePage", "Delete"), self.delete_availability),
        ))  # fmt: skip

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            self.availability.set_rows(
                [_AvailabilityRow(r) for r in availability.list_availability(session)]
            )

    def add_unavailable(self) -> None:
        UnavailabilityDialog(self.ctx, self).exec()

    def add_preference(self) -> None:
        PreferenceDialog(self.ctx, self).exec()

    def delete_availability(self) -> None:
        row = current_row(self.availability_view, self.availability)
        if row is None:
            return
        run_write(
            self.ctx,
            self,
            "leave",
            lambda uow: availability.delete_availability(uow, self.ctx.user, row.kind, row.id),
        )
