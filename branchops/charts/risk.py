"""Risk and drill charts from plain data: 5×5 heat maps, a risk's score history, and step times
across the drills of one plan. Nothing here reads the database."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from branchops.charts.dashboard import DashboardChart
from branchops.charts.style import BAD, GOOD, MUTED, PALETTE, WARN, empty_message, new_figure
from branchops.core.period import Month
from branchops.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

HIGH = "#e07b39"
LEVEL_COLOURS = (GOOD, WARN, HIGH, BAD)  # low, medium, high, very high
SIZE = 5
SELECTION = "selection"
MAX_LABEL = 24

Counts = Mapping[tuple[int, int], int]


def _short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def level_colour(score: int, bands: tuple[int, int, int]) -> str:
    low, medium, high = bands
    if score <= low:
        return LEVEL_COLOURS[0]
    if score <= medium:
        return LEVEL_COLOURS[1]
    if score <= high:
        return LEVEL_COLOURS[2]
    return LEVEL_COLOURS[3]


def _cell_colours(counts: Counts, bands: tuple[int, int, int]) -> list[list[tuple]]:
    """RGBA per cell, rows by impact (1 at the bottom): the level colour, pale when empty."""
    from matplotlib.colors import to_rgba

    return [
        [
            to_rgba(
                level_colour(likelihood * impact, bands),
                0.9 if counts.get((likelihood, impact)) else 0.3,
            )
            for likelihood in range(1, SIZE + 1)
        ]
        for impact in range(1, SIZE + 1)
    ]


def _grid(
    axes: Axes,
    counts: Counts,
    bands: tuple[int, int, int],
    title: str,
    selected: tuple[int, int] | None,
) -> None:
    edge = (0.5, SIZE + 0.5, 0.5, SIZE + 0.5)
    axes.imshow(_cell_colours(counts, bands), origin="lower", extent=edge, interpolation="none")
    for position in range(1, SIZE):
        axes.axhline(position + 0.5, color="white", linewidth=1.5)
        axes.axvline(position + 0.5, color="white", linewidth=1.5)
    for (likelihood, impact), count in counts.items():
        if count and 1 <= likelihood <= SIZE and 1 <= impact <= SIZE:
            axes.text(
                likelihood, impact, str(count), ha="center", va="center",
                fontsize=11, fontweight="bold", color="black",
            )  # fmt: skip
    if selected is not None:
        _frame(axes, *selected)
    axes.set_xlim(0.5, SIZE + 0.5)
    axes.set_ylim(0.5, SIZE + 0.5)
    axes.set_xticks(range(1, SIZE + 1))
    axes.set_yticks(range(1, SIZE + 1))
    axes.grid(False)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.tick_params(length=0)
    axes.set_xlabel(translate("RiskCharts", "Likelihood"))
    axes.set_ylabel(translate("RiskCharts", "Impact"))
    axes.set_title(title)


def heat_maps(
    maps: Sequence[tuple[str, str, Counts]],
    bands: tuple[int, int, int],
    selected: tuple[str, int, int] | None = None,
) -> Figure:
    """One 5×5 grid per ``(key, title, {(likelihood, impact): count})``, side by side; each
    axes carries its key as ``gid`` so a click can tell which map it was on (``cell_at``)."""
    figure = new_figure(4.2 * len(maps), 4.0, layout=None)
    figure.subplots_adjust(left=0.08, right=0.98, bottom=0.13, top=0.91, wspace=0.25)
    for index, (key, title, counts) in enumerate(maps, start=1):
        axes = figure.add_subplot(1, len(maps), index)
        axes.set_gid(key)
        chosen = (selected[1], selected[2]) if selected and selected[0] == key else None
        _grid(axes, counts, bands, title, chosen)
    return figure


def _frame(axes: Axes, likelihood: int, impact: int) -> None:
    from matplotlib.patches import Rectangle

    axes.add_patch(
        Rectangle(
            (likelihood - 0.5, impact - 0.5), 1, 1,
            fill=False, edgecolor="black", linewidth=3, zorder=5, gid=SELECTION,
        )
    )  # fmt: skip


def mark_cell(figure: Figure, selected: tuple[str, int, int] | None) -> None:
    """Move the frame of the chosen cell to ``(key, likelihood, impact)`` (None: no frame)
    without building the figure again."""
    for axes in figure.axes:
        for patch in list(axes.patches):
            if patch.get_gid() == SELECTION:
                patch.remove()
        if selected is not None and axes.get_gid() == selected[0]:
            _frame(axes, selected[1], selected[2])


def cell_at(x: float | None, y: float | None) -> tuple[int, int] | None:
    """The ``(likelihood, impact)`` cell under a point of a heat map's axes, if any."""
    if x is None or y is None:
        return None
    likelihood, impact = round(x), round(y)
    if 1 <= likelihood <= SIZE and 1 <= impact <= SIZE:
        return likelihood, impact
    return None


