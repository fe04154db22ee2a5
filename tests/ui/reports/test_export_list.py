"""“Export to Excel…” of a list view: visible rows and columns, masked personal data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from python_calamine import CalamineWorkbook

from branchops.ui.widgets import export_list
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel


@dataclass(frozen=True)
class Person:
    name: str
    phone: str
    since: date
    note: str


ROWS = [
    Person("王芳", "13812345678", date(2024, 1, 2), '=HYPERLINK("http://x","y")'),
    Person("李强", "13900001111", date(2023, 5, 6), "普通"),
]
COLUMNS = (
    Column("name", "Name"),
    Column("phone", "Phone", pii=True),
    Column("since", "Since", ColumnKind.DATE),
    Column("note", "Note"),
)


def test_export_writes_the_visible_rows_masked(ui_ctx, qtbot, tmp_path, monkeypatch):
    model = InMemoryTableModel(COLUMNS, ROWS)
    view = ListView(model, "people", ui_ctx, "人员")
    qtbot.addWidget(view)
    view.table.setColumnHidden(2, True)
    view.search.setText("王")
    view._apply_search()
    target = tmp_path / "people.xlsx"
    monkeypatch.setattr(export_list, "ask_path", lambda *a: target)
    monkeypatch.setattr(export_list, "ask_unmask", lambda *a: False)
    shown: list[str] = []
    monkeypatch.setattr(export_list.QMessageBox, "information", lambda *a: shown.append(a[2]))
    export_list.export_list_dialog(view, ui_ctx, view)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    book = CalamineWorkbook.from_path(str(target))
    rows = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    assert rows[3] == [COLUMNS[0].label, COLUMNS[1].label, COLUMNS[3].label]
    assert rows[4] == ["王芳", "138****5678", '=HYPERLINK("http://x","y")']
    assert len(rows) == 5
