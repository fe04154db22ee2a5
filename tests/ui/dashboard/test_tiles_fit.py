"""At 1366x768, sidebar shown, every KPI tile of every area is on screen without scrolling, in
both languages, with the agenda and the charts still visible below."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from branchops import i18n
from branchops.core import dashboard
from branchops.ui.app import STYLE_SHEET
from branchops.ui.dashboard import tile_plan
from branchops.ui.dashboard.dashboard_page import MIN_BOTTOM_HEIGHT, DashboardPage
from branchops.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 30_000
SCREEN = (1366, 768)


@pytest.fixture
def styled(qapp):
    """The application's style sheet (fonts and sizes as users see them)."""
    previous = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet(previous)


@pytest.fixture
def language(request):
    before = i18n.current_language()
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language(before)


def _rect_in(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_tile_is_visible_at_1366x768(demo_ctx, qtbot, styled, language):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    window.show_page_key("dashboard")
    page = window.page_widget(0)
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)
    QApplication.processEvents()

    expected = {definition.key for _area, group in dashboard.groups() for definition in group}
    assert set(page.tiles.tiles) == expected and len(expected) >= 35
    scroll = page.tiles_scroll
    assert scroll.verticalScrollBar().maximum() == 0, "the tiles do not scroll"
    viewport = scroll.viewport()
    shown = viewport.rect()
    for key, tile in page.tiles.tiles.items():
        assert tile.isVisibleTo(window), key
        assert shown.contains(_rect_in(tile, viewport)), (key, _rect_in(tile, viewport), shown)
        for label in (tile.title, tile.value, tile.target, tile.detail):
            assert tile.rect().contains(_rect_in(label, tile)), (key, label.text())
        assert tile.title.fontMetrics().horizontalAdvance(tile.title.text()) <= tile.title.width()
        assert tile.tile.title in tile.toolTip(), "the full name is in the tooltip"
    page_rect = page.rect()
    assert page_rect.contains(_rect_in(scroll, page))
    assert page.bottom.isVisibleTo(window)
    assert page.bottom.height() >= MIN_BOTTOM_HEIGHT
    assert page_rect.contains(_rect_in(page.bottom, page))
    assert page.charts.tabs.count() >= 1 and page.agenda_model.rowCount() > 0


def test_the_plan_keeps_groups_apart_and_inside_the_width():
    counts = [3, 3, 5, 4, 7, 5, 8]
    width = 1170
    layout = tile_plan.plan(counts, width)
    rects = [QRect(p.x, p.y, p.width, p.height) for p in layout.groups]
    for place, count, rect in zip(layout.groups, counts, rects, strict=True):
        assert place.columns * place.rows >= count
        assert rect.right() < width
    for i, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[i + 1 :])
    assert layout.height == max(r.bottom() + 1 for r in rects)
    assert layout.tile_width >= tile_plan.MIN_TILE_WIDTH
    assert layout.height < tile_plan.plan(counts, 800).height, "narrower means taller, not wider"
