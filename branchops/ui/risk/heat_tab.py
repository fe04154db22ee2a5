"""Heat maps of inherent and residual risk (open risks): click a cell to list its risks; save as
PNG. matplotlib loads when the tab is first shown."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from branchops.core.listing import ListQuery
from branchops.core.risk.labels import CATEGORY_LABELS
from branchops.core.risk.queries import RiskRow, count_risks, heat_map, list_risks
from branchops.core.risk.scoring import load_settings
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.risk.risk_dialog import RiskDialog
from branchops.ui.risk.tables import RISK_COLUMNS, decorate_risk
from branchops.ui.widgets.after_paint import AfterPaint
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.query_model import QueryTableModel

WHICH = ("inherent", "residual")


class HeatMapTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figure = None
        self.canvas: QWidget | None = None
        self.counts: dict[str, dict[tuple[int, int], int]] = {}
        self.selected: tuple[str, int, int] | None = None
        self.model = QueryTableModel(RISK_COLUMNS, self._fetch, self._count, decorate=decorate_risk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.category = QComboBox()
        self.category.addItem(translate("RiskPage", "Any category"), None)
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(translate("Risk", label), category.value)
        self.cell_text = QLabel(translate("RiskPage", "Click a cell to list its risks."))
        self.save_button = QPushButton(translate("RiskPage", "Save as PNG…"))
        bar.addWidget(self.category)
        bar.addWidget(self.cell_text, 1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = QWidget()
        self.chart_layout = QVBoxLayout(self.chart)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(self.model, "risk.heat_cell", ctx, translate("RiskPage", "Risks"))
        splitter.addWidget(self.chart)
        splitter.addWidget(self.list)
        splitter.setSizes([330, 220])
        layout.addWidget(splitter, 1)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.save_button.clicked.connect(self.save)
        self.list.activated.connect(self._open)
        self.model.query = ListQuery(limit=self.model.page_size, filters=self._filters())
        self._draw_after = AfterPaint(
            self.list.table.viewport(), self._draw, lambda: not self.model.loading
        )

    def _filters(self) -> dict:
        filters: dict[str, object] = {"status": "open"}
        category = self.category.currentData()
        if category:
            filters["category"] = category
        if self.selected is not None:
            filters["cell"] = self.selected
        return filters

    def _fetch(self, query: ListQuery) -> list[RiskRow]:
        with self.ctx.db.session() as session:
            return list_risks(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_risks(session, query)

    def refresh(self) -> None:
        query = ListQuery(filters={k: v for k, v in self._filters().items() if k != "cell"})
        with self.ctx.db.session() as session:
            self.counts = {which: heat_map(session, which, query) for which in WHICH}
            rules = load_settings(session)
        self.bands = (rules.low_max, rules.medium_max, rules.high_max)
        self._reload_list()
        # the list's rows first; the charts (most of a second of matplotlib) after they paint
        self._draw_after.arm()

    def _draw(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from branchops.charts.risk import heat_maps

        titles = {
            "inherent": translate("RiskPage", "Inherent risk"),
            "residual": translate("RiskPage", "Residual risk"),
        }
        maps = [(which, titles[which], self.counts.get(which, {})) for which in WHICH]
        self.figure = heat_maps(maps, self.bands, self.selected)
        canvas = FigureCanvasQTAgg(self.figure)
        canvas.mpl_connect("button_press_event", self._clicked)
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.chart_layout.addWidget(canvas)
        canvas.draw_idle()

    def _clicked(self, event) -> None:
        from branchops.charts.risk import cell_at

        axes = getattr(event, "inaxes", None)
        cell = cell_at(event.xdata, event.ydata) if axes is not None else None
        if cell is not None:
            self.select(axes.get_gid(), *cell)

    def select(self, which: str | None, likelihood: int = 0, impact: int = 0) -> None:
        """Show the risks of one cell (``which`` None: every risk of the maps)."""
        self.selected = (which, likelihood, impact) if which in WHICH else None
        if self.figure is not None and self.canvas is not None:
            from branchops.charts.risk import mark_cell

            mark_cell(self.figure, self.selected)
            self.canvas.draw_idle()
        self._reload_list()

    def _reload_list(self) -> None:
        self.model.query = replace(self.model.query, filters=self._filters())
        self.model.reload()
        if self.selected is None:
            self.cell_text.setText(translate("RiskPage", "Click a cell to list its risks."))
            return
        which, likelihood, impact = self.selected
        label = (
            translate("RiskPage", "Inherent")
            if which == "inherent"
            else translate("RiskPage", "Residual")
        )
        self.cell_text.setText(
            translate("RiskPage", "{which}: likelihood {l} × impact {i} — {n} risks").format(
                which=label, l=likelihood, i=impact, n=self.model.total
            )
        )

    def _category_changed(self) -> None:
        self.selected = None
        self.refresh()

    def _open(self, row: RiskRow) -> None:
        RiskDialog(self.ctx, self, risk_id=row.id).exec()

    def save(self) -> None:
        if self.figure is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, translate("RiskPage", "Save the heat maps"), "risk-heat-maps.png", "PNG (*.png)"
        )
        if target:
            from branchops.charts.style import save_png

            save_png(self.figure, Path(target))
