"""Budget (预算编制): a fiscal year's grid of categories × months, typed in or imported from HQ's
allocation workbook; copy a row, spread a yearly amount; the first save is the original, later
ones are revisions with a reason. Older versions are shown read-only; a finished year is closed."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.budget.facts import categories, version_lines, versions
from branchops.core.budget.fiscal import MONTHS, FiscalYear
from branchops.core.budget.service import (
    BudgetInput,
    check_cells,
    is_closed,
    save_budget,
    set_year_closed,
)
from branchops.core.errors import ValidationError
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.budget.common import AREA, fill_years
from branchops.ui.budget.grid_model import BudgetGridModel, GridRow
from branchops.ui.context import AppContext
from branchops.ui.widgets.messages import confirm, show_user_error
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.writes import run_write


class BudgetTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.start = 1
        self.version_list = []
        self.closed = False
        self.copied: list[str] | None = None
        self.model = BudgetGridModel(self)
        self._build()
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QComboBox()
        self.version = QComboBox()
        self.version.setMinimumWidth(320)
        bar.addWidget(QLabel(translate("BudgetPage", "Fiscal year")))
        bar.addWidget(self.year)
        bar.addWidget(QLabel(translate("BudgetPage", "Version")))
        bar.addWidget(self.version, 1)
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout.addLayout(bar)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        layout.addWidget(self.table, 1)
        self.buttons = {
            "copy": QPushButton(translate("BudgetPage", "Copy row")),
            "paste": QPushButton(translate("BudgetPage", "Paste row")),
            "spread": QPushButton(translate("BudgetPage", "Spread a yearly amount…")),
            "save": QPushButton(translate("BudgetPage", "Save…")),
            "discard": QPushButton(translate("BudgetPage", "Discard changes")),
            "import": QPushButton(translate("BudgetPage", "Import HQ allocation…")),
            "close": QPushButton(translate("BudgetPage", "Close the year")),
        }
        line = QHBoxLayout()
        for button in self.buttons.values():
            line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)

    def _wire(self) -> None:
        self.year.currentIndexChanged.connect(self._year_changed)
        self.version.currentIndexChanged.connect(self._load_grid)
        handlers = {
            "copy": self.copy_row,
            "paste": self.paste_row,
            "spread": self.spread,
            "save": self.save,
            "discard": self._load_grid,
            "import": self.import_file,
            "close": self.toggle_closed,
        }
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_row)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, self.paste_row)

    @property
    def fiscal_year(self) -> FiscalYear:
        return FiscalYear(self.year.currentData(), self.start)

    def refresh(self) -> None:
        self.start = fill_years(self.ctx, self.year)
        self._year_changed()

    def _year_changed(self) -> None:
        if self.year.currentData() is None:
            return
        with self.ctx.db.session() as session:
            self.version_list = versions(session, self.fiscal_year.year)
            self.closed = is_closed(session, self.fiscal_year.year)
        self.version.blockSignals(True)
        self.version.clear()
        if not self.version_list:
            self.version.addItem(translate("BudgetPage", "No budget yet"), None)
        for v in reversed(self.version_list):
            if v.original:
                text = translate("BudgetPage", "Original · {day} · {who}")
            else:
                text = translate("BudgetPage", "Revision {n} · {day} · {who}: {reason}")
            self.version.addItem(
                text.format(
                    n=v.number - 1,
                    day=v.revised_on.isoformat(),
                    who=v.created_by,
                    reason=v.reason.splitlines()[0] if v.reason else "",
                ),
                v.id,
            )
        self.version.setCurrentIndex(0)
        self.version.blockSignals(False)
        self._load_grid()

    def _latest_shown(self) -> bool:
        return not self.version_list or self.version.currentData() == self.version_list[-1].id

    def _load_grid(self) -> None:
        year = self.fiscal_year
        version_id = self.version.currentData()
        with self.ctx.db.session() as session:
            shown = categories(session)
            amounts = version_lines(session, version_id, year) if version_id else {}
        rows = [GridRow(c.id, c.name) for c in shown if c.active or c.id in amounts]
        editable = (
            self._latest_shown() and not self.closed and self.ctx.user.allowed(Permission.APPROVE)
        )
        self.model.load(rows, year.months, amounts, editable)
        self.table.setColumnWidth(0, 118)
        for column in range(1, MONTHS + 1):
            self.table.setColumnWidth(column, 77)
        self._show_state(editable)
        self._update_buttons()

    def _show_state(self, editable: bool) -> None:
        if self.closed:
            text = translate("BudgetPage", "{year} is closed: its budget is shown read-only.")
        elif not self._latest_shown():
            text = translate(
                "BudgetPage", "An earlier version of {year}, kept as it was: shown read-only."
            )
        elif not self.version_list:
            text = translate(
                "BudgetPage",
                "{year} has no budget yet. Type the amounts (or import HQ's allocation); the "
                "first save is the original budget.",
            )
        elif editable:
            text = translate(
                "BudgetPage",
                "Changes to {year} are saved as a new version with a reason; the original stays.",
            )
        else:
            text = translate("BudgetPage", "The budget of {year}.")
        self.state.setText(text.format(year=self.fiscal_year.label))

    def _update_buttons(self) -> None:
        user, editable = self.ctx.user, self.model.editable
        selected = self.table.currentIndex().isValid()
        self.buttons["copy"].setEnabled(selected)
        gate(
            self.buttons["paste"],
            user,
            Permission.APPROVE,
            when=editable and selected and self.copied is not None,
        )
        gate(self.buttons["spread"], user, Permission.APPROVE, when=editable and selected)
        gate(self.buttons["save"], user, Permission.APPROVE, when=editable and self.model.dirty())
        self.buttons["discard"].setEnabled(self.model.dirty())
        gate(self.buttons["import"], user, Permission.APPROVE, when=not self.closed)
        self.buttons["close"].setText(
            translate("BudgetPage", "Reopen the year")
            if self.closed
            else translate("BudgetPage", "Close the year")
        )
        ended = self.fiscal_year.last_day < clock.today()
        gate(self.buttons["close"], user, Permission.MANAGE, when=self.closed or ended)

    # -- editing --------------------------------------------------------------------------------

    def _row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def copy_row(self) -> None:
        row = self._row()
        if row is not None:
            self.copied = self.model.row_values(row)
            self._update_buttons()

    def paste_row(self) -> None:
        row = self._row()
        if row is not None and self.copied is not None and self.model.editable:
            self.model.set_row(row, self.copied)
            self._update_buttons()

    def spread(self) -> None:
        row = self._row()
        if row is None or not self.model.editable:
            return
        from branchops.ui.budget.spread_dialog import SpreadDialog

        grid_row = self.model.rows[row]
        dialog = SpreadDialog(
            self.ctx,
            self.fiscal_year,
            grid_row.category_id,
            grid_row.name,
            self.model.total(row),
            self,
        )
        if dialog.exec() and dialog.result_months is not None:
            self.model.set_row(row, dialog.result_months)
            self._update_buttons()

    def _input(self) -> BudgetInput:
        shown = self.version_list[-1].number if self.version_list else 0
        return BudgetInput(self.fiscal_year.year, self.model.amounts(), based_on=shown)

    def save(self) -> None:
        data = self._input()
        try:
            with self.ctx.db.session() as session:
                check_cells(session, data)
        except ValidationError as error:
            self.model.set_errors([p.field for p in error.problems])
            show_user_error(self, error)
            return
        if not self.version_list:
            if run_write(self.ctx, self, AREA, lambda uow: save_budget(uow, self.ctx.user, data)):
                self._year_changed()
            return
        from branchops.ui.budget.revision_dialog import RevisionDialog

        dialog = RevisionDialog(
            self.ctx, self.fiscal_year, data, self.version_list[-1].number + 1, self
        )
        if dialog.exec():
            self._year_changed()

    def has_unsaved_changes(self) -> bool:
        return self.model.editable and self.model.dirty()

    def import_file(self) -> None:
        from branchops.ui.reports.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.choose.kind.setCurrentIndex(max(0, wizard.choose.kind.findData("budget")))
        wizard.committed.connect(lambda _summary: self.ctx.events.data_changed.emit(AREA))
        wizard.exec()

    def toggle_closed(self) -> None:
        year = self.fiscal_year
        if self.closed:
            question = translate("BudgetPage", "Reopen {year} for changes?")
        else:
            question = translate(
                "BudgetPage",
                "Close {year}? Its expenses and budget can then no longer be changed (a manager "
                "can reopen it).",
            )
        if not confirm(
            self, translate("BudgetPage", "Fiscal year"), question.format(year=year.label)
        ):
            return
        closing = not self.closed
        if run_write(
            self.ctx,
            self,
            AREA,
            lambda uow: set_year_closed(uow, self.ctx.user, year.year, closing),
        ):
            self._year_changed()
