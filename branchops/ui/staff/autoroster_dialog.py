"""Auto-roster dialog (自动排班): the solver runs on a worker thread with progress and cancel;
the result is shown as a diff against the current draft and saved only when accepted.

Published days are kept whole unless "May change published days" is ticked; then a reason is
required before the search starts, and it is recorded with every published cell changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops.core.errors import UserError, ValidationError
from branchops.core.staff import autoroster
from branchops.core.staff.autoroster import AutoResult
from branchops.core.staff.queries import active_people
from branchops.core.staff.roster_sheet import weekday_short
from branchops.core.staff.schedule_settings import load_settings
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.staff.reasons import run_with_override
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.messages import show_error
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel
from branchops.ui.workers import Task, TaskControl

if TYPE_CHECKING:
    from branchops.core.staff.solver import SolverProgress

DIFF_COLUMNS = (
    Column("day", QT_TRANSLATE_NOOP("Columns", "Day"), ColumnKind.DATE, width=90),
    Column("weekday", QT_TRANSLATE_NOOP("Columns", "Weekday"), width=50),
    Column("person", QT_TRANSLATE_NOOP("Columns", "Person"), width=110),
    Column("before", QT_TRANSLATE_NOOP("Columns", "Now"), width=70),
    Column("after", QT_TRANSLATE_NOOP("Columns", "Proposed"), width=70),
)
STATUS_TEXT = {
    "optimal": QT_TRANSLATE_NOOP("AutoRoster", "Best possible roster found."),
    "feasible": QT_TRANSLATE_NOOP("AutoRoster", "Good roster found (not proven the best)."),
    "cancelled_with_solution": QT_TRANSLATE_NOOP(
        "AutoRoster", "Stopped; the best roster found so far is shown."
    ),
    "infeasible": QT_TRANSLATE_NOOP("AutoRoster", "No roster meets the hard rules:"),
    "no_solution_in_time": QT_TRANSLATE_NOOP(
        "AutoRoster", "No roster was found in time. Allow more time, or check:"
    ),
}


@dataclass(frozen=True)
class DiffLine:
    day: date
    weekday: str
    person: str
    before: str
    after: str


class AutoRosterDialog(QDialog):
    result_ready = Signal(object)  # AutoResult
    accepted_result = Signal()

    def __init__(self, ctx: AppContext, first: date, last: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.first, self.last = first, last
        self.result: AutoResult | None = None
        self._reason = ""
        self.task: Task | None = None
        self.diff = InMemoryTableModel(DIFF_COLUMNS, parent=self)
        with ctx.db.session() as session:
            self._limit = load_settings(session).solver_time_limit_s
        self.setWindowTitle(
            translate("AutoRoster", "Auto-roster {first} – {last}").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
        self.resize(640, 560)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        options = QHBoxLayout()
        self.unlock = QCheckBox(translate("AutoRoster", "May change published days"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("AutoRoster", "Why published days may change (kept with each change)")
        )
        self.reason.setEnabled(False)
        self.unlock.toggled.connect(self.reason.setEnabled)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, autoroster.MAX_TIME_LIMIT_S)
        self.time_limit.setValue(self._limit)
        self.time_limit.setSuffix(translate("AutoRoster", " s"))
        self.start_button = QPushButton(translate("AutoRoster", "Start"))
        self.cancel_button = QPushButton(translate("AutoRoster", "Stop and keep the best"))
        self.cancel_button.setEnabled(False)
        options.addWidget(self.unlock)
        options.addWidget(QLabel(translate("AutoRoster", "Time limit")))
        options.addWidget(self.time_limit)
        options.addStretch(1)
        options.addWidget(self.start_button)
        options.addWidget(self.cancel_button)
        layout.addLayout(options)
        layout.addWidget(self.reason)
        self.progress = QLabel(
            translate("AutoRoster", "The current draft is kept until you accept a result.")
        )
        self.progress.setWordWrap(True)
        layout.addWidget(self.progress)
        self.table = QTableView()
        self.table.setModel(make_proxy(self.diff))
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.diagnosis = QPlainTextEdit()
        self.diagnosis.setReadOnly(True)
        self.diagnosis.hide()
        layout.addWidget(self.diagnosis, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.accept_button = QPushButton(translate("AutoRoster", "Accept as draft"))
        self.accept_button.setEnabled(False)
        self.close_button = QPushButton(translate("AutoRoster", "Close"))
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.stop)
        self.accept_button.clicked.connect(self.accept_result)
        self.close_button.clicked.connect(self.reject)

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        if self.unlock.isChecked() and not self.reason.text().strip():
            show_error(
                self,
                ValidationError.single(
                    "reason",
                    translate("AutoRoster", "Give the reason why published days may change."),
                ),
            )
            self.reason.setFocus()
            return
        try:
            with self.ctx.db.session() as session:
                built = autoroster.prepare(
                    session, self.first, self.last, unlock_published=self.unlock.isChecked()
                )
        except UserError as error:
            show_error(self, error)
            return
        # the reason the result was searched with, recorded when it is accepted
        self._reason = self.reason.text().strip() if self.unlock.isChecked() else ""
        limit = self.time_limit.value()

        def solve(control: TaskControl) -> AutoResult:
            def report(progress: SolverProgress) -> None:
                control.progress(progress.solutions, 0, _progress_text(progress))

            return autoroster.run_auto_roster(built, limit, report, lambda: control.cancelled)

        self.task = Task(solve)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.result.connect(self._on_result)
        self.task.signals.error.connect(self._on_error)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.accept_button.setEnabled(False)
        self.progress.setText(translate("AutoRoster", "Searching…"))
        self.task.start()

    def stop(self) -> None:
        if self.task is not None:
            self.task.control.cancel()
            self.progress.setText(translate("AutoRoster", "Stopping…"))

    def _on_progress(self, _done: int, _total: int, text: str) -> None:
        self.progress.setText(text)

    def _on_error(self, error: BaseException) -> None:
        self._idle()
        self.progress.setText(translate("AutoRoster", "The search failed; the draft is unchanged."))
        show_error(self, error)

    def _idle(self) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_result(self, result: AutoResult) -> None:
        self._idle()
        self.result = result
        solution = result.solution
        head = translate("AutoRoster", STATUS_TEXT.get(solution.status, solution.status))
        if solution.has_roster:
            text = translate(
                "AutoRoster", "{head} {count} cells change; score {score:.1f}."
            ).format(head=head, count=len(result.diff), score=solution.objective or 0.0)
            if result.locked_days:
                text += " " + translate(
                    "AutoRoster", "Published days kept as they are: {days}."
                ).format(days=len(result.locked_days))
            self.progress.setText(text)
        else:
            self.progress.setText(head)
        self.diagnosis.setVisible(bool(result.messages))
        self.diagnosis.setPlainText("\n".join(result.messages))
        self.diff.set_rows(self._lines(result))
        self.accept_button.setEnabled(solution.has_roster and bool(result.diff))
        self.result_ready.emit(result)

    def _lines(self, result: AutoResult) -> list[DiffLine]:
        with self.ctx.db.session() as session:
            names = {p.id: p.name for p in active_people(session, None)}
            names |= {p.id: p.name for p in active_people(session, self.first)}
        off = translate("AutoRoster", "off")
        return [
            DiffLine(d.day, weekday_short(d.day), names.get(d.staff_id, str(d.staff_id)),
                     d.before or off, d.after or off)
            for d in result.diff
        ]  # fmt: skip

    # -- accepting ---------------------------------------------------------------------------------

    def accept_result(self) -> None:
        result = self.result
        if result is None:
            return
        reason = self._reason

        def save(override: str) -> int:
            with self.ctx.db.unit_of_work(self.ctx.user) as uow:
                return autoroster.accept(
                    uow, self.ctx.user, result, reason=reason, override_reason=override
                )

        if run_with_override(self, self.ctx.user, save) is not None:
            self.ctx.events.data_changed.emit("roster_cells")
            self.accepted_result.emit()
            self.accept()

    def reject(self) -> None:
        self.stop()
        super().reject()


def _progress_text(progress: SolverProgress) -> str:
    return translate(
        "AutoRoster",
        "Searching… best roster so far: score {score:.1f} (bound {bound:.1f}, gap {gap:.0%}); "
        "{count} rosters found in {seconds:.1f} s.",
    ).format(
        score=progress.objective,
        bound=progress.bound,
        gap=progress.gap,
        count=progress.solutions,
        seconds=progress.elapsed_s,
    )
