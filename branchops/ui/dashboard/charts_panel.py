"""The dashboard's charts: tabs of pictures rendered off the UI thread, each saved as PNG.

A picture is shown scaled to fit so that the charts never push the tiles out of the window. A tab
exists for every chart as soon as the list is known; ``chart_wanted`` asks for the picture of a
tab shown without one (drawn then, not before).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
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
    chart_wanted = Signal(str)  # key of a shown tab without its picture

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._png: dict[str, bytes] = {}
        self._labels: dict[str, ChartLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tab_shown)
        self.save_button = QPushButton(translate("Dashboard", "Save chart as PNG…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_current)
        self.tabs.setCornerWidget(self.save_button, Qt.Corner.TopRightCorner)

    def clear(self) -> None:
        self._png.clear()
        self._labels.clear()
        with QSignalBlocker(self.tabs):  # no tab is wanted while they go
            while self.tabs.count():
                widget = self.tabs.widget(0)
                self.tabs.removeTab(0)
                widget.deleteLater()
        self.save_button.setEnabled(False)

    def set_titles(self, charts: list[tuple[str, str]]) -> None:
        """A tab for each chart, in order; pictures come with ``set_chart``."""
        for key, title in charts:
            self._tab(key, title)

    def set_chart(self, key: str, title: str, png: bytes) -> None:
        self._png[key] = png
        self._tab(key, title).set_png(png)
        self._update_save()

    def has_chart(self, key: str) -> bool:
        return key in self._png

    def _tab(self, key: str, title: str) -> ChartLabel:
        label = self._labels.get(key)
        if label is None:
            label = ChartLabel()
            label.setText(translate("Dashboard", "Drawing the chart…"))
            label.setProperty("chart_key", key)
            self._labels[key] = label
            self.tabs.addTab(label, title)
        return label

    def _on_tab_shown(self, _index: int) -> None:
        self._update_save()
        self.want_current()

    def want_current(self) -> None:
        """Asks for the picture of the shown tab if it has none yet."""
        key = self.current_key()
        if key is not None and key not in self._png:
            self.chart_wanted.emit(key)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.current_key() in self._png)

    def current_key(self) -> str | None:
        widget = self.tabs.currentWidget()
        return widget.property("chart_key") if widget is not None else None

    def save_current(self) -> None:
        key = self.current_key()
        if key is None or key not in self._png:
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
