"""Small pieces the budget tabs share: fiscal-year and month pickers, category choices, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QTableView

from branchops import clock
from branchops.core.budget.facts import CategoryInfo, categories
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.service import budget_years
from branchops.core.period import Month
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.table_model import _BaseTableModel

AREA = "budget"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


ALL_YEARS = 0  # the "all years" choice's data


def fill_years(ctx: AppContext, combo: QComboBox, *, any_year: bool = False) -> int:
    """Fiscal years newest first; the running one the first time, the chosen one after.
    Returns the branch's fiscal-year start month."""
    with ctx.db.session() as session:
        start = start_month(session)
        years = budget_years(session)
    current = FiscalYear.of(clock.today(), start).year
    wanted = current if combo.count() == 0 else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if any_year:
        combo.addItem(translate("BudgetPage", "All years"), ALL_YEARS)
    for year in years:
        combo.addItem(FiscalYear(year, start).label, year)
    index = combo.findData(wanted)
    combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(current)))
    combo.blockSignals(False)
    return start


def fill_months(combo: QComboBox, year: FiscalYear, default: Month | None = None) -> None:
    """The year's months (data: ``YYYY-MM``), keeping the chosen one when it is in the year."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for month in year.months:
        combo.addItem(str(month), str(month))
    index = combo.findData(chosen) if chosen else -1
    if index < 0 and default is not None:
        index = combo.findData(str(default))
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def chosen_month(combo: QComboBox) -> Month:
    return Month.parse(combo.currentData())


def default_month(year: FiscalYear) -> Month:
    """The last complete month of the year so far (its first month at the start of a year)."""
    today = clock.today()
    if not year.contains(today):
        return year.months[-1] if year.last_day < today else year.months[0]
    month = Month.of(today)
    previous = month.previous
    return previous if year.contains(previous) else month


def category_choices(
    ctx: AppContext, combo: QComboBox, *, any_category: bool = False, keep: int | None = None
) -> list[CategoryInfo]:
    """Active categories (and ``keep``, the one a record has, even if no longer active)."""
    with ctx.db.session() as session:
        found = categories(session)
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if any_category:
        combo.addItem(translate("BudgetPage", "All categories"), None)
    for category in found:
        if category.active or category.id == keep:
            combo.addItem(category.name, category.id)
    index = combo.findData(chosen if chosen is not None else keep)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
    return found


def plain_table(model: _BaseTableModel, *, select_rows: bool = True) -> QTableView:
    """A read-only table over a short in-memory list, columns wide enough for their headings
    in the current language, rows in the model's order."""
    view = QTableView()
    view.setModel(make_proxy(model))
    if select_rows:
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for index, column in enumerate(model.columns):
        view.setColumnWidth(index, max(column.width, metrics.horizontalAdvance(column.label) + 24))
    return view
