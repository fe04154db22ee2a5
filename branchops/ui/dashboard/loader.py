"""The dashboard's data, computed off the UI thread and handed over piece by piece."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from PySide6.QtCore import QObject, Signal

from branchops.ui.workers import KeptRunnable

log = logging.getLogger(__name__)

CHART_SIZE_PX = (560, 300)


class LoaderSignals(QObject):
    steps = Signal(int, object)  # generation, [FirstStep]
    tiles = Signal(int, str, object)  # generation, area, [Tile]
    agenda = Signal(int, object)  # generation, [AgendaItem]
    chart = Signal(int, str, str, bytes)  # generation, key, title, PNG
    failed = Signal(int, str)  # generation, what failed (logged with its traceback)
    finished = Signal(int)


class DashboardLoader(KeptRunnable):
    """Loads one month: first steps, tiles area by area, the agenda, then the charts."""

    def __init__(self, db, month, generation: int, with_charts: bool = True) -> None:
        super().__init__()
        self.db = db
        self.month = month
        self.generation = generation
        self.with_charts = with_charts
        self.signals = LoaderSignals()
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def work(self) -> None:
        try:
            self._run()
        except Exception:  # a failure is shown on the page, the rest of the app goes on
            log.exception("dashboard: loading %s failed", self.month)
            self.signals.failed.emit(self.generation, "load")
        finally:
            self.signals.finished.emit(self.generation)

    def _run(self) -> None:
        from branchops import clock
        from branchops.core import agenda, dashboard
        from branchops.core.memo import memo_scope

        g = self.generation
        # one read-only scope: settings, timesheets and KPI values are read once for the tiles,
        # their comparisons and the trend charts
        with self.db.session() as session, memo_scope(session):
            self.signals.steps.emit(g, dashboard.first_steps(session))
            for area, definitions in dashboard.groups():
                if self._stop.is_set():
                    return
                self.signals.tiles.emit(g, area, dashboard.tiles(session, self.month, definitions))
            today = clock.today()
            week_end = today + timedelta(days=6 - today.weekday())
            self.signals.agenda.emit(g, agenda.collect(session, today, week_end))
            if self.with_charts:
                self._charts(session)

    def _charts(self, session) -> None:
        from branchops.charts.dashboard import dashboard_charts, render_png

        for chart in dashboard_charts():
            if self._stop.is_set():
                return
            try:
                png = render_png(chart, session, self.month, CHART_SIZE_PX)
            except Exception:
                log.exception("dashboard: chart %s failed", chart.key)
                self.signals.failed.emit(self.generation, chart.key)
                continue
            self.signals.chart.emit(self.generation, chart.key, chart.label, png)
