"""The dashboard's charts: each area lists its own in ``charts/<area>.py`` as ``DASHBOARD_CHARTS``
(found by name, see ``core/areas.py``); ``kpi_trend`` draws a KPI of the registry over 12 months,
from the same formula as its tile and the HQ workbook."""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from branchops.charts.style import BAD, empty_message, new_figure
from branchops.core import kpi
from branchops.core.areas import contributions
from branchops.core.period import Month, month_range
from branchops.i18n import translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

TREND_MONTHS = 12


@dataclass(frozen=True)
class DashboardChart:
    key: str
    title: str  # QT_TRANSLATE_NOOP("Dashboard", ...) source
    draw: Callable[[Session, Month], Figure]
    # What the picture is drawn from, for a chart that is a function of it (with its title, size
    # and language): the same inputs give the same picture, so the picture may be kept.
    inputs: Callable[[Session, Month], Hashable] | None = None

    @property
    def label(self) -> str:
        return translate("Dashboard", self.title)


def dashboard_charts() -> list[DashboardChart]:
    charts: list[DashboardChart] = []
    for _area, module in contributions("branchops.charts.{key}"):
        charts.extend(getattr(importlib.import_module(module), "DASHBOARD_CHARTS", ()))
    return charts


def render_png(
    chart: DashboardChart, session: Session, month: Month, size_px: tuple[int, int]
) -> bytes:
    figure = chart.draw(session, month)
    width, height = size_px
    figure.set_size_inches(width / figure.dpi, height / figure.dpi)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def kpi_trend(key: str, title: str) -> DashboardChart:
    """A line of one KPI's monthly values over the 12 months ending with the chosen month."""

    def inputs(session: Session, month: Month) -> tuple:
        definition = kpi.get(key)
        months = month_range(month.shift(1 - TREND_MONTHS), month)
        points = tuple((str(m), kpi.monthly_value(session, definition, m)) for m in months)
        return points, kpi.targets(session)[key]

    def draw(session: Session, month: Month) -> Figure:
        points, target = inputs(session, month)
        return trend_figure(kpi.get(key), list(points), target, title)

    return DashboardChart(key=f"trend:{key}", title=title, draw=draw, inputs=inputs)


def trend_figure(
    definition: kpi.KpiDef,
    points: list[tuple[str, float | None]],
    target: float | None,
    title: str,
) -> Figure:
    figure = new_figure()
    known = [(label, value) for label, value in points if value is not None]
    if not known:
        return empty_message(figure, translate("Dashboard", "No figures for these months yet."))
    scale = 100.0 if definition.unit is kpi.Unit.PERCENT else 1.0
    axes = figure.add_subplot()
    index = {label: i for i, (label, _) in enumerate(points)}
    axes.plot(
        [index[label] for label, _ in known],
        [value * scale for _, value in known],
        marker="o",
        markersize=3,
        label=definition.title,
    )
    if target is not None:
        axes.axhline(
            target * scale,
            color=BAD,
            linestyle="--",
            linewidth=1,
            label=translate("Dashboard", "Target"),
        )
    axes.set_xticks(range(len(points)))
    axes.set_xticklabels([label[2:] for label, _ in points], rotation=45, ha="right")
    if definition.unit is kpi.Unit.PERCENT:
        axes.set_ylabel("%")
    axes.set_title(translate("Dashboard", title))
    axes.legend(loc="best", fontsize=8, frameon=False)
    return figure
