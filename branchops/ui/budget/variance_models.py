"""The variance screen's tables: variance by category (with the total row) and the year-end
forecast by method; red where a figure is over budget, bold for the total."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from branchops.core.budget.forecast import Method
from branchops.core.budget.labels import method_label
from branchops.core.budget.money import format_money, format_share
from branchops.core.budget.variance import VarianceRow
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.widgets.table_model import Column, ColumnKind

MONEY, PERCENT = ColumnKind.MONEY, ColumnKind.PERCENT
OVER = QColor("#c62828")

VARIANCE_COLUMNS = (
    Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), width=140),
    Column("month_budget", QT_TRANSLATE_NOOP("Columns", "Month budget"), MONEY, 95),
    Column("month_actual", QT_TRANSLATE_NOOP("Columns", "Month actual"), MONEY, 95),
    Column("ytd_budget", QT_TRANSLATE_NOOP("Columns", "YTD budget"), MONEY, 105),
    Column("ytd_actual", QT_TRANSLATE_NOOP("Columns", "YTD actual"), MONEY, 105),
    Column("ytd_variance", QT_TRANSLATE_NOOP("Columns", "Variance"), MONEY, 95),
    Column("ytd_variance_pct", QT_TRANSLATE_NOOP("Columns", "Variance %"), PERCENT, 70),
    Column("annual_budget", QT_TRANSLATE_NOOP("Columns", "Year's budget"), MONEY, 110),
    Column("used_share", QT_TRANSLATE_NOOP("Columns", "Used"), PERCENT, 60),
    Column("forecast_value", QT_TRANSLATE_NOOP("Columns", "Forecast"), MONEY, 110),
    Column("forecast_variance", QT_TRANSLATE_NOOP("Columns", "Forecast variance"), MONEY, 105),
)

FORECAST_COLUMNS = (
    Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), width=140),
    Column(Method.RUN_RATE.value, QT_TRANSLATE_NOOP("Columns", "Run-rate"), MONEY, 105),
    Column(Method.RATIO_TO_DATE.value, QT_TRANSLATE_NOOP("Columns", "Ratio to date"), MONEY, 105),
    Column(Method.SEASONAL.value, QT_TRANSLATE_NOOP("Columns", "Seasonal index"), MONEY, 105),
    Column("headline", QT_TRANSLATE_NOOP("Columns", "Headline figure from"), width=150),
)

_OVER_KEYS = {
    "month_actual": "month_variance",
    "ytd_variance": "ytd_variance",
    "ytd_variance_pct": "ytd_variance",
    "forecast_variance": "forecast_variance",
    "forecast_value": "forecast_variance",
}


@dataclass(frozen=True)
class ShownRow:
    """A variance row as a table row (the total row has no category id)."""

    row: VarianceRow
    total: bool = False

    def __getattr__(self, name: str):
        if name == "forecast_value":
            return self.row.forecast.value
        if name in {m.value for m in Method}:
            return self.row.forecasts[Method(name)].value
        if name == "headline":
            return headline_text(self.row)
        return getattr(self.row, name)


def headline_text(row: VarianceRow) -> str:
    text = method_label(row.forecast.method)
    if row.forecast.fell_back:
        return translate("BudgetPage", "{method} → run-rate (no prior year)").format(method=text)
    return text


def decorate(row: ShownRow, key: str, role: int):
    if role == Qt.ItemDataRole.ToolTipRole and key == "headline":
        return headline_text(row.row)
    if role == Qt.ItemDataRole.ToolTipRole and key in ("month_budget", "month_actual"):
        return translate("BudgetPage", "The month's variance: {amount} ({share})").format(
            amount=format_money(row.row.month_variance),
            share=format_share(row.row.month_variance_pct) or "–",
        )
    if role == Qt.ItemDataRole.FontRole and row.total:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole and key in _OVER_KEYS:
        value = getattr(row.row, _OVER_KEYS[key])
        if isinstance(value, Decimal) and value > 0:
            return QBrush(OVER)
    return None
