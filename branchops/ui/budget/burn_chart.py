"""The burn-up chart on the variance screen: matplotlib loads when it is first drawn."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from branchops.core.budget.labels import method_label
from branchops.core.budget.variance import VarianceReport
from branchops.i18n import translate


class BurnChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = None
        self.canvas: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_report(self, report: VarianceReport) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from branchops.charts.budget import burn_up

        forecast = report.total.forecast
        label = translate("BudgetPage", "Year-end forecast ({method})").format(
            method=method_label(forecast.method)
        )
        self.figure = burn_up(report.burn, forecast.value, None, label)
        canvas = FigureCanvasQTAgg(self.figure)
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self._layout.addWidget(canvas)
        canvas.draw_idle()

    def save(self) -> Path | None:
        if self.figure is None:
            return None
        target, _ = QFileDialog.getSaveFileName(
            self, translate("BudgetPage", "Save chart"), "budget-burn-up.png", "PNG (*.png)"
        )
        if not target:
            return None
        from branchops.charts.style import save_png

        return save_png(self.figure, Path(target))
