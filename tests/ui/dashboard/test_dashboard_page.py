"""The dashboard page: tiles arrive off the UI thread, a click opens the filtered list, the
agenda model passes the model tester, a new branch is told what to do first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from branchops import clock
from branchops.core.period import Month
from branchops.ui.actions.actions_page import ActionsPage
from branchops.ui.dashboard.dashboard_page import DashboardPage
from branchops.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 30_000


def _loaded(page: DashboardPage, qtbot) -> DashboardPage:
    page.refresh()
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)
    return page


def test_tiles_and_agenda_on_demo_data(demo_ctx, qtbot, qtmodeltester):
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    _loaded(page, qtbot)
    assert {"quality.average_score", "actions.overdue", "staff.coverage_gaps"} <= set(
        page.tiles.tiles
    )
    assert page.agenda_model.rowCount() > 0
    qtmodeltester.check(page.agenda_model)
    assert page.charts.tabs.count() >= 1
    assert page.month_box.itemData(0) == Month.of(clock.today())
    assert page.first_steps.isHidden()


def test_clicking_a_tile_opens_the_filtered_list(demo_ctx, qtbot):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show_page_key("dashboard")
    page = window.page_widget(0)
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)
    tile = page.tiles.tiles["actions.overdue"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    actions = window.stack.currentWidget()
    assert isinstance(actions, ActionsPage)
    assert actions.overdue.isChecked()
    assert all(row.overdue for row in actions.model.loaded_rows())


def test_cached_until_data_changes(demo_ctx, qtbot):
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    _loaded(page, qtbot)
    generation = page.generation
    page.refresh()
    assert page.generation == generation and page.is_ready()  # shown from the cache
    demo_ctx.events.data_changed.emit("actions")
    page.refresh()
    assert page.generation > generation
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)


def test_a_new_branch_sees_its_first_steps(ui_ctx, qtbot):
    page = DashboardPage(ui_ctx)
    qtbot.addWidget(page)
    _loaded(page, qtbot)
    assert not page.first_steps.isHidden()
    text = page.first_steps.text()
    assert "人员" in text or "Staff" in text
    tile = page.tiles.tiles["actions.open"]
    assert "Settings" in tile.toolTip() or "设置" in tile.toolTip()


def test_a_loader_outlives_the_page_that_started_it(demo_ctx, qtbot):
    import gc

    from PySide6.QtCore import QThreadPool

    from branchops.ui.workers import KeptRunnable

    page = DashboardPage(demo_ctx)
    page.refresh()
    loader = page.loader
    assert loader is not None
    page.deleteLater()
    del page
    gc.collect()
    assert loader in KeptRunnable._running or loader._done.is_set()
    assert QThreadPool.globalInstance().waitForDone(LOAD_TIMEOUT_MS)
    assert loader._done.is_set()


def test_only_the_visible_chart_is_drawn_until_another_tab_is_shown(demo_ctx, qtbot):
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    _loaded(page, qtbot)
    charts = page.charts
    keys = [charts.tabs.widget(i).property("chart_key") for i in range(charts.tabs.count())]
    assert len(keys) >= 2, keys
    assert charts.current_key() == keys[0] and charts.has_chart(keys[0])
    assert not any(charts.has_chart(key) for key in keys[1:])
    assert not charts.save_button.isEnabled() or charts.current_key() == keys[0]
    charts.tabs.setCurrentIndex(1)
    assert not charts.save_button.isEnabled()
    qtbot.waitUntil(lambda: charts.has_chart(keys[1]), timeout=LOAD_TIMEOUT_MS)
    assert charts.save_button.isEnabled()
    page.refresh()  # from the cache: both pictures kept, nothing drawn again
    assert charts.has_chart(keys[0]) and charts.has_chart(keys[1]) and not page.drawing
