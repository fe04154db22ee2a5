"""Typing a budget row in the grid, spreading a yearly amount, saving the original and then a
revision with a reason; the grid model passes the model tester."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from branchops.core.budget.facts import versions, year_facts
from branchops.ui.budget.budget_tab import BudgetTab
from branchops.ui.budget.revision_dialog import RevisionDialog
from branchops.ui.budget.spread_dialog import SpreadDialog


def _tab(ctx, qtbot) -> BudgetTab:
    tab = BudgetTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    return tab


def _row_of(tab: BudgetTab, category_id: int) -> int:
    return next(i for i, r in enumerate(tab.model.rows) if r.category_id == category_id)


def _type(tab: BudgetTab, qtbot, row: int, column: int, text: str) -> None:
    """Type into a cell as a user does: start editing, type, press Enter."""
    index = tab.model.index(row, column)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.focusWidget() if isinstance(tab.table.focusWidget(), QLineEdit) else None
    editors = [e for e in tab.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor = editor or editors[-1]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the editor's text queued
    qtbot.waitUntil(lambda: tab.model.row_values(row)[column - 1] == text)


def test_grid_model_passes_the_model_tester(ui_ctx, qtbot, qtmodeltester):
    tab = _tab(ui_ctx, qtbot)
    qtmodeltester.check(tab.model)
    assert tab.model.editable and tab.model.rowCount() == 9


def test_type_a_row_copy_it_and_save_the_original(ui_ctx, ids, year, qtbot):
    tab = _tab(ui_ctx, qtbot)
    office = _row_of(tab, ids["office"])
    for month in range(1, 13):
        _type(tab, qtbot, office, month, "1,000.5" if month == 1 else "1000")
    assert tab.model.data(tab.model.index(office, 1)) == "1,000.50"
    assert tab.model.data(tab.model.index(office, 13)) == "¥12,000.50"
    tab.copy_row()
    training = _row_of(tab, ids["training"])
    tab.table.setCurrentIndex(tab.model.index(training, 1))
    tab.paste_row()
    assert tab.buttons["save"].isEnabled()
    tab.save()
    with ui_ctx.db.session() as session:
        [original] = versions(session, year.year)
        facts = year_facts(session, year)
    assert original.original
    assert sum(facts.budget_of(ids["office"])) == Decimal("12000.50")
    assert facts.budget_of(ids["training"]) == facts.budget_of(ids["office"])


def test_bad_cells_are_marked_and_nothing_is_saved(ui_ctx, ids, year, qtbot, message_boxes):
    tab = _tab(ui_ctx, qtbot)
    office = _row_of(tab, ids["office"])
    _type(tab, qtbot, office, 3, "12.345")
    tab.save()
    assert (ids["office"], 2) in tab.model.errors
    assert message_boxes and "两位小数" in message_boxes[-1].text
    with ui_ctx.db.session() as session:
        assert versions(session, year.year) == []


def test_spread_by_typed_shares_then_a_revision_needs_a_reason(
    budgeted, ids, year, qtbot, monkeypatch
):
    tab = _tab(budgeted, qtbot)
    office = _row_of(tab, ids["office"])
    tab.table.setCurrentIndex(tab.model.index(office, 1))
    shown = []

    def run_spread(dialog: SpreadDialog) -> int:
        shown.append(dialog)
        dialog.total.setText("2400")
        dialog.distribution.setCurrentIndex(dialog.distribution.findData("shares"))
        for index, edit in enumerate(dialog.shares):
            edit.setText("5" if index < 8 else "15")
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(SpreadDialog, "exec", run_spread)
    tab.spread()
    assert tab.model.row_values(office) == ["120.00"] * 8 + ["360.00"] * 4

    def run_revision(dialog: RevisionDialog) -> int:
        dialog.save()  # no reason: refused at the field
        assert dialog.result() == 0
        assert dialog.errors._labels["reason"].isVisibleTo(dialog)
        dialog.reason.setPlainText("总部追加办公用品预算")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(RevisionDialog, "exec", run_revision)
    tab.save()
    with budgeted.db.session() as session:
        numbers = [(v.number, v.reason) for v in versions(session, year.year)]
    assert numbers == [(1, ""), (2, "总部追加办公用品预算")]
    # the original is shown read-only
    tab.version.setCurrentIndex(1)
    assert not tab.model.editable
    assert tab.model.total(office) == Decimal("1200.00")
