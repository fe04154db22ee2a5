"""Training charts: the share compliant per required course, as on the matrix and the HQ sheet;
and its dashboard version on the chosen month's last day (today in the running month)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from branchops.charts.dashboard import DashboardChart
from branchops.charts.style import BAD, GOOD, MUTED, WARN, empty_message, new_figure
from branchops.core.period import Month
from branchops.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_LABEL = 16


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def compliance_by_course(
    rows: Sequence[tuple[str, float, int]], target: float | None = None, title: str | None = None
) -> Figure:
    """Horizontal bars, lowest first: ``[(course title, share compliant 0..1, required), …]``;
    green at or above the target, amber within 10 points of it, red below."""
    from matplotlib.ticker import PercentFormatter

    figure = new_figure(6.4, max(3.0, 0.28 * len(rows) + 1.2))
    if not rows:
        return empty_message(
            figure, translate("TrainingCharts", "No course is required of anyone.")
        )
    goal = 0.95 if target is None else target
    ordered = sorted(rows, key=lambda r: (r[1], r[0]))
    axes = figure.add_subplot()
    shares = [share * 100 for _, share, _ in ordered]
    colours = [GOOD if s >= goal else WARN if s >= goal - 0.1 else BAD for _, s, _ in ordered]
    bars = axes.barh(range(len(ordered)), shares, color=colours)
    axes.bar_label(
        bars, labels=[f"{s * 100:.0f}% ({n})" for _, s, n in ordered], padding=2, fontsize=8
    )
    axes.set_yticks(range(len(ordered)), [_short(t) for t, _, _ in ordered])
    axes.invert_yaxis()  # the lowest at the top
    if target is not None:
        axes.axvline(target * 100, color=MUTED, linestyle="--", linewidth=1)
    axes.set_xlim(0, 118)
    axes.xaxis.set_major_formatter(PercentFormatter())
    axes.set_title(title or translate("TrainingCharts", "Training compliance by course"))
    return figure


def _dashboard_compliance(session: Session, month: Month) -> Figure:
    from branchops.core.kpi import targets
    from branchops.core.training.compliance import compliance_matrix
    from branchops.core.training.kpis import as_of

    day = as_of(month) or month.last_day
    matrix = compliance_matrix(session, day)
    rows = []
    for course in matrix.courses:
        share = matrix.by_course(course.id)
        if share.required:
            rows.append((course.title, share.rate or 0.0, share.required))
    title = translate("TrainingCharts", "Training compliance by course on {day}").format(
        day=day.isoformat()
    )
    return compliance_by_course(rows, targets(session).get("training.compliance"), title)


DASHBOARD_CHARTS = (
    DashboardChart(
        "training:compliance_by_course",
        QT_TRANSLATE_NOOP("Dashboard", "Training compliance by course"),
        _dashboard_compliance,
    ),
)
