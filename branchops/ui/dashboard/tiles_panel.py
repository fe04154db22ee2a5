"""The KPI tiles, a framed group per area in the order the areas are declared.

The groups are placed by ``tile_plan.plan`` so that every tile fits the panel's width in as
little height as can be; the panel's height follows its width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from branchops.ui.dashboard import tile_plan
from branchops.ui.dashboard.agenda_model import area_title
from branchops.ui.dashboard.tile import KpiTile

AREA_COLOURS = ("#1f3a5f", "#2b6cb0", "#2c7a7b", "#6b46c1", "#b7791f", "#c05621", "#2f855a")


class AreaGroup(QFrame):
    """One area's tiles under a small heading in the area's colour."""

    def __init__(self, area: str, tiles: list, colour: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName("kpiGroup")
        self.setStyleSheet(
            f"#kpiGroup {{ border: 1px solid #dfe5ec; border-top: 2px solid {colour};"
            " border-radius: 3px; background: #f7f9fb; }"
        )
        self.heading = QLabel(area_title(area), self)
        self.heading.setStyleSheet(
            f"color: {colour}; font-size: 11px; font-weight: 600; background: transparent;"
        )
        self.heading.setToolTip(area_title(area))
        self.tiles = [KpiTile(data, self) for data in tiles]

    def place(self, place: tile_plan.GroupPlace, tile_width: int) -> None:
        self.setGeometry(place.x, place.y, place.width, place.height)
        pad = tile_plan.GROUP_PAD
        heading_width = place.width - 2 * pad - 2
        self.heading.setGeometry(pad + 2, pad - 1, heading_width, tile_plan.HEADING)
        self.heading.setText(
            self.heading.fontMetrics().elidedText(
                area_title(self.area), Qt.TextElideMode.ElideRight, heading_width
            )
        )
        step_x = tile_width + tile_plan.SPACING
        step_y = tile_plan.TILE_HEIGHT + tile_plan.SPACING
        for index, tile in enumerate(self.tiles):
            row, column = divmod(index, place.columns)
            tile.set_width(tile_width)
            tile.move(pad + column * step_x, pad + tile_plan.HEADING + row * step_y)


class TilesPanel(QWidget):
    tile_clicked = Signal(object)
    height_changed = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.groups: list[AreaGroup] = []
        self.tiles: dict[str, KpiTile] = {}
        self._height = 0

    def clear(self) -> None:
        for group in self.groups:
            group.hide()
            group.deleteLater()
        self.groups = []
        self.tiles = {}
        self._relayout()

    def add_area(self, area: str, tiles: list) -> None:
        colour = AREA_COLOURS[len(self.groups) % len(AREA_COLOURS)]
        group = AreaGroup(area, tiles, colour, self)
        for tile in group.tiles:
            tile.clicked.connect(self.tile_clicked)
            self.tiles[tile.tile.key] = tile
        self.groups.append(group)
        self._relayout()
        group.show()

    def _plan(self, width: int) -> tile_plan.Plan:
        return tile_plan.plan([len(group.tiles) for group in self.groups], width)

    def needed_height(self, width: int | None = None) -> int:
        if not self.groups:
            return 0
        return self._plan(self.width() if width is None else width).height

    def sizeHint(self) -> QSize:
        return QSize(self.width() or 900, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(tile_plan.MIN_TILE_WIDTH * 2, self._height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._relayout()

    def _relayout(self) -> None:
        height = 0
        if self.groups:
            layout = self._plan(self.width())
            for group, place in zip(self.groups, layout.groups, strict=True):
                group.place(place, layout.tile_width)
            height = layout.height
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)
            self.updateGeometry()
            self.height_changed.emit(height)


class TilesScroll(QScrollArea):
    """Holds the panel: as tall as the tiles need; scrolls only in a window too small for them.

    The scroll bar is shown only when the page's layout cannot give the area the panel's height:
    shown as soon as new tiles make the panel taller, before the layout, it would appear for a
    moment, narrowing the panel and laying every tile out twice (and back when it goes)."""

    def __init__(self, panel: TilesPanel, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setWidget(panel)
        self.panel = panel
        panel.height_changed.connect(self._fit)

    def _fit(self, height: int) -> None:
        self.setMaximumHeight(height + 2 if height else 0)
        self.updateGeometry()
        page = self.parentWidget()
        if page is not None and page.layout() is not None:
            page.layout().activate()  # the height it can have, now rather than on the next turn
        self._update_bar()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_bar()

    def _update_bar(self) -> None:
        needed = self.height() < self.panel.height()
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if needed
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.maximumHeight())
