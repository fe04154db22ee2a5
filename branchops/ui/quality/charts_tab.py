"""Quality charts: score trend per checklist or category, category averages, Pareto, staff.

matplotlib loads when the tab is first shown, not with the page (it costs most of a second).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from branchops import clock
from branchops.core import kpi
from branchops.core.period import Month
from branchops.core.quality import analysis
from branchops.core.quality.kpis import AVERAGE_SCORE_KPI
from branchops.core.quality.labels import category_label
from branchops.core.quality.models import DEFAULT_PASS_MARK
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext

KINDS = (
    ("trend", QT_TRANSLATE_NOOP("QualityPage", "Score trend per checklist")),
    ("category_trend", QT_TRANSLATE_NOOP("QualityPage", "Score trend per category")),
    ("categories", QT_TRANSLATE_NOOP("QualityPage", "Average by category")),
    ("pareto", QT_TRANSLATE_NOOP("QualityPage", "Most-failed items (Pareto)")),
    ("staff", QT_TRANSLATE_NOOP("QualityPage", "Findings per staff member")),
)
PERIODS = (3, 6, 12, 24, 60)


class ChartsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figure = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(translate("QualityPage", label), key)
        self.months = QComboBox()
        for months in PERIODS:
            self.months.addItem(
                translate("QualityPage", "Last {n} months").format(n=months), months
            )
        self.months.setCurrentIndex(2)
        self.save_button = QPushButton(translate("QualityPage", "Save as PNG…"))
        for widget in (self.kind, self.months):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.canvas_holder = QVBoxLayout()
        layout.addLayout(self.canvas_holder, 1)
        self.canvas: QWidget | None = None
        self.kind.currentIndexChanged.connect(self.refresh)
        self.months.currentIndexChanged.connect(self.refresh)
        self.save_button.clicked.connect(self.save)

    def _period(self) -> tuple[Month, Month]:
        last = Month.of(clock.today())
        return last.shift(1 - self.months.currentData()), last

    def build_figure(self):
        from branchops.charts import quality as charts

        first, last = self._period()
        period = analysis.Period.months(first, last)
        kind = self.kind.currentData()
        title = self.kind.currentText()
        with self.ctx.db.session() as session:
            if kind == "trend":
                series = analysis.score_trend(session, first, last)
                return charts.score_trend(_labelled(series), title)
            if kind == "category_trend":
                by_category = analysis.category_trend(session, first, last)
                named = {category_label(c): points for c, points in by_category.items()}
                return charts.score_trend(_labelled(named), title)
            if kind == "categories":
                scores = analysis.category_scores(session, period)
                target = kpi.targets(session).get(AVERAGE_SCORE_KPI)
                return charts.category_averages(
                    [(category_label(c), v) for c, v in scores.items()],
                    title,
                    good=DEFAULT_PASS_MARK if target is None else target,
                    passing=DEFAULT_PASS_MARK,
                )
            if kind == "pareto":
                items = analysis.most_failed_items(session, period)
                return charts.pareto([(f"{i.key} {i.text}", i.failures) for i in items], title)
            return charts.findings_per_staff(analysis.findings_per_staff(session, period), title)

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

    def save(self) -> None:
        if self.figure is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, translate("QualityPage", "Save chart"), "quality-chart.png", "PNG (*.png)"
        )
        if target:
            from branchops.charts.style import save_png

            save_png(self.figure, Path(target))


def _labelled(series: dict) -> dict[str, list[tuple[str, float]]]:
    return {
        name: [(str(month), value) for month, value in points] for name, points in series.items()
    }
