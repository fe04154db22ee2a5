"""Satisfaction: CSAT and NPS by month, complaints by month, CSAT by category, channel and staff
member, and the 满意率 ranking of the period. matplotlib loads when the tab is first shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.feedback.labels import category_label, channel_label
from branchops.core.feedback.report import complaints_per_month
from branchops.core.feedback.satisfaction import figures_by, staff_ranking, trend
from branchops.core.kpi import targets
from branchops.core.period import Month
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

KINDS = (
    ("trend", QT_TRANSLATE_NOOP("FeedbackPage", "CSAT and NPS by month")),
    ("complaints", QT_TRANSLATE_NOOP("FeedbackPage", "Complaints by month")),
    ("category", QT_TRANSLATE_NOOP("FeedbackPage", "CSAT by category")),
    ("channel", QT_TRANSLATE_NOOP("FeedbackPage", "CSAT by channel")),
    ("staff", QT_TRANSLATE_NOOP("FeedbackPage", "Satisfaction rate per staff member")),
)
PERIODS = (1, 3, 6, 12, 24, 60)
RANKING_COLUMNS = (
    Column("rank", QT_TRANSLATE_NOOP("Columns", "Rank"), ColumnKind.INT, 45),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Staff"), width=90),
    Column("answers", QT_TRANSLATE_NOOP("Columns", "Ratings"), ColumnKind.INT, 70),
    Column("csat", QT_TRANSLATE_NOOP("Columns", "Satisfaction rate"), ColumnKind.PERCENT, 90),
    Column("mean", QT_TRANSLATE_NOOP("Columns", "Mean rating"), ColumnKind.SCORE, 80),
    Column("nps", QT_TRANSLATE_NOOP("Columns", "NPS"), ColumnKind.SCORE, 60),
)


class SatisfactionTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figure = None
        self.canvas: QWidget | None = None
        self.ranking = InMemoryTableModel(RANKING_COLUMNS)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for key, text in KINDS:
            self.kind.addItem(translate("FeedbackPage", text), key)
        self.months = QComboBox()
        for months in PERIODS:
            self.months.addItem(
                translate("FeedbackPage", "Last {n} months").format(n=months), months
            )
        self.months.setCurrentIndex(PERIODS.index(12))
        self.save_button = QPushButton(translate("FeedbackPage", "Save as PNG…"))
        bar.addWidget(self.kind)
        bar.addWidget(self.months)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.canvas_holder = QVBoxLayout()
        layout.addLayout(self.canvas_holder, 3)
        self.ranking_title = QLabel(translate("FeedbackPage", "Satisfaction rate per staff member"))
        layout.addWidget(self.ranking_title)
        self.table = QTableView()
        self.table.setModel(make_proxy(self.ranking))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        for index, column in enumerate(RANKING_COLUMNS):
            self.table.setColumnWidth(index, column.width)
        layout.addWidget(self.table, 2)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.months.currentIndexChanged.connect(self.refresh)
        self.save_button.clicked.connect(self.save)

    def period(self) -> tuple[Month, Month]:
        last = Month.of(clock.today())
        return last.shift(1 - self.months.currentData()), last

    def build_figure(self):
        from branchops.charts import feedback as charts

        first, last = self.period()
        kind, title = self.kind.currentData(), self.kind.currentText()
        start, end = first.first_day, last.last_day
        with self.ctx.db.session() as session:
            if kind == "trend":
                points = [(str(m), f.csat, f.nps) for m, f in trend(session, first, last)]
                target = targets(session).get("feedback.csat")
                return charts.satisfaction_trend(points, title, target)
            if kind == "complaints":
                counts = complaints_per_month(session, first, last)
                return charts.complaints_by_month([(str(m), n, r) for m, n, r in counts], title)
            if kind == "staff":
                ranked = staff_ranking(session, start, end)
                rows = [(r.name, r.figures.csat or 0.0, r.figures.answers) for r in ranked]
                return charts.csat_bars(rows, title)
            found = figures_by(session, start, end, kind)
            name = category_label if kind == "category" else channel_label
            rows = [
                (name(key) or translate("FeedbackPage", "Not categorised"), f.csat, f.answers)
                for key, f in found.items()
                if f.csat is not None
            ]
            rows.sort(key=lambda r: -r[1])
            return charts.csat_bars(rows, title)

    def _fill_ranking(self) -> None:
        first, last = self.period()
        with self.ctx.db.session() as session:
            ranked = staff_ranking(session, first.first_day, last.last_day)
        self.ranking.set_rows(
            [
                {
                    "rank": rank,
                    "name": r.name,
                    "answers": r.figures.answers,
                    "csat": r.figures.csat,
                    "mean": r.figures.mean_rating,
                    "nps": r.figures.nps,
                }
                for rank, r in enumerate(ranked, start=1)
            ]
        )

    def refresh(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.figure = self.build_figure()
        canvas = FigureCanvasQTAgg(self.figure)
        if self.canvas is not None:
            self.canvas_holder.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.canvas_holder.addWidget(canvas)
        canvas.draw_idle()
        self._fill_ranking()

    def save(self) -> None:
        if self.figure is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, translate("FeedbackPage", "Save chart"), "feedback-chart.png", "PNG (*.png)"
        )
        if target:
            from branchops.charts.style import save_png

            save_png(self.figure, Path(target))
