"""The page left last paints with the window, before the database opens, when it can."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from branchops.ui.context import AppContext
from branchops.ui.first_paint import FirstPaintProbe
from branchops.ui.main_window import MainWindow
from branchops.ui.pages.registry import all_pages

ROOT = Path(__file__).resolve().parents[2]
FRAME_FIRST = [spec for spec in all_pages() if spec.frame_first]


def _window_left_on(page: str, ui_ctx: AppContext) -> MainWindow:
    ui_ctx.qsettings.setValue("main/last_page", page)
    return MainWindow()


def test_the_dashboard_and_quality_pages_paint_before_the_database():
    assert {"dashboard", "quality"} <= {spec.key for spec in FRAME_FIRST}


@pytest.mark.parametrize("spec", FRAME_FIRST, ids=lambda spec: spec.key)
def test_a_frame_first_page_imports_no_sqlalchemy_or_area_models(spec):
    module = spec.widget.partition(":")[0]
    code = (
        "import sys; import branchops.cli, branchops.ui.app, branchops.ui.main_window; "
        f"import {module}; "
        "heavy = ('sqlalchemy', 'matplotlib', 'openpyxl', 'ortools', 'pandas'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy "
        "or m.endswith('.models')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("spec", FRAME_FIRST, ids=lambda spec: spec.key)
def test_the_frame_paints_disabled_then_loads_once_attached(qtbot, ui_ctx, capsys, spec):
    window = _window_left_on(spec.key, ui_ctx)
    qtbot.addWidget(window)
    early = AppContext.before_database(ui_ctx.paths, ui_ctx.settings)
    ended = []
    probe = FirstPaintProbe(window, 0.0, done=lambda: ended.append(True))
    window.show_frame(early)
    page = window.stack.currentWidget()
    assert page is window._widgets[spec.key] and not page.isEnabled()
    window.resize(1000, 640)
    window.show()
    qtbot.waitUntil(lambda: probe.painted)  # the page itself painted, no database yet
    assert not early.database_open
    early.db = ui_ctx.db
    window.attach(early)
    assert page.isEnabled() and window.stack.currentWidget() is page
    assert window.sidebar.currentRow() == [p.key for p in window.pages].index(spec.key)
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    complete = ["complete"] if callable(getattr(page, "is_ready", None)) else []
    assert names == ["shown", "page", "enabled", *complete]


def test_a_page_that_reads_at_once_waits_for_the_database(qtbot, ui_ctx):
    window = _window_left_on("roster", ui_ctx)
    qtbot.addWidget(window)
    index = [p.key for p in window.pages].index("roster")
    window.pages[index] = replace(window.pages[index], frame_first=False)
    window.show_frame(AppContext.before_database(ui_ctx.paths, ui_ctx.settings))
    assert window._widgets == {} and window.stack.currentWidget() is window.opening


def test_a_frame_built_before_a_language_change_is_built_again(qtbot, ui_ctx):
    window = _window_left_on("dashboard", ui_ctx)
    qtbot.addWidget(window)
    early = AppContext.before_database(ui_ctx.paths, ui_ctx.settings)
    window.show_frame(early)
    first = window._widgets["dashboard"]
    window.drop_built_pages()
    assert window._widgets == {} and window.stack.currentWidget() is window.opening
    assert window.stack.count() == len(window.pages) + 1
    early.db = ui_ctx.db
    window.attach(early)
    assert window._widgets["dashboard"] is not first
    assert window.stack.currentWidget() is window._widgets["dashboard"]
    qtbot.waitUntil(window._widgets["dashboard"].is_ready, timeout=20_000)