def score_history(
    points: Sequence[tuple[date, int, int]],
    bands: tuple[int, int, int],
    title: str | None = None,
    until: date | None = None,
) -> Figure:
    """A risk's inherent and residual score at each review: ``[(day, inherent, residual), …]``;
    with ``until`` the last scores run on to that day."""
    from matplotlib.ticker import MaxNLocator

    figure = new_figure(5.6, 2.8)
    if not points:
        return empty_message(figure, translate("RiskCharts", "No assessment yet."))
    axes = figure.add_subplot()
    if until is not None and until > points[-1][0]:
        points = [*points, (until, points[-1][1], points[-1][2])]
    days = [p[0] for p in points]
    axes.step(days, [p[1] for p in points], where="post", color=MUTED, marker="o", markersize=3,
              label=translate("RiskCharts", "Inherent"))  # fmt: skip
    axes.step(days, [p[2] for p in points], where="post", color=PALETTE[0], marker="o",
              markersize=4, label=translate("RiskCharts", "Residual"))  # fmt: skip
    low, medium, high = bands
    for edge, colour in ((low, GOOD), (medium, WARN), (high, HIGH)):
        axes.axhline(edge + 0.5, color=colour, linestyle=":", linewidth=1)
    axes.set_ylim(0, 26)
    axes.set_ylabel(translate("RiskCharts", "Score"))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.tick_params(axis="x", labelrotation=30)
    axes.set_title(title or translate("RiskCharts", "Score at each review"))
    axes.legend(loc="upper right", fontsize=8, frameon=False)
    return figure


def _minutes(value: float, _position: int) -> str:
    seconds = round(value)
    return f"{seconds // 60}:{seconds % 60:02d}"


def step_times(
    series: Sequence[tuple[str, int | None, Sequence[tuple[date, int]]]],
    title: str | None = None,
) -> Figure:
    """Each step's time at each drill, ``[(step label, target seconds, [(day, seconds), …])]``,
    with its target as a dashed line of the same colour."""
    from matplotlib.ticker import FuncFormatter

    figure = new_figure(7.2, 4.0)
    if not any(points for _label, _target, points in series):
        return empty_message(figure, translate("RiskCharts", "No timed drill for this plan yet."))
    axes = figure.add_subplot()
    for index, (label, target, points) in enumerate(series):
        if not points:
            continue
        colour = PALETTE[index % len(PALETTE)]
        style = "-" if index < len(PALETTE) else "--"
        axes.plot([p[0] for p in points], [p[1] for p in points], marker="o", markersize=3,
                  color=colour, linestyle=style, label=_short(f"{index + 1}. {label}"))  # fmt: skip
        if target is not None:
            axes.axhline(target, color=colour, linestyle="--", linewidth=0.8, alpha=0.7)
    axes.yaxis.set_major_formatter(FuncFormatter(_minutes))
    axes.set_ylim(bottom=0)
    axes.set_ylabel(translate("RiskCharts", "Time taken (min:s)"))
    axes.tick_params(axis="x", labelrotation=30)
    axes.set_title(title or translate("RiskCharts", "Step times across drills"))
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    return figure


def _dashboard_heat_map(session: Session, _month: Month) -> Figure:
    """The open risks by residual likelihood × impact, as they stand now."""
    from branchops.core.listing import ListQuery
    from branchops.core.risk.queries import heat_map
    from branchops.core.risk.scoring import load_settings

    rules = load_settings(session)
    counts = heat_map(session, "residual", ListQuery(filters={"status": "open"}))
    title = translate("RiskCharts", "Open risks, residual")
    return heat_maps(
        [("residual", title, counts)], (rules.low_max, rules.medium_max, rules.high_max)
    )


DASHBOARD_CHARTS = (
    DashboardChart(
        "risk:heat_map",
        QT_TRANSLATE_NOOP("Dashboard", "Risk heat map (open risks, residual)"),
        _dashboard_heat_map,
    ),
)
