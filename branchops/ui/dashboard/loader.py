"""The dashboard's data, computed off the UI thread and handed over piece by piece."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from PySide6.QtCore import QObject, Signal

from branchops.ui.dashboard.chart_cache import ChartCache
from branchops.ui.workers import KeptRunnable

log = logging.getLogger(__name__)

CHART_SIZE_PX = (560, 300)


class LoaderSignals(QObject):
    steps = Signal(int, object)  # generation, [FirstStep]
    tiles = Signal(int, str, object)  # generation, area, [Tile]
    agenda = Signal(int, object)  # generation, [AgendaItem]
    chart_list = Signal(int, object)  # generation, [(key, title)] of every chart
    chart = Signal(int, str, str, bytes)  # generation, key, title, PNG
    failed = Signal(int, str)  # generation, what failed (logged with its traceback)
    finished = Signal(int)


class DashboardLoader(KeptRunnable):
    """Loads one month: first steps, tiles area by area, the agenda, then the list of charts and
    the picture of the first one (the visible tab). ``ChartLoader`` draws the others when their
    tab is first shown, so matplotlib is imported only after the tiles and the agenda are in."""

    def __init__(
        self,
        db,
        month,
        generation: int,
        with_charts: bool = True,
        pictures: ChartCache | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.month = month
        self.generation = generation
        self.with_charts = with_charts
        self.pictures = pictures or ChartCache(None)
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
        # their comparisons and the first trend chart
        with self.db.session() as session, memo_scope(session):
            self.signals.steps.emit(g, dashboard.first_steps(session))
            for area, definitions in dashboard.groups():
                if self._stop.is_set():
                    return
                self.signals.tiles.emit(g, area, dashboard.tiles(session, self.month, definitions))
            today = clock.today()
            week_end = today + timedelta(days=6 - today.weekday())
            self.signals.agenda.emit(g, agenda.collect(session, today, week_end))
            if self.with_charts and not self._stop.is_set():
                self._first_chart(session)

    def _first_chart(self, session) -> None:
        from branchops.charts.dashboard import dashboard_charts

        charts = dashboard_charts()
        self.signals.chart_list.emit(self.generation, [(c.key, c.label) for c in charts])
        if charts:
            draw_chart(self.signals, self.generation, charts[0], session, self.month, self.pictures)


class ChartLoader(KeptRunnable):
    """Draws one chart of the dashboard, when its tab is first shown."""

    def __init__(
        self, db, month, generation: int, key: str, pictures: ChartCache | None = None
    ) -> None:
        super().__init__()
        self.db = db
        self.month = month
        self.generation = generation
        self.key = key
        self.pictures = pictures or ChartCache(None)
        self.signals = LoaderSignals()

    def work(self) -> None:
        from branchops.charts.dashboard import dashboard_charts
        from branchops.core.memo import memo_scope

        try:
            chart = next(c for c in dashboard_charts() if c.key == self.key)
            with self.db.session() as session, memo_scope(session):
                draw_chart(self.signals, self.generation, chart, session, self.month, self.pictures)
        except Exception:
            log.exception("dashboard: chart %s failed", self.key)
            self.signals.failed.emit(self.generation, self.key)
        finally:
            self.signals.finished.emit(self.generation)


def draw_chart(
    signals: LoaderSignals, generation: int, chart, session, month, pictures: ChartCache
) -> None:
    try:
        png = pictures.png(chart, session, month, CHART_SIZE_PX)
    except Exception:
        log.exception("dashboard: chart %s failed", chart.key)
        signals.failed.emit(generation, chart.key)
        return
    signals.chart.emit(generation, chart.key, chart.label, png)
