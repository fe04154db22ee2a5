"""Feedback charts from plain data: CSAT and NPS by month, complaints by month, satisfaction by
category or channel, and 满意率 per staff member; and the dashboard's two (the 12 months ending
with the chosen month), which read their data through ``core/feedback``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from branchops.charts.dashboard import TREND_MONTHS, DashboardChart
from branchops.charts.style import BAD, GOOD, PALETTE, WARN, empty_message, new_figure
from branchops.core.period import Month
from branchops.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_LABEL = 18


def _short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_answers() -> str:
    return translate("FeedbackCharts", "No ratings in this period.")


def _ticks(axes, labels: Sequence[str]) -> None:
    step = max(1, len(labels) // 12)
    axes.set_xticks(range(0, len(labels), step))
    axes.set_xticklabels(list(labels)[::step], rotation=45, ha="right")


def satisfaction_trend(
    points: Sequence[tuple[str, float | None, float | None]],
    title: str | None = None,
    csat_target: float | None = None,
) -> Figure:
    """CSAT (left axis, %) and NPS (right axis) per month: ``[(month, csat 0..1, nps), …]``."""
    from matplotlib.ticker import PercentFormatter

    figure = new_figure()
    if not any(c is not None or n is not None for _, c, n in points):
        return empty_message(figure, _no_answers())
    axes = figure.add_subplot()
    labels = [label for label, _, _ in points]
    xs = range(len(points))
    csat = [None if c is None else c * 100 for _, c, _ in points]
    axes.plot(xs, csat, marker="o", markersize=3, color=PALETTE[0], label="CSAT")
    if csat_target is not None:
        axes.axhline(
            csat_target * 100,
            color=BAD,
            linestyle="--",
            linewidth=1,
            label=translate("FeedbackCharts", "CSAT target"),
        )
    axes.set_ylim(0, 100)
    axes.yaxis.set_major_formatter(PercentFormatter())
    axes.set_ylabel("CSAT")
    nps_axes = axes.twinx()
    nps_axes.plot(
        xs, [n for _, _, n in points], marker="s", markersize=3, color=PALETTE[1], label="NPS"
    )
    nps_axes.set_ylim(-100, 100)
    nps_axes.grid(False)
    nps_axes.set_ylabel("NPS")
    _ticks(axes, labels)
    lines = axes.get_legend_handles_labels()
    more = nps_axes.get_legend_handles_labels()
    axes.legend(lines[0] + more[0], lines[1] + more[1], loc="lower left", fontsize=8)
    axes.set_title(title or translate("FeedbackCharts", "CSAT and NPS by month"))
    return figure


def complaints_by_month(points: Sequence[tuple[str, int, int]], title: str | None = None) -> Figure:
    """Bars of complaints per month, regulator-forwarded ones stacked in red."""
    from matplotlib.ticker import MaxNLocator

    figure = new_figure()
    if not any(total for _, total, _ in points):
        return empty_message(figure, translate("FeedbackCharts", "No complaints in this period."))
    axes = figure.add_subplot()
    xs = range(len(points))
    regulator = [r for _, _, r in points]
    others = [total - r for _, total, r in points]
    axes.bar(xs, others, color=PALETTE[0], label=translate("FeedbackCharts", "Complaints"))
    axes.bar(
        xs,
        regulator,
        bottom=others,
        color=BAD,
        label=translate("FeedbackCharts", "Regulator-forwarded"),
    )
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    _ticks(axes, [label for label, _, _ in points])
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    axes.set_title(title or translate("FeedbackCharts", "Complaints by month"))
    return figure


def _colour(share: float) -> str:
    return GOOD if share >= 0.9 else WARN if share >= 0.8 else BAD


def csat_bars(rows: Sequence[tuple[str, float, int]], title: str) -> Figure:
    """Horizontal bars of CSAT per group, best first: ``[(label, csat 0..1, answers), …]``."""
    from matplotlib.ticker import PercentFormatter

    figure = new_figure(6.4, max(3.0, 0.28 * len(rows) + 1.2))
    if not rows:
        return empty_message(figure, _no_answers())
    axes = figure.add_subplot()
    shares = [share * 100 for _, share, _ in rows]
    bars = axes.barh(range(len(rows)), shares, color=[_colour(s) for _, s, _ in rows])
    axes.bar_label(
        bars,
        labels=[f"{s * 100:.1f}% ({n})" for _, s, n in rows],
        padding=2,
        fontsize=8,
    )
    axes.set_yticks(range(len(rows)), [_short(label) for label, _, _ in rows])
    axes.invert_yaxis()
    axes.set_xlim(0, 115)
    axes.xaxis.set_major_formatter(PercentFormatter())
    axes.set_title(title)
    return figure


def _dashboard_satisfaction(session: Session, month: Month) -> Figure:
    from branchops.core.feedback.satisfaction import trend
    from branchops.core.kpi import targets

    first = month.shift(1 - TREND_MONTHS)
    points = [(str(m), f.csat, f.nps) for m, f in trend(session, first, month)]
    title = translate("FeedbackCharts", "CSAT and NPS, last 12 months")
    return satisfaction_trend(points, title, targets(session).get("feedback.csat"))


def _dashboard_complaints(session: Session, month: Month) -> Figure:
    from branchops.core.feedback.report import complaints_per_month

    counts = complaints_per_month(session, month.shift(1 - TREND_MONTHS), month)
    title = translate("FeedbackCharts", "Complaints, last 12 months")
    return complaints_by_month([(str(m), n, r) for m, n, r in counts], title)


DASHBOARD_CHARTS = (
    DashboardChart(
        "feedback:satisfaction",
        QT_TRANSLATE_NOOP("Dashboard", "CSAT and NPS, last 12 months"),
        _dashboard_satisfaction,
    ),
    DashboardChart(
        "feedback:complaints",
        QT_TRANSLATE_NOOP("Dashboard", "Complaints, last 12 months"),
        _dashboard_complaints,
    ),
)
