"""The KPI tiles, one row per area in the order the areas are declared."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from branchops.ui.dashboard.agenda_model import area_title
from branchops.ui.dashboard.tile import TILE_HEIGHT, TILE_WIDTH, KpiTile

AREA_LABEL_WIDTH = 88
SPACING = 6


class TilesPanel(QWidget):
    tile_clicked = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACING)
        self._areas: list[str] = []
        self.tiles: dict[str, KpiTile] = {}
        self._per_row = 6
        self.rows = 0

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._areas = []
        self.tiles = {}
        self.rows = 0

    def set_width(self, width: int) -> None:
        self._per_row = max(1, (width - AREA_LABEL_WIDTH) // (TILE_WIDTH + SPACING))

    def add_area(self, area: str, tiles: list) -> None:
        row = self.grid.rowCount() if self._areas else 0
        self._areas.append(area)
        label = QLabel(area_title(area))
        label.setFixedWidth(AREA_LABEL_WIDTH)
        label.setWordWrap(True)
        label.setStyleSheet("font-weight: 600;")
        self.grid.addWidget(label, row, 0)
        for index, data in enumerate(tiles):
            tile = KpiTile(data)
            tile.clicked.connect(self.tile_clicked)
            self.tiles[data.key] = tile
            self.grid.addWidget(tile, row + index // self._per_row, 1 + index % self._per_row)
        self.grid.setColumnStretch(self._per_row + 1, 1)
        self.rows += (len(tiles) + self._per_row - 1) // self._per_row or 1

    def needed_height(self) -> int:
        return self.rows * (TILE_HEIGHT + SPACING)
