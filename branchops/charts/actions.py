"""Corrective-action charts for the dashboard."""

from __future__ import annotations

from branchops.charts.dashboard import kpi_trend
from branchops.i18n import QT_TRANSLATE_NOOP

DASHBOARD_CHARTS = (
    kpi_trend(
        "actions.overdue",
        QT_TRANSLATE_NOOP("Dashboard", "Overdue corrective actions, last 12 months"),
    ),
)
