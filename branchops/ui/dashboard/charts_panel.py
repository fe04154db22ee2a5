"""The dashboard's charts: tabs of pictures rendered off the UI thread, each saved as PNG.

A picture is shown scaled to fit so that the charts never push the tiles out of the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchops.i18n import translate

CHART_HINT = (520, 280)  # the room a chart asks for (pictures are drawn at 560 x 300)


class ChartLabel(QLabel):
    """A chart picture scaled down (never up) to the room the panel has, keeping its shape."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(120, 80)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def sizeHint(self) -> QSize:
        return QSize(*CHART_HINT)

    def set_png(self, png: bytes) -> None:
        self._pixmap.loadFromData(png, "PNG")
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        size = self._pixmap.size().boundedTo(self.size())
        mode = Qt.TransformationMode.SmoothTransformation
        self.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode))


class ChartsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._png: dict[str, bytes] = {}
        self._labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.save_button = QPushButton(translate("Dashboard", "Save chart as PNG…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_current)
        self.tabs.setCornerWidget(self.save_button, Qt.Corner.TopRightCorner)

    def clear(self) -> None:
        self._png.clear()
        self._labels.clear()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.save_button.setEnabled(False)

    def set_chart(self, key: str, title: str, png: bytes) -> None:
        self._png[key] = png
        label = self._labels.get(key)
        if label is None:
            label = ChartLabel()
            label.setProperty("chart_key", key)
            self._labels[key] = label
            self.tabs.addTab(label, title)
        label.set_png(png)
        self.save_button.setEnabled(True)

    def current_key(self) -> str | None:
        widget = self.tabs.currentWidget()
        return widget.property("chart_key") if widget is not None else None

    def save_current(self) -> None:
        key = self.current_key()
        if key is None:
            return
        name = f"{key.replace(':', '_').replace('.', '_')}.png"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Dashboard", "Save chart"), name, "PNG (*.png)"
        )
        if path:
            self.save_png(key, Path(path))

    def save_png(self, key: str, path: Path) -> Path:
        path.write_bytes(self._png[key])
        return path
