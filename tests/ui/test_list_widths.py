"""Column widths are kept per list, but not the stretched last column: a list opened in a
narrower window than the one it was last seen in fits without a horizontal scroll bar."""

from __future__ import annotations

from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

COLUMNS = (
    Column("name", "Name", width=90),
    Column("hours", "Hours", ColumnKind.NUMBER, 60),
    Column("share", "Of target", ColumnKind.PERCENT, 70),
)
ROWS = [{"name": "张三", "hours": 12.0, "share": 0.5}]


def _view(ctx, qtbot, width: int) -> ListView:
    view = ListView(InMemoryTableModel(COLUMNS, [type("R", (), r) for r in ROWS]), "t.w", ctx)
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_list_seen_wide_fits_a_narrow_window_later(ui_ctx, qtbot):
    wide = _view(ui_ctx, qtbot, 1200)
    wide.table.setColumnWidth(0, 140)  # the user widens the first column
    assert wide.table.columnWidth(2) > 600  # the last column stretched to the wide window
    wide.close()
    narrow = _view(ui_ctx, qtbot, 500)
    assert narrow.table.columnWidth(0) == 140  # what the user set is kept
    assert narrow.table.horizontalScrollBar().maximum() == 0
