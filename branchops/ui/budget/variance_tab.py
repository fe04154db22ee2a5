"""Variance (预算执行): by category for a month and year to date, % used against % of the year
elapsed, the year-end forecast by all three methods, and the burn-up chart. Against the current
budget version, or the original on request. A category over budget raises a corrective action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from branchops.core.budget.actions import proposed_action
from branchops.core.budget.facts import CURRENT, ORIGINAL
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.labels import method_help, method_label
from branchops.core.budget.money import format_money, format_share
from branchops.core.budget.variance import VarianceReport, variance_report
from branchops.core.errors import UserError
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.budget.burn_chart import BurnChart
from branchops.ui.budget.common import (
    chosen_month,
    default_month,
    fill_months,
    fill_years,
    plain_table,
)
from branchops.ui.budget.variance_models import (
    FORECAST_COLUMNS,
    VARIANCE_COLUMNS,
    ShownRow,
    decorate,
)
from branchops.ui.context import AppContext
from branchops.ui.widgets.after_paint import AfterPaint
from branchops.ui.widgets.messages import show_user_error
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import ROW_ROLE, InMemoryTableModel


class VarianceTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.start = 1
        self.report: VarianceReport | None = None
        self.model = InMemoryTableModel(VARIANCE_COLUMNS, decorate=decorate)
        self.forecasts = InMemoryTableModel(FORECAST_COLUMNS, decorate=decorate)
        self._build()
        self._chart_after = AfterPaint(self.table.viewport(), self._draw_chart)
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QComboBox()
        self.month = QComboBox()
        self.against = QComboBox()
        self.against.addItem(translate("BudgetPage", "Against the current budget"), CURRENT)
        self.against.addItem(translate("BudgetPage", "Against the original budget"), ORIGINAL)
        self.action_button = QPushButton(translate("BudgetPage", "Raise corrective action…"))
        self.save_chart = QPushButton(translate("BudgetPage", "Save chart as PNG…"))
        bar.addWidget(QLabel(translate("BudgetPage", "Fiscal year")))
        bar.addWidget(self.year)
        bar.addWidget(QLabel(translate("BudgetPage", "Up to the end of")))
        bar.addWidget(self.month)
        bar.addWidget(self.against)
        bar.addStretch(1)
        bar.addWidget(self.action_button)
        bar.addWidget(self.save_chart)
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.against.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = plain_table(self.model)
        splitter.addWidget(self.table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        self.forecast_table = plain_table(self.forecasts)
        self.forecast_table.setToolTip(
            "\n".join(
                f"{method_label(m)}: {method_help(m)}"
                for m in ("run_rate", "ratio_to_date", "seasonal")
            )
        )
        lower.addWidget(self.forecast_table)
        self.chart = BurnChart()
        lower.addWidget(self.chart)
        lower.setSizes([600, 420])
        splitter.addWidget(lower)
        splitter.setSizes([300, 260])
        layout.addWidget(splitter, 1)

    def _wire(self) -> None:
        self.year.currentIndexChanged.connect(self._year_changed)
        self.month.currentIndexChanged.connect(self.reload)
        self.against.currentIndexChanged.connect(self.reload)
        self.action_button.clicked.connect(self.raise_action)
        self.save_chart.clicked.connect(self.chart.save)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    @property
    def fiscal_year(self) -> FiscalYear:
        return FiscalYear(self.year.currentData(), self.start)

    def refresh(self) -> None:
        self.start = fill_years(self.ctx, self.year)
        fill_months(self.month, self.fiscal_year, default_month(self.fiscal_year))
        self.reload()

    def _year_changed(self) -> None:
        fill_months(self.month, self.fiscal_year, default_month(self.fiscal_year))
        self.reload()

    def reload(self) -> None:
        if self.year.currentData() is None or self.month.currentData() is None:
            return
        total = translate("BudgetPage", "Total")
        with self.ctx.db.session() as session:
            self.report = variance_report(
                session,
                self.fiscal_year,
                chosen_month(self.month),
                self.against.currentData(),
                total_name=total,
            )
        rows = [ShownRow(r) for r in self.report.rows]
        if rows:
            rows.append(ShownRow(self.report.total, total=True))
        self.model.set_rows(rows)
        self.forecasts.set_rows(rows)
        self.summary.setText(self._summary(self.report))
        self._chart_after.arm()  # the table's rows first, then the chart's matplotlib
        self._update_buttons()

    def _draw_chart(self) -> None:
        if self.report is not None:
            self.chart.show_report(self.report)

    def _summary(self, report: VarianceReport) -> str:
        total = report.total
        if report.version is None:
            head = translate(
                "BudgetPage", "{year} has no budget yet: enter it on the Budget tab or import it."
            ).format(year=report.year.label)
        else:
            version = (
                translate("BudgetPage", "original budget")
                if report.version.original or self.against.currentData() == ORIGINAL
                else translate("BudgetPage", "revision {n} of {day}").format(
                    n=report.version.number - 1, day=report.version.revised_on.isoformat()
                )
            )
            head = translate(
                "BudgetPage",
                "Used {used} of the year's budget of {budget} ({version}) with {elapsed} of the "
                "year elapsed.",
            ).format(
                used=format_share(total.used_share) or "–",
                budget=format_money(total.annual_budget),
                version=version,
                elapsed=format_share(report.elapsed_share),
            )
        forecast = total.forecast
        method = method_label(forecast.method)
        if forecast.fell_back:
            method = translate(
                "BudgetPage", "{method}, by run-rate for want of a prior year"
            ).format(method=method)
        tail = translate(
            "BudgetPage",
            "Year-end forecast {value} ({method}, from the months to {last}): {variance} against "
            "the budget.",
        ).format(
            value=format_money(forecast.value),
            method=method,
            last=report.forecast_through,
            variance=format_money(total.forecast_variance),
        )
        return f"{head} {tail}"

    def current_row(self) -> ShownRow | None:
        index = self.table.currentIndex()
        return self.table.model().data(index, ROW_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        over = (
            row is not None
            and not row.total
            and (row.row.over_budget or row.row.forecast_variance > 0)
        )
        gate(self.action_button, self.ctx.user, Permission.WRITE, when=over)

    def select_category(self, category_id: int) -> None:
        for index, row in enumerate(self.model.loaded_rows()):
            if row.row.category_id == category_id:
                self.table.selectRow(index)
                return

    def raise_action(self) -> None:
        row = self.current_row()
        if row is None or self.report is None or row.row.category_id is None:
            return
        try:
            proposal = proposed_action(self.report, row.row.category_id)
        except UserError as error:
            show_user_error(self, error)
            return
        from branchops.ui.actions.action_dialog import ActionDialog

        ActionDialog(self.ctx, self, proposal=proposal).exec()
