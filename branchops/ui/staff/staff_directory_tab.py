"""The staff directory: the list of people with search, filters and sort, and its actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QInputDialog, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core.concurrency import row_opened
from branchops.core.errors import UserError
from branchops.core.listing import ListQuery
from branchops.core.staff import catalog, queries, service
from branchops.core.staff.labels import employment_label
from branchops.core.staff.models import Staff
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.staff_dialog import StaffDialog
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm, show_user_error
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind
from branchops.ui.widgets.writes import run_write

STAFF_COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("Columns", "Employee no."), width=90),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=90),
    Column("position", QT_TRANSLATE_NOOP("Columns", "Position"), width=90),
    Column(
        "employment_label", QT_TRANSLATE_NOOP("Columns", "Employment"), width=80, sortable=False
    ),
    Column("contract_hours", QT_TRANSLATE_NOOP("Columns", "Hours/week"), ColumnKind.NUMBER, 80),
    Column("hire_date", QT_TRANSLATE_NOOP("Columns", "Hire date"), ColumnKind.DATE, 95),
    Column(
        "first_work_date", QT_TRANSLATE_NOOP("Columns", "First employment"), ColumnKind.DATE, 95
    ),
    Column("leave_date", QT_TRANSLATE_NOOP("Columns", "Left on"), ColumnKind.DATE, 95),
    Column("active", QT_TRANSLATE_NOOP("Columns", "Active"), ColumnKind.BOOL, 60),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), width=110, pii=True),
    Column("skills", QT_TRANSLATE_NOOP("Columns", "Skills"), width=240, sortable=False),
)


class _StaffRowView:
    """A directory row with its employment shown in words."""

    def __init__(self, row: queries.StaffRow) -> None:
        self.row = row
        self.employment_label = employment_label(row.employment)

    def __getattr__(self, name: str):
        return getattr(self.row, name)


class DirectoryTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = QueryTableModel(STAFF_COLUMNS, self._fetch, self._count)
        self.model.query = ListQuery(limit=self.model.page_size, filters={"active": True})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(self.model, "staff", ctx, translate("StaffPage", "Staff"))
        layout.addWidget(self.list)
        self._build_bar()
        self._wire()

    def _build_bar(self) -> None:
        bar = self.list.filter_bar
        self.active_filter = QComboBox()
        self.active_filter.addItem(translate("StaffPage", "Active"), True)
        self.active_filter.addItem(translate("StaffPage", "Left"), False)
        self.active_filter.addItem(translate("StaffPage", "Everyone"), None)
        self.position_filter = QComboBox()
        self.add_button = QPushButton(translate("StaffPage", "Add…"))
        self.edit_button = QPushButton(translate("StaffPage", "Edit…"))
        self.leave_button = QPushButton(translate("StaffPage", "Mark as left…"))
        self.back_button = QPushButton(translate("StaffPage", "Reactivate"))
        self.skills_button = QPushButton(translate("StaffPage", "Skill sources…"))
        for widget in (self.active_filter, self.position_filter, self.add_button,
                       self.edit_button, self.leave_button, self.back_button,
                       self.skills_button):  # fmt: skip
            bar.addWidget(widget)
        allowed = self.ctx.user.allowed(Permission.APPROVE)
        for button in (self.add_button, self.edit_button, self.leave_button, self.back_button):
            button.setEnabled(allowed)
            if not allowed:
                button.setToolTip(self.ctx.user.why_not(Permission.APPROVE))

    def _wire(self) -> None:
        self.active_filter.currentIndexChanged.connect(self._apply_filters)
        self.position_filter.currentIndexChanged.connect(self._apply_filters)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.list.activated.connect(lambda _row: self.edit_person())
        self.leave_button.clicked.connect(self.mark_left)
        self.back_button.clicked.connect(self.reactivate)
        self.skills_button.clicked.connect(self.show_skill_sources)

    # -- data -------------------------------------------------------------------------------------

    def _fetch(self, query: ListQuery) -> list:
        with self.ctx.db.session() as session:
            return [_StaffRowView(r) for r in queries.list_staff(session, query)]

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return queries.count_staff(session, query)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            positions = catalog.list_positions(session)
        current = self.position_filter.currentData()
        self.position_filter.blockSignals(True)
        self.position_filter.clear()
        self.position_filter.addItem(translate("StaffPage", "All positions"), None)
        for position in positions:
            self.position_filter.addItem(position.name, position.id)
        self.position_filter.setCurrentIndex(max(0, self.position_filter.findData(current)))
        self.position_filter.blockSignals(False)
        self.model.reload()

    def set_filters(self, **filters) -> None:
        self.model.set_filters(**filters)

    def _apply_filters(self) -> None:
        filters = {
            "active": self.active_filter.currentData(),
            "position_id": self.position_filter.currentData(),
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    # -- actions --------------------------------------------------------------------------------

    def add_person(self) -> None:
        StaffDialog(self.ctx, None, self).exec()

    def edit_person(self) -> None:
        row = self.list.current_row()
        if row is not None:
            StaffDialog(self.ctx, row.id, self).exec()

    def show_skill_sources(self) -> None:
        """Where the person's skills come from: by hand, or a course and until when."""
        from branchops.ui.training.skills_dialog import SkillSourcesDialog

        row = self.list.current_row()
        if row is not None:
            SkillSourcesDialog(self.ctx, row.id, row.name, self).exec()

    def mark_left(self) -> None:
        row = self.list.current_row()
        if row is None or not row.active:
            return
        text, ok = QInputDialog.getText(
            self,
            translate("StaffPage", "Mark as left"),
            translate(
                "StaffPage", "Last working day of {name} (YYYY-MM-DD). The history stays."
            ).format(name=row.name),
            text=clock.today().isoformat(),
        )
        if not ok:
            return
        try:
            last_day = date.fromisoformat(text.strip())
        except ValueError:
            show_user_error(
                self, UserError(translate("StaffPage", "Write the date as YYYY-MM-DD."))
            )
            return
        run_write(
            self.ctx,
            self,
            "staff",
            lambda uow: service.deactivate_staff(uow, self.ctx.user, row.id, last_day),
            opened=row_opened(Staff, row),
        )

    def reactivate(self) -> None:
        row = self.list.current_row()
        if row is None or row.active:
            return
        if confirm(
            self,
            translate("StaffPage", "Reactivate"),
            translate("StaffPage", "Make {name} active again?").format(name=row.name),
        ):
            run_write(
                self.ctx,
                self,
                "staff",
                lambda uow: service.reactivate_staff(uow, self.ctx.user, row.id),
                opened=row_opened(Staff, row),
            )
