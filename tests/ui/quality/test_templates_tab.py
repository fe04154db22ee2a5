"""The checklists tab: rows reorder by drag and drop (the model's drop API), saved in the
database; the model stays a proper table model."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from branchops.core.quality.templates import list_templates, save_template
from branchops.ui.quality.templates_tab import TemplatesTab
from tests.core.quality.conftest import small_template

NAMES = ["柜面检查", "营业厅巡检", "金库检查"]


def _tab(ctx, qtbot) -> TemplatesTab:
    for name in NAMES:
        with ctx.db.unit_of_work(ctx.user) as uow:
            save_template(uow, ctx.user, small_template(name))
    tab = TemplatesTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def _saved_names(ctx) -> list[str]:
    with ctx.db.session() as session:
        return [row.name for row in list_templates(session)]


def test_dropping_a_row_saves_the_new_order(ui_ctx, qtbot, qtmodeltester):
    tab = _tab(ui_ctx, qtbot)
    qtmodeltester.check(tab.model)  # stays attached: checks the move signals below too
    proxy = tab.list.proxy
    assert tab.list.table.dragDropMode() == tab.list.table.DragDropMode.InternalMove
    assert tab.model.flags(tab.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert tab.model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert proxy.supportedDropActions() & Qt.DropAction.MoveAction

    data = proxy.mimeData([proxy.index(0, c) for c in range(proxy.columnCount())])
    with qtbot.waitSignal(ui_ctx.events.data_changed):
        assert proxy.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert _saved_names(ui_ctx) == [NAMES[1], NAMES[2], NAMES[0]]
    assert tab.list.current_row().name == NAMES[0]

    # Dropped on an item: takes that item's place.
    data = proxy.mimeData([proxy.index(2, 0)])
    with qtbot.waitSignal(ui_ctx.events.data_changed):
        assert proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, proxy.index(0, 1))
    assert _saved_names(ui_ctx) == [NAMES[0], NAMES[1], NAMES[2]]
    assert [r.name for r in tab.model.loaded_rows()] == NAMES


def test_moves_that_go_nowhere_are_refused(ui_ctx, qtbot):
    tab = _tab(ui_ctx, qtbot)
    model, root = tab.model, QModelIndex()
    assert not model.moveRows(root, 1, 1, root, 1)  # onto itself
    assert not model.moveRows(root, 1, 1, root, 2)  # just below itself
    assert not model.moveRows(root, 0, 4, root, 0)  # more rows than there are
    assert not model.moveRows(root, 0, 1, root, 9)
    data = model.mimeData([model.index(0, 0)])
    assert not model.dropMimeData(data, Qt.DropAction.CopyAction, 2, 0, root)
    assert [r.name for r in model.loaded_rows()] == NAMES


def test_keyboard_and_drag_agree(ui_ctx, qtbot):
    tab = _tab(ui_ctx, qtbot)
    tab.list.table.selectRow(2)
    tab.move(-1)
    assert _saved_names(ui_ctx) == [NAMES[0], NAMES[2], NAMES[1]]
    with qtbot.waitSignal(ui_ctx.events.data_changed):
        assert tab.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert _saved_names(ui_ctx) == [NAMES[2], NAMES[1], NAMES[0]]
