"""Roster page (排班表): the staff × days grid of a week or month with live rule checks.

View: period bar, shift palette, grid, problem list. Controller: every edit is saved through the
roster service (asking for a reason on published days) and pushed on the undo stack; the rule
checks run again on the grid after each change. The roster services are imported where they
are used: the empty page paints before the database opens.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.roster_model import RosterGridModel
from branchops.ui.staff.roster_table import RosterTable
from branchops.ui.staff.roster_view import RosterView
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

if TYPE_CHECKING:
    from branchops.core.staff.problem_builder import BuiltProblem
    from branchops.core.staff.roster import GridData
    from branchops.core.staff.roster_check import CheckedViolation
    from branchops.core.staff.roster_store import CellEdit

ISSUE_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Columns", "Day"), ColumnKind.DATE, width=90),
    Column("person", QT_TRANSLATE_NOOP("Columns", "Person"), width=90),
    Column("rule", QT_TRANSLATE_NOOP("Columns", "Rule"), width=150),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), width=90),
    Column("message", QT_TRANSLATE_NOOP("Columns", "Problem"), width=600),
)


@dataclass(frozen=True)
class IssueRow:
    day: date
    person: str
    rule: str
    status: str
    message: str
    person_id: int | None


class RosterPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo = QUndoStack(self)
        self.model = RosterGridModel(self)
        self.issues = InMemoryTableModel(ISSUE_COLUMNS, parent=self)
        self.built: BuiltProblem | None = None
        self._build()
        self.actions = RosterView(
            self, ctx, self.period, self.model, self.table.selected_cells, self.refresh
        )
        self._wire()
        self._set_period_controls()

    # -- view ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(translate("RosterPage", "Roster"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._period_bar())
        layout.addLayout(self._action_bar())
        self.palette = QHBoxLayout()
        layout.addLayout(self.palette)
        self.table = RosterTable(self.model)
        self.issue_view = QTableView()
        self.issue_view.setModel(make_proxy(self.issues))
        self.issue_view.setSortingEnabled(True)
        self.issue_view.verticalHeader().setVisible(False)
        self.issue_view.horizontalHeader().setStretchLastSection(True)
        self.issue_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        for index, column in enumerate(ISSUE_COLUMNS):
            self.issue_view.setColumnWidth(index, column.width)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.issue_label = QLabel()
        lower_layout.addWidget(self.issue_label)
        lower_layout.addWidget(self.issue_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def _period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItem(translate("RosterPage", "Month"), "month")
        self.mode.addItem(translate("RosterPage", "Week"), "week")
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setToolTip(translate("RosterPage", "Previous period"))
        self.anchor = QDateEdit(QDate(clock.today()))
        self.anchor.setCalendarPopup(True)
        self.anchor.setDisplayFormat("yyyy-MM-dd")
        self.following = QToolButton()
        self.following.setText("▶")
        self.following.setToolTip(translate("RosterPage", "Next period"))
        self.period_label = QLabel()
        self.state_label = QLabel()
        for widget in (self.mode, self.previous, self.anchor, self.following, self.period_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.state_label)
        return bar

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.undo_button = QPushButton(translate("RosterPage", "Undo"))
        self.redo_button = QPushButton(translate("RosterPage", "Redo"))
        self.copy_week = QPushButton(translate("RosterPage", "Copy previous week"))
        self.clear_button = QPushButton(translate("RosterPage", "Clear selection"))
        self.swap_button = QPushButton(translate("RosterPage", "Swap shifts…"))
        self.auto_button = QPushButton(translate("RosterPage", "Auto-roster…"))
        self.publish_button = QPushButton(translate("RosterPage", "Publish"))
        self.print_button = QPushButton(translate("RosterPage", "Print…"))
        self.pdf_button = QPushButton(translate("RosterPage", "PDF…"))
        self.excel_button = QPushButton(translate("RosterPage", "Excel…"))
        buttons = (
            self.undo_button, self.redo_button, self.copy_week, self.clear_button,
            self.swap_button, self.auto_button, self.publish_button,
        )  # fmt: skip
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.excel_button):
            bar.addWidget(button)
        return bar

    def _permissions(self) -> None:
        """Gates the buttons by the user, who is known once signed in (before each load)."""
        user = self.ctx.user
        for button, permission in (
            (self.copy_week, Permission.WRITE),
            (self.clear_button, Permission.WRITE),
            (self.swap_button, Permission.WRITE),
            (self.auto_button, Permission.WRITE),
            (self.publish_button, Permission.APPROVE),
        ):
            gate(button, user, permission)
            if not user.allowed(permission):
                button.setToolTip(user.why_not(permission))

    def _fill_palette(self) -> None:
        while self.palette.count():
            item = self.palette.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.palette.addWidget(QLabel(translate("RosterPage", "Set selected cells to:")))
        for shift in self.model.shifts.values():
            if not shift.active:
                continue
            button = QPushButton(f"{shift.code} {shift.name}")
            button.setToolTip(f"{shift.times} · {shift.paid_hours:g} h")
            button.setStyleSheet(f"background-color: {shift.colour}; color: black;")
            button.clicked.connect(
                lambda _=False, code=shift.code: self.table.request_for_selection(code)
            )
            self.palette.addWidget(button)
        off = QPushButton(translate("RosterPage", "Off"))
        off.clicked.connect(lambda: self.table.request_for_selection(None))
        self.palette.addWidget(off)
        hint = QLabel(translate("RosterPage", "Type a shift code; Delete clears; Ctrl+C/Ctrl+V."))
        hint.setStyleSheet("color: #666;")
        self.palette.addWidget(hint)
        self.palette.addStretch(1)

    # -- wiring -----------------------------------------------------------------------------

    def _wire(self) -> None:
        self.mode.currentIndexChanged.connect(self.refresh)
        self.anchor.dateChanged.connect(self.refresh)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.following.clicked.connect(lambda: self._step(1))
        self.table.edits_requested.connect(self.request_edits)
        self.undo_button.clicked.connect(self.undo.undo)
        self.redo_button.clicked.connect(self.undo.redo)
        self.undo.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        undo_action = self.undo.createUndoAction(self)
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo.createRedoAction(self)
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo_action, redo_action])
        self.copy_week.clicked.connect(self._copy_previous_week)
        self.clear_button.clicked.connect(lambda: self.table.request_for_selection(None))
        for button, action in (
            (self.swap_button, "swap"),
            (self.auto_button, "auto_roster"),
            (self.publish_button, "publish"),
            (self.print_button, "print_roster"),
            (self.pdf_button, "export_pdf"),
            (self.excel_button, "export_excel"),
        ):
            button.clicked.connect(lambda _=False, name=action: self._run_action(name))
        self.issue_view.doubleClicked.connect(self._go_to_issue)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    def _set_period_controls(self) -> None:
        self._update_period_label()

    def _run_action(self, name: str) -> None:
        from branchops.ui.staff import roster_actions

        getattr(roster_actions, name)(self.actions)

    # -- period ---------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        anchor = self.anchor.date().toPython()
        if self.mode.currentData() == "week":
            first = anchor - timedelta(days=anchor.weekday())
            return first, first + timedelta(days=6)
        last_day = calendar.monthrange(anchor.year, anchor.month)[1]
        return anchor.replace(day=1), anchor.replace(day=last_day)

    def _step(self, direction: int) -> None:
        anchor = self.anchor.date()
        if self.mode.currentData() == "week":
            self.anchor.setDate(anchor.addDays(7 * direction))
        else:
            self.anchor.setDate(anchor.addMonths(direction))

    def _update_period_label(self) -> None:
        first, last = self.period()
        self.period_label.setText(f"{first.isoformat()} – {last.isoformat()}")

    def set_period(self, anchor: date, mode: str = "month") -> None:
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        self.anchor.setDate(QDate(anchor.year, anchor.month, anchor.day))
        self.refresh()

    def open_filtered(self, **filters) -> None:
        if isinstance(filters.get("month"), date):
            self.set_period(filters["month"])

    # -- loading and checks --------------------------------------------------------------------

    def refresh(self) -> None:
        from branchops.core.staff import roster
        from branchops.core.staff.problem_builder import build_problem

        self._permissions()
        self._update_period_label()
        first, last = self.period()
        with self.ctx.db.session() as session:
            grid = roster.load_grid(session, first, last)
            self.built = build_problem(session, first, last)
        self.undo.clear()
        self.model.load(grid)
        self.table.resizeColumnToContents(len(grid.days))
        self._fill_palette()
        self._update_state(grid)
        self.recheck()

    def _update_state(self, grid: GridData) -> None:
        published = len(grid.published)
        if not published:
            text = translate("RosterPage", "Draft")
        elif published == len(grid.days):
            text = translate("RosterPage", "Published {when}").format(
                when=grid.published_at.strftime("%Y-%m-%d %H:%M") if grid.published_at else ""
            )
        else:
            text = translate("RosterPage", "{count} of {days} days published").format(
                count=published, days=len(grid.days)
            )
        self.state_label.setText(text)

    def recheck(self) -> None:
        from branchops.core.staff import roster_check
        from branchops.core.staff.problem_builder import with_assignments

        if self.built is None:
            return
        current = with_assignments(self.built, self.model.assignments())
        with self.ctx.db.session() as session:
            found = roster_check.checked(session, current)
        self.model.set_problems(found)
        names = {p.id: p.name for p in self.model.people}
        rows = [
            IssueRow(
                c.violation.day,
                names.get(c.violation.person_id, "") if c.violation.person_id else "",
                roster_check.rule_label(c.violation.rule),
                self._status(c),
                c.violation.message,
                c.violation.person_id,
            )
            for c in found
        ]
        self.issues.set_rows(rows)
        blocking = sum(1 for c in found if c.blocking)
        self.issue_label.setText(
            translate("RosterPage", "Rule checks: {count} problems, {blocking} to resolve.").format(
                count=len(found), blocking=blocking
            )
            if found
            else translate("RosterPage", "Rule checks: no rule is broken.")
        )

    @staticmethod
    def _status(item: CheckedViolation) -> str:
        if item.override_reason:
            return translate("RosterPage", "Accepted")
        if item.blocking:
            return translate("RosterPage", "To resolve")
        return translate("RosterPage", "Warning")

    def _go_to_issue(self, index) -> None:
        row = index.model().mapToSource(index).row()
        issue = self.issues.row_at(row)
        if issue.person_id is not None:
            self.table.select_cell(issue.person_id, issue.day)

    def _on_data_changed(self, area: str) -> None:
        if area in ("staff", "roster", "leave", "shifts") and self.isVisible():
            self.refresh()

    # -- edits --------------------------------------------------------------------------------

    def request_edits(self, edits: list[CellEdit]) -> None:
        """Save edits asked for by the grid, and push them on the undo stack."""
        from branchops.core.staff.roster_store import CellEdit
        from branchops.ui.staff.reasons import ask_change_reason
        from branchops.ui.staff.roster_commands import CellEditCommand

        before = [
            CellEdit(e.staff_id, e.day, self.model.code((e.staff_id, e.day)) or None) for e in edits
        ]
        reason = ""
        if any(self.model.is_published(e.day) for e in edits):
            reason = ask_change_reason(self) or ""
            if not reason:
                return
        if self.apply_edits(edits, reason):
            self.undo.push(CellEditCommand(self.apply_edits, before, edits, reason))

    def apply_edits(self, edits: list[CellEdit], reason: str) -> bool:
        """Save through the service; on success show the cells and check the rules again."""
        from branchops.core.staff import roster
        from branchops.ui.staff.reasons import run_with_override

        shown = {(e.staff_id, e.day): self.model.code((e.staff_id, e.day)) or "" for e in edits}

        def save(override: str) -> int:
            with self.ctx.db.unit_of_work(self.ctx.user) as uow:
                return roster.edit_cells(
                    uow,
                    self.ctx.user,
                    edits,
                    reason=reason,
                    override_reason=override,
                    shown=shown,
                )

        if run_with_override(self, self.ctx.user, save) is None:
            self.refresh()  # show what the database holds
            return False
        self.model.set_cells({(e.staff_id, e.day): e.shift_code or "" for e in edits})
        self.recheck()
        self.ctx.events.data_changed.emit("roster_cells")
        return True

    def _copy_previous_week(self) -> None:
        week = self.table.week_start_of_current()
        if week is None:
            return
        from branchops.core.staff import roster

        first, last = self.period()
        with self.ctx.db.session() as session:
            edits = roster.previous_week_edits(session, week)
        edits = [e for e in edits if first <= e.day <= last]
        if edits:
            self.request_edits(edits)
