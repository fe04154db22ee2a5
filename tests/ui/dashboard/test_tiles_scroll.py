"""The tiles' scroll area: arriving areas never flash its scroll bar (which would narrow the
panel and lay every tile out again), and a window too small for the tiles still scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from branchops.core import kpi
from branchops.core.dashboard import Tile
from branchops.ui.dashboard.tiles_panel import TilesPanel, TilesScroll

AREAS = {"quality": 3, "actions": 3, "staff": 5, "training": 4, "budget": 7, "risk": 5}


def _tiles(area: str, count: int) -> list[Tile]:
    return [
        Tile(
            key=f"{area}.{i}",
            area=area,
            title=f"{area} {i}",
            explanation="",
            unit=kpi.Unit.COUNT,
            value=float(i),
            previous=None,
            same_month_last_year=None,
            target=None,
            status=kpi.Status.NONE,
            higher_is_better=True,
            page=area,
            filters={},
        )
        for i in range(count)
    ]


class Widths(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[int] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.seen.append(event.size().width())
        return False


def _page(qtbot, height: int) -> tuple[QWidget, TilesPanel, TilesScroll]:
    page = QWidget()
    layout = QVBoxLayout(page)
    panel = TilesPanel()
    scroll = TilesScroll(panel)
    layout.addWidget(scroll)
    layout.addWidget(QLabel("below"), 1)
    qtbot.addWidget(page)
    page.resize(1100, height)
    page.show()
    qtbot.waitExposed(page)
    return page, panel, scroll


def _add_all(panel: TilesPanel) -> None:
    for area, count in AREAS.items():
        panel.add_area(area, _tiles(area, count))
        QApplication.processEvents()
    QApplication.processEvents()


def test_arriving_areas_keep_the_panel_width(qtbot):
    _page_widget, panel, scroll = _page(qtbot, 900)
    widths = Widths()
    panel.installEventFilter(widths)
    _add_all(panel)
    assert not scroll.verticalScrollBar().isVisible()
    assert set(widths.seen) <= {scroll.viewport().width()}, widths.seen


def test_a_window_too_small_for_the_tiles_scrolls(qtbot):
    page, panel, scroll = _page(qtbot, 900)
    _add_all(panel)
    page.resize(1100, 150)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().isVisible())
    assert scroll.verticalScrollBar().maximum() > 0
    page.resize(1100, 900)
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())
