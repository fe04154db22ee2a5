"""The budget burn-up: cumulative plan over the whole year, actual over the elapsed months, a
dashed line to the year-end forecast; a year with nothing says so; the dashboard version."""

from __future__ import annotations

import warnings
from decimal import Decimal

from matplotlib.figure import Figure

from branchops import clock
from branchops.charts import budget
from branchops.charts.style import save_png
from branchops.core.budget.variance import BurnPoint
from branchops.core.demo.service import generate_demo
from branchops.core.period import Month

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
D = Decimal


def _year(elapsed: int) -> list[BurnPoint]:
    """¥1,000.00 a month planned; ¥1,100.00 a month spent over the elapsed months."""
    return [
        BurnPoint(Month(2026, m), D(1000) * m, D(1100) * m if m <= elapsed else None)
        for m in range(1, 13)
    ]


def test_plan_actual_and_forecast_lines(tmp_path):
    figure = budget.burn_up(
        _year(4), forecast=D("13200.00"), forecast_label="年末预测（按月均推算）"
    )
    (axes,) = figure.axes
    plan, actual, forecast = axes.get_lines()
    assert list(plan.get_ydata()) == [1000.0 * m for m in range(1, 13)]
    assert list(actual.get_xdata()) == [0, 1, 2, 3]
    assert list(actual.get_ydata()) == [1100.0, 2200.0, 3300.0, 4400.0]
    assert list(forecast.get_xdata()) == [3, 11] and list(forecast.get_ydata()) == [4400.0, 13200.0]
    assert forecast.get_linestyle() == "--"
    assert [t.get_text() for t in axes.get_legend().get_texts()][-1] == "年末预测（按月均推算）"
    assert [t.get_text() for t in axes.get_xticklabels()][:2] == ["26-01", "26-02"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # a missing Chinese glyph would warn
        path = save_png(figure, tmp_path / "burn.png")
    assert path.read_bytes()[:8] == PNG_MAGIC


def test_a_whole_year_spent_has_no_forecast_line():
    figure = budget.burn_up(_year(12), forecast=D("13200.00"))
    assert len(figure.axes[0].get_lines()) == 2


def test_a_year_without_budget_or_spending_says_so():
    empty = [BurnPoint(Month(2026, m), D(0), None) for m in range(1, 13)]
    figure = budget.burn_up(empty)
    assert isinstance(figure, Figure) and not figure.axes
    assert figure.texts and figure.texts[0].get_text()


def test_the_dashboard_chart_draws_from_the_demo(db):
    generate_demo(db, months=3, staff=6, seed=3)
    (chart,) = budget.DASHBOARD_CHARTS
    with db.session() as session:
        figure = chart.draw(session, Month.of(clock.today()))
    (axes,) = figure.axes
    assert len(axes.get_lines()) >= 2 and axes.get_title()
