"""Step times compared across the drills of one plan (is the evacuation getting faster?): a chart
with each step's target, and a table of first, latest and change. Saved as PNG."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.risk.comparison import StepSeries, step_comparison
from branchops.core.risk.labels import format_seconds
from branchops.core.risk.plan_queries import list_plans
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.risk.rows_model import BAD, GOOD
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

PERIODS = ((0, QT_TRANSLATE_NOOP("RiskPage", "All drills")), (2, QT_TRANSLATE_NOOP(
    "RiskPage", "Last 2 years")), (5, QT_TRANSLATE_NOOP("RiskPage", "Last 5 years")))  # fmt: skip
COLUMNS = (
    Column("text", QT_TRANSLATE_NOOP("Columns", "Step"), width=260),
    Column("target", QT_TRANSLATE_NOOP("Columns", "Target"), width=70),
    Column("drills", QT_TRANSLATE_NOOP("Columns", "Drills timed"), ColumnKind.INT, 90),
    Column("first", QT_TRANSLATE_NOOP("Columns", "First"), width=70),
    Column("latest", QT_TRANSLATE_NOOP("Columns", "Latest"), width=70),
    Column("change", QT_TRANSLATE_NOOP("Columns", "Change"), width=80),
)


@dataclass(frozen=True)
class SeriesView:
    text: str
    target: str
    drills: int
    first: str
    latest: str
    change: str
    faster: bool | None

    @classmethod
    def of(cls, series: StepSeries) -> SeriesView:
        change = series.change
        sign = "-" if change is not None and change < 0 else "+"
        return cls(
            text=series.text,
            target=format_seconds(series.target_seconds),
            drills=len(series.points),
            first=format_seconds(series.first),
            latest=format_seconds(series.latest),
            change="" if change is None else f"{sign}{format_seconds(abs(change))}",
            faster=None if change is None or change == 0 else change < 0,
        )


def decorate(row: SeriesView, key: str, role: int):
    if role == Qt.ItemDataRole.ForegroundRole and key == "change" and row.faster is not None:
        return QBrush(GOOD.color()) if row.faster else QBrush(BAD.color())
    return None


class StepTimesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figure = None
        self.canvas: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.plan = QComboBox()
        self.period = QComboBox()
        for years, label in PERIODS:
            self.period.addItem(translate("RiskPage", label), years)
        self.save_button = QPushButton(translate("RiskPage", "Save as PNG…"))
        bar.addWidget(self.plan)
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = QWidget()
        self.chart_layout = QVBoxLayout(self.chart)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.model = InMemoryTableModel(COLUMNS, decorate=decorate)
        table = QTableView()
        table.setModel(make_proxy(self.model))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        for index, column in enumerate(COLUMNS):
            table.setColumnWidth(index, column.width)
        splitter.addWidget(self.chart)
        splitter.addWidget(table)
        splitter.setSizes([360, 170])
        layout.addWidget(splitter, 1)
        self.plan.currentIndexChanged.connect(self._load)
        self.period.currentIndexChanged.connect(self._load)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            plans = list_plans(session)
        current = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        for plan in plans:
            self.plan.addItem(plan.name, plan.id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(current)))
        self.plan.blockSignals(False)
        self._load()

    def select_plan(self, plan_id: int) -> None:
        self.plan.setCurrentIndex(max(0, self.plan.findData(plan_id)))

    def series(self) -> list[StepSeries]:
        plan_id = self.plan.currentData()
        if plan_id is None:
            return []
        years = self.period.currentData()
        first = clock.today() - timedelta(days=365 * years) if years else None
        with self.ctx.db.session() as session:
            return step_comparison(session, plan_id, first=first)

    def _load(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from branchops.charts.risk import step_times

        series = self.series()
        self.model.set_rows([SeriesView.of(s) for s in series])
        title = translate("RiskPage", "{plan}: time of each step").format(
            plan=self.plan.currentText()
        )
        self.figure = step_times([(s.text, s.target_seconds, s.points) for s in series], title)
        canvas = FigureCanvasQTAgg(self.figure)
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.chart_layout.addWidget(canvas)
        canvas.draw_idle()

    def save(self) -> None:
        if self.figure is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, translate("RiskPage", "Save chart"), "drill-step-times.png", "PNG (*.png)"
        )
        if target:
            from branchops.charts.style import save_png

            save_png(self.figure, Path(target))
