"""Budget charts from plain data: the burn-up of cumulative spending against the cumulative
plan over the fiscal year, with the year-end forecast; and its dashboard version."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from branchops.charts.dashboard import DashboardChart
from branchops.charts.style import BAD, MUTED, PALETTE, apply_style, empty_message
from branchops.core.budget.variance import BurnPoint
from branchops.core.period import Month
from branchops.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _yuan(value: float, _position: object = None) -> str:
    if abs(value) >= 10_000:
        return translate("BudgetCharts", "¥{n}万").format(n=f"{value / 10_000:,.0f}")
    return f"¥{value:,.0f}"


def burn_up(
    points: Sequence[BurnPoint],
    forecast: Decimal | None = None,
    title: str | None = None,
    forecast_label: str = "",
) -> Figure:
    """Cumulative plan (the whole year) and actual (the elapsed months), and a dashed line from
    the last actual point to the year-end forecast."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    apply_style()
    # fixed margins instead of the constrained layout (a third of the drawing time)
    figure = Figure(figsize=(6.4, 3.6), dpi=100)
    figure.subplots_adjust(left=0.13, right=0.98, top=0.9, bottom=0.2)
    if not points or (points[-1].plan == 0 and all(not p.actual for p in points)):
        return empty_message(
            figure, translate("BudgetCharts", "No budget or spending for this fiscal year yet.")
        )
    axes = figure.add_subplot()
    xs = list(range(len(points)))
    axes.plot(
        xs,
        [float(p.plan) for p in points],
        color=MUTED,
        linewidth=2,
        label=translate("BudgetCharts", "Plan (cumulative budget)"),
    )
    done = [(i, float(p.actual)) for i, p in enumerate(points) if p.actual is not None]
    if done:
        axes.plot(
            [i for i, _ in done],
            [v for _, v in done],
            color=PALETTE[0],
            marker="o",
            markersize=3,
            label=translate("BudgetCharts", "Actual (cumulative)"),
        )
        if forecast is not None and done[-1][0] < len(points) - 1:
            axes.plot(
                [done[-1][0], len(points) - 1],
                [done[-1][1], float(forecast)],
                color=BAD,
                linestyle="--",
                linewidth=1,
                label=forecast_label or translate("BudgetCharts", "Year-end forecast"),
            )
    axes.set_xticks(xs)
    axes.set_xticklabels([str(p.month)[2:] for p in points], rotation=45, ha="right")
    axes.yaxis.set_major_formatter(FuncFormatter(_yuan))
    axes.set_ylim(bottom=0)
    axes.set_title(title or translate("BudgetCharts", "Budget burn-up: actual against plan"))
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    return figure


def _dashboard_burn_up(session: Session, month: Month) -> Figure:
    from branchops.core.budget.fiscal import FiscalYear, start_month
    from branchops.core.budget.labels import method_label
    from branchops.core.budget.variance import variance_report

    year = FiscalYear.of(month, start_month(session))
    report = variance_report(session, year, month)
    forecast = report.total.forecast
    label = translate("BudgetCharts", "Year-end forecast ({method})").format(
        method=method_label(forecast.method)
    )
    title = translate("BudgetCharts", "Budget burn-up, {year}").format(year=year.label)
    return burn_up(report.burn, forecast.value, title, label)


DASHBOARD_CHARTS = (
    DashboardChart(
        "budget:burn_up",
        QT_TRANSLATE_NOOP("Dashboard", "Budget burn-up against plan"),
        _dashboard_burn_up,
    ),
)
