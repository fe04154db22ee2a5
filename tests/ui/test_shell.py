"""The main window, settings, wizard, workers and generic table models."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from branchops.core.branch.queries import load_profile
from branchops.core.listing import ListQuery
from branchops.ui.dialogs.settings_dialog import SettingsDialog
from branchops.ui.dialogs.setup_wizard import SetupWizard
from branchops.ui.main_window import MainWindow
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel
from branchops.ui.workers import Cancelled, Task


@dataclass(frozen=True)
class Item:
    n: int
    name: str


ITEMS = [Item(i, f"item {i:04d}") for i in range(1000)]
COLUMNS = (Column("n", "No.", ColumnKind.INT), Column("name", "Name"))


def _fetch(query: ListQuery) -> list[Item]:
    rows = [r for r in ITEMS if query.search in r.name]
    rows.sort(key=lambda r: getattr(r, query.sort_key or "n"), reverse=query.descending)
    end = None if query.limit is None else query.offset + query.limit
    return rows[query.offset : end]


def _count(query: ListQuery) -> int:
    return sum(1 for r in ITEMS if query.search in r.name)


def test_query_model_fetches_lazily_and_sorts_in_the_source(qtmodeltester):
    model = QueryTableModel(COLUMNS, _fetch, _count, page_size=100)
    model.reload()
    assert model.rowCount() == 1000 and model.total == 1000  # rows beyond the first: on demand
    assert not model.canFetchMore() and len(model.loaded_rows()) == 100
    assert model.data(model.index(150, 1)) == "item 0150"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).n == 999 and len(model.loaded_rows()) == 100
    model.set_search("item 00")
    assert model.total == 100
    assert len(list(model.all_rows())) == 100
    qtmodeltester.check(model)


def test_in_memory_model(qtmodeltester):
    model = InMemoryTableModel(COLUMNS, ITEMS[:20])
    assert model.data(model.index(3, 1)) == "item 0003"
    qtmodeltester.check(model)


def test_list_view_search_filters_and_counts(qtbot, ui_ctx):
    model = QueryTableModel(COLUMNS, _fetch, _count, page_size=50)
    view = ListView(model, "test", ui_ctx)
    qtbot.addWidget(view)
    model.reload()
    view.search.setText("item 09")
    qtbot.waitUntil(lambda: model.total == 100)
    assert "100" in view.counter.text()
    assert len(view.visible_rows()) == 100


def test_main_window_remembers_last_page(qtbot, ui_ctx):
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show_page(len(window.pages) - 1)
    last_key = window.pages[-1].key
    window.close()
    again = MainWindow(ui_ctx)
    qtbot.addWidget(again)
    assert again.sidebar.currentRow() == len(again.pages) - 1
    assert ui_ctx.qsettings.value("main/last_page") == last_key
    assert "测试支行" in again.branch_label.text()


def test_settings_dialog_shows_field_errors_and_saves_nothing(qtbot, ui_ctx):
    dialog = SettingsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.profile_form.name.setText("")
    dialog.profile_form.code.setText("?")
    dialog._save()
    assert dialog.result() == 0
    assert not dialog.profile_form.errors._labels["name"].isHidden()
    with ui_ctx.db.session() as session:
        assert load_profile(session).name == "测试支行"


def test_settings_dialog_saves_profile(qtbot, ui_ctx):
    dialog = SettingsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.profile_form.name.setText("城西支行")
    with qtbot.waitSignal(ui_ctx.events.profile_changed):
        dialog._save()
    with ui_ctx.db.session() as session:
        assert load_profile(session).name == "城西支行"


def test_wizard_saves_profile(qtbot, ui_ctx):
    wizard = SetupWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    form = wizard.profile.form
    form.code.setText("BR0999")
    form.name.setText("新区支行")
    assert wizard.profile.validatePage()
    with ui_ctx.db.session() as session:
        assert load_profile(session).code == "BR0999"


def test_task_reports_progress_result_and_cancel(qtbot):
    def work(control):
        for i in range(3):
            control.progress(i, 3, "")
        return 42

    task = Task(work)
    with qtbot.waitSignal(task.signals.result) as result:
        task.run()
    assert result.args == [42]

    def cancelling(control):
        control.cancel()
        control.check()
        raise AssertionError("not reached")

    stopped = Task(cancelling)
    with qtbot.waitSignal(stopped.signals.cancelled):
        stopped.run()
    assert isinstance(Cancelled(), Exception)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_smoke_run_visits_every_page_without_errors(qapp, demo_ctx, tmp_path, lang):
    from branchops import i18n
    from branchops.ui.smoke import run_smoke

    i18n.set_language(lang)
    assert run_smoke(qapp, demo_ctx, tmp_path / "shots") == 0
    assert list((tmp_path / "shots").glob(f"*_{lang}.png"))


def test_run_task_connects_finished_before_starting_and_survives_a_closed_parent(qtbot):
    from PySide6.QtWidgets import QWidget

    from branchops.ui.workers import TaskRunner, run_task

    parent = QWidget()
    results, finished = [], []
    runner = run_task(
        parent, "t", lambda control: 7, results.append, on_finished=lambda: finished.append(1)
    )
    parent.deleteLater()
    qtbot.waitUntil(lambda: finished == [1])
    assert results == [7]
    assert runner not in TaskRunner._running
