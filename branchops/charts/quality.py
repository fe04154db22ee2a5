"""Quality charts from plain data: score trends, category averages, Pareto, findings per person.

Each function takes labels and numbers (as ``core.quality.analysis`` returns them) and gives back
a ``Figure``; nothing here reads the database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from branchops.charts.dashboard import kpi_trend
from branchops.charts.style import BAD, GOOD, PALETTE, WARN, empty_message, new_figure
from branchops.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_LABEL = 22


def _short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _nothing_yet() -> str:
    return translate("QualityCharts", "No completed inspections in this period.")


def score_trend(
    series: Mapping[str, Sequence[tuple[str, float]]],
    title: str | None = None,
    target: float | None = None,
) -> Figure:
    """One line per series (a template or a category): ``{name: [(period label, score), …]}``."""
    figure = new_figure()
    if not any(series.values()):
        return empty_message(figure, _nothing_yet())
    axes = figure.add_subplot()
    periods = sorted({label for points in series.values() for label, _ in points})
    index = {label: i for i, label in enumerate(periods)}
    for name, points in series.items():
        if points:
            xs = [index[label] for label, _ in points]
            axes.plot(xs, [v for _, v in points], marker="o", markersize=3, label=_short(name))
    if target is not None:
        axes.axhline(
            target,
            color=BAD,
            linestyle="--",
            linewidth=1,
            label=translate("QualityCharts", "Target"),
        )
    step = max(1, len(periods) // 12)
    axes.set_xticks(range(0, len(periods), step))
    axes.set_xticklabels(periods[::step], rotation=45, ha="right")
    axes.set_ylabel(translate("QualityCharts", "Score"))
    axes.set_ylim(top=100)
    axes.set_title(title or translate("QualityCharts", "Average score by month"))
    axes.legend(loc="lower left", fontsize=8, frameon=False)
    return figure


def category_averages(
    values: Sequence[tuple[str, float]],
    title: str | None = None,
    *,
    good: float,
    passing: float,
) -> Figure:
    """Horizontal bars, one per category: ``[(category label, score 0..100), …]``; green from
    ``good`` (the branch's score target), amber from ``passing`` (the pass mark), red below."""
    figure = new_figure()
    if not values:
        return empty_message(figure, _nothing_yet())
    axes = figure.add_subplot()
    labels = [label for label, _ in values]
    scores = [score for _, score in values]
    colours = [GOOD if s >= good else WARN if s >= passing else BAD for s in scores]
    bars = axes.barh(range(len(values)), scores, color=colours)
    axes.bar_label(bars, fmt="%.1f", padding=2, fontsize=8)
    axes.set_yticks(range(len(values)), labels)
    axes.invert_yaxis()
    axes.set_xlim(0, 105)
    axes.set_xlabel(translate("QualityCharts", "Score"))
    axes.set_title(title or translate("QualityCharts", "Average score by category"))
    return figure


def pareto(items: Sequence[tuple[str, int]], title: str | None = None) -> Figure:
    """Most-failed items: bars of failures, most first, and the cumulative share as a line."""
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    figure = new_figure(7.2, 4.0)
    if not items:
        return empty_message(figure, translate("QualityCharts", "No failed items in this period."))
    axes = figure.add_subplot()
    counts = [n for _, n in items]
    total = sum(counts)
    positions = range(len(items))
    axes.bar(positions, counts, color=PALETTE[0])
    axes.set_xticks(positions, [_short(label, 14) for label, _ in items], rotation=40, ha="right")
    axes.set_ylabel(translate("QualityCharts", "Failures"))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    share = axes.twinx()
    running, cumulative = 0, []
    for n in counts:
        running += n
        cumulative.append(running / total * 100)
    share.plot(positions, cumulative, color=PALETTE[1], marker="o", markersize=3)
    share.set_ylim(0, 105)
    share.yaxis.set_major_formatter(PercentFormatter())
    share.grid(False)
    share.set_ylabel(translate("QualityCharts", "Cumulative share"))
    axes.set_title(title or translate("QualityCharts", "Most-failed items"))
    return figure


def findings_per_staff(rows: Sequence[tuple[str, int]], title: str | None = None) -> Figure:
    """Findings that concern a staff member, per person: ``[(name, count), …]``."""
    from matplotlib.ticker import MaxNLocator

    figure = new_figure()
    if not rows:
        return empty_message(
            figure, translate("QualityCharts", "No findings about staff members in this period.")
        )
    axes = figure.add_subplot()
    bars = axes.barh(range(len(rows)), [n for _, n in rows], color=PALETTE[3])
    axes.bar_label(bars, padding=2, fontsize=8)
    axes.set_yticks(range(len(rows)), [name for name, _ in rows])
    axes.invert_yaxis()
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(translate("QualityCharts", "Findings"))
    axes.set_title(title or translate("QualityCharts", "Findings per staff member"))
    return figure


DASHBOARD_CHARTS = (
    kpi_trend(
        "quality.average_score",
        QT_TRANSLATE_NOOP("Dashboard", "Average inspection score, last 12 months"),
    ),
)
