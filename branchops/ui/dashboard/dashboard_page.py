"""The dashboard (运营看板): KPI tiles for a month, the agenda and the charts.

Everything is computed off the UI thread by ``DashboardLoader`` and shown as it arrives; a month's
results are kept until data changes. The page itself imports neither SQLAlchemy nor matplotlib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.dashboard.agenda_model import AgendaModel, rows_for
from branchops.ui.dashboard.chart_cache import ChartCache
from branchops.ui.dashboard.charts_panel import ChartsPanel
from branchops.ui.dashboard.loader import ChartLoader, DashboardLoader
from branchops.ui.dashboard.tiles_panel import TilesPanel, TilesScroll

if TYPE_CHECKING:
    from branchops.ui.widgets.list_view import ListView

MONTHS_OFFERED = 24
MIN_BOTTOM_HEIGHT = 200  # the agenda and charts keep this much; tiles beyond it scroll


class MonthCache:
    """What was loaded for each month, until any data changes."""

    def __init__(self) -> None:
        self.steps: dict[object, list] = {}
        self.tiles: dict[object, list[tuple[str, list]]] = {}
        self.agenda: dict[object, list] = {}
        self.chart_list: dict[object, list[tuple[str, str]]] = {}
        self.charts: dict[object, list[tuple[str, str, bytes]]] = {}
        self.complete: set[object] = set()

    def parts(self) -> tuple[dict, ...]:
        return (self.steps, self.tiles, self.agenda, self.chart_list, self.charts)

    def clear(self) -> None:
        for part in self.parts():
            part.clear()
        self.complete.clear()


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cache = MonthCache()
        self.pictures = ChartCache(ctx.paths.chart_cache)
        self.generation = 0
        self.loader: DashboardLoader | None = None
        self.loading_month = None
        self.view = 0  # changes whenever the page shows a month: late charts of another are dropped
        self.drawing: set[str] = set()  # charts being drawn for the month shown
        self._build()
        self._wire()

    # -- view ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        top = QHBoxLayout()
        heading = QLabel(translate("Dashboard", "Dashboard"))
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(QLabel(translate("Dashboard", "Month:")))
        self.month_box = QComboBox()
        self.month_box.setMinimumWidth(110)
        top.addWidget(self.month_box)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(dark);")
        top.addWidget(self.status, 1)
        self.refresh_button = QPushButton(translate("Dashboard", "Refresh"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(translate("Dashboard", "Recompute from the database (F5)"))
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.first_steps = QLabel()
        self.first_steps.setWordWrap(True)
        self.first_steps.setOpenExternalLinks(False)
        self.first_steps.setFrameShape(QFrame.Shape.StyledPanel)
        self.first_steps.setStyleSheet("padding: 8px; background: #fff8e1;")
        self.first_steps.hide()
        layout.addWidget(self.first_steps)

        self.tiles = TilesPanel()
        self.tiles_scroll = TilesScroll(self.tiles)

        bottom = QSplitter()
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_title = QLabel(translate("Dashboard", "Agenda: today and this week"))
        agenda_title.setStyleSheet("font-weight: 600;")
        agenda_layout.addWidget(agenda_title)
        self.agenda_model = AgendaModel(self)
        self.agenda: ListView | None = None  # built when the page first shows data
        self._agenda_layout = agenda_layout
        bottom.addWidget(agenda_box)
        self.charts = ChartsPanel()
        bottom.addWidget(self.charts)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([600, 560])  # scaled to the room there is, the chart's share first

        bottom.setMinimumHeight(MIN_BOTTOM_HEIGHT)
        self.bottom = bottom
        layout.addWidget(self.tiles_scroll)
        layout.addWidget(bottom, 1)
        self._fill_months()

    def _fill_months(self) -> None:
        from branchops.core.period import Month

        current = Month.of(clock.today())
        self.month_box.clear()
        for back in range(MONTHS_OFFERED):
            month = current.shift(-back)
            self.month_box.addItem(str(month), month)

    # -- controller ---------------------------------------------------------------------------

    def _wire(self) -> None:
        self.month_box.currentIndexChanged.connect(self._on_month_changed)
        self.refresh_button.clicked.connect(self.reload)
        self.tiles.tile_clicked.connect(self._open_tile)
        self.charts.chart_wanted.connect(self._draw_chart)
        self.ctx.events.data_changed.connect(self._on_data_changed)

    def month(self):
        return self.month_box.currentData()

    def is_ready(self) -> bool:
        """The chosen month's tiles, agenda and visible chart are shown (for --smoke and tests);
        the other charts are drawn when their tab is first shown."""
        return self.loader is None and self.month() in self.cache.complete

    def refresh(self) -> None:
        """Shown again: use what is cached, load what is not."""
        self._show(self.month())

    def reload(self) -> None:
        self.cache.clear()
        self._show(self.month())

    def open_filtered(self, **filters) -> None:
        month = filters.get("month")
        if month is not None:
            index = self.month_box.findText(str(month))
            if index >= 0:
                self.month_box.setCurrentIndex(index)

    def _on_month_changed(self, _index: int) -> None:
        self._show(self.month())

    def _on_data_changed(self, _area: str) -> None:
        self.cache.clear()
        if self.isVisible():
            self._show(self.month())

    def _ensure_agenda(self) -> None:
        """The agenda's list, built on the first load rather than with the frame (the list
        view's modules are a quarter of the frame's cost)."""
        if self.agenda is None:
            from branchops.ui.widgets.list_view import ListView

            self.agenda = ListView(self.agenda_model, "dashboard.agenda", self.ctx)
            self.agenda.activated.connect(self._open_agenda_row)
            self._agenda_layout.addWidget(self.agenda, 1)

    def _show(self, month) -> None:
        self._ensure_agenda()
        self.view += 1
        self.drawing.clear()
        self.tiles.clear()
        self.charts.clear()
        self.agenda_model.set_rows([])
        self.first_steps.hide()
        if month in self.cache.steps:
            self._on_steps(self.generation, self.cache.steps[month], store=False)
        for area, tiles in self.cache.tiles.get(month, []):
            self._add_area(area, tiles)
        if month in self.cache.agenda:
            self._set_agenda(self.cache.agenda[month])
        with QSignalBlocker(self.charts):
            self.charts.set_titles(self.cache.chart_list.get(month, []))
            for key, title, png in self.cache.charts.get(month, []):
                self.charts.set_chart(key, title, png)
        if month in self.cache.complete:
            self.status.setText("")
            self.charts.want_current()
            return
        self._start_loading(month)

    def _start_loading(self, month) -> None:
        if self.loader is not None:
            self.loader.stop()
        self.generation += 1
        for part in self.cache.parts():
            part.pop(month, None)
        self.tiles.clear()
        self.charts.clear()
        self.loading_month = month
        self.status.setText(translate("Dashboard", "Computing…"))
        loader = DashboardLoader(self.ctx.db, month, self.generation, pictures=self.pictures)
        loader.signals.steps.connect(self._on_steps)
        loader.signals.tiles.connect(self._on_tiles)
        loader.signals.agenda.connect(self._on_agenda)
        loader.signals.chart_list.connect(self._on_chart_list)
        loader.signals.chart.connect(self._on_chart)
        loader.signals.failed.connect(self._on_failed)
        loader.signals.finished.connect(self._on_finished)
        self.loader = loader
        loader.start()

    def _current(self, generation: int) -> bool:
        return generation == self.generation

    def _on_steps(self, generation: int, steps: list, store: bool = True) -> None:
        if not self._current(generation):
            return
        if store:
            self.cache.steps[self.loading_month] = steps
        if not steps:
            self.first_steps.hide()
            return
        lines = [translate("Dashboard", "To get started:")]
        lines += [f"{i}. {step.text}" for i, step in enumerate(steps, start=1)]
        self.first_steps.setText("<br>".join(lines))
        self.first_steps.show()

    def _on_tiles(self, generation: int, area: str, tiles: list) -> None:
        if not self._current(generation):
            return
        self.cache.tiles.setdefault(self.loading_month, []).append((area, tiles))
        self._add_area(area, tiles)

    def _add_area(self, area: str, tiles: list) -> None:
        self.tiles.add_area(area, tiles)

    def _on_agenda(self, generation: int, items: list) -> None:
        if not self._current(generation):
            return
        self.cache.agenda[self.loading_month] = items
        self._set_agenda(items)

    def _set_agenda(self, items: list) -> None:
        self.agenda_model.set_rows(rows_for(items, clock.today()))

    def _on_chart_list(self, generation: int, charts: list) -> None:
        if not self._current(generation):
            return
        self.cache.chart_list[self.loading_month] = charts
        if charts:
            self.drawing.add(charts[0][0])  # the loader draws the first (visible) tab itself
        self.charts.set_titles(charts)

    def _on_chart(self, generation: int, key: str, title: str, png: bytes) -> None:
        if not self._current(generation):
            return
        self._store_chart(self.loading_month, key, title, png)

    def _store_chart(self, month, key: str, title: str, png: bytes) -> None:
        self.drawing.discard(key)
        self.cache.charts.setdefault(month, []).append((key, title, png))
        self.charts.set_chart(key, title, png)

    def _draw_chart(self, key: str) -> None:
        """A tab shown for the first time: its chart is drawn off the UI thread."""
        if key in self.drawing:
            return
        self.drawing.add(key)
        loader = ChartLoader(self.ctx.db, self.month(), self.view, key, self.pictures)
        loader.signals.chart.connect(self._on_late_chart)
        loader.signals.failed.connect(self._on_late_failed)
        loader.start()

    def _on_late_chart(self, view: int, key: str, title: str, png: bytes) -> None:
        if view == self.view:
            self._store_chart(self.month(), key, title, png)

    def _on_late_failed(self, view: int, what: str) -> None:
        if view == self.view:
            self.drawing.discard(what)
            self._on_failed(self.generation, what)

    def _on_failed(self, generation: int, what: str) -> None:
        if self._current(generation):
            self.status.setText(
                translate(
                    "Dashboard",
                    "Part of the dashboard could not be computed ({what}); see the log.",
                ).format(what=what)
            )

    def _on_finished(self, generation: int) -> None:
        if not self._current(generation):
            return
        self.cache.complete.add(self.loading_month)
        if self.status.text() == translate("Dashboard", "Computing…"):
            self.status.setText("")
        self.loader = None

    # -- opening lists ------------------------------------------------------------------------

    def _open_tile(self, tile) -> None:
        self._open(tile.page, dict(tile.filters))

    def _open_agenda_row(self, row) -> None:
        self._open(row.item.page, dict(row.item.filters))

    def _open(self, page: str, filters: dict) -> None:
        window = self.window()
        if page == "settings":
            window.open_settings()
            return
        show = getattr(window, "show_page_key", None)
        widget = show(page) if callable(show) else None
        opener = getattr(widget, "open_filtered", None)
        if callable(opener) and filters:
            opener(**filters)
