"""The dashboard's charts: tabs of pictures rendered off the UI thread, each saved as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchops.i18n import translate


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
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.save_button = QPushButton(translate("Dashboard", "Save chart as PNG…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_current)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

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
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setProperty("chart_key", key)
            self._labels[key] = label
            self.tabs.addTab(label, title)
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        label.setPixmap(pixmap)
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
