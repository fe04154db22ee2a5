"""The dashboard's data, computed off the UI thread and handed over piece by piece."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

CHART_SIZE_PX = (560, 300)


class LoaderSignals(QObject):
    steps = Signal(int, object)  # generation, [FirstStep]
    tiles = Signal(int, str, object)  # generation, area, [Tile]
    agenda = Signal(int, object)  # generation, [AgendaItem]
    chart = Signal(int, str, str, bytes)  # generation, key, title, PNG
    failed = Signal(int, str)  # generation, what failed (logged with its traceback)
    finished = Signal(int)


class DashboardLoader(QRunnable):
    """Loads one month: first steps, tiles area by area, the agenda, then the charts.

    A loader is referenced from here until its ``run`` has returned: the page that started it may
    start another or be deleted meanwhile, and a QRunnable collected while it runs crashes.
    """

    _running: ClassVar[set[DashboardLoader]] = set()

    def __init__(self, db, month, generation: int, with_charts: bool = True) -> None:
        super().__init__()
        self.db = db
        self.month = month
        self.generation = generation
        self.with_charts = with_charts
        self.signals = LoaderSignals()
        self._stop = threading.Event()
        self._done = threading.Event()
        self.setAutoDelete(False)

    def start(self) -> None:
        DashboardLoader._running = {
            loader for loader in DashboardLoader._running if not loader._done.is_set()
        }
        DashboardLoader._running.add(self)
        QThreadPool.globalInstance().start(self)

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            self._run()
        except Exception:  # a failure is shown on the page, the rest of the app goes on
            log.exception("dashboard: loading %s failed", self.month)
            self.signals.failed.emit(self.generation, "load")
        finally:
            self.signals.finished.emit(self.generation)
            self._done.set()

    def _run(self) -> None:
        from branchops import clock
        from branchops.core import agenda, dashboard

        g = self.generation
        with self.db.session() as session:
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
