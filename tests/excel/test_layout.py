"""Sheet layout: per-table column widths, print titles only over their own table, page breaks
that keep a chart or a table's start together, and a header repeated where a table continues."""

from __future__ import annotations

from openpyxl import load_workbook

from branchops.excel.layout import lay_out
from branchops.excel.render import RenderOptions, _data, new_workbook, render_sheet
from branchops.excel.sheetmodel import Chart, Column, Kind, SheetModel, Table, Title


def _layout(model):
    options = RenderOptions()
    return lay_out(model, lambda value, kind: _data(value, kind, options))


def _numbers(rows=5, key="main", main=True):
    return Table(
        [Column("Name"), Column("Count", Kind.INT), Column("Share", Kind.PERCENT)],
        [[f"row {n}", n, n / 10] for n in range(rows)],
        key=key,
        main=main,
    )


def test_a_long_column_of_a_second_table_spans_columns_instead_of_widening_them():
    details = Table([Column("Day", Kind.DATE), Column("Details", width=60)], [[None, "x" * 60]])
    layout = _layout(SheetModel("s", [Title("t"), _numbers(), details]))
    assert layout.widths[2] < 20  # the Count column keeps its own width
    line = next(
        line for line in layout.lines if any(s.value == "x" * 60 for s in line.cells.values())
    )
    assert line.cells[2].span > 1


def test_print_titles_only_when_the_main_table_is_the_last_block(tmp_path):
    wb = new_workbook()
    render_sheet(wb, SheetModel("last", [Title("t"), Table([Column("A")], [["a"]]), _numbers()]))
    render_sheet(wb, SheetModel("first", [Title("t"), _numbers(), Table([Column("A")], [["a"]])]))
    wb.save(tmp_path / "p.xlsx")
    book = load_workbook(tmp_path / "p.xlsx")
    assert book["last"].print_title_rows and not book["first"].print_title_rows


def test_a_table_continued_on_the_next_page_repeats_its_header():
    model = SheetModel("s", [Title("t"), _numbers(120, main=False, key="long"), _numbers(3)])
    layout = _layout(model)
    headers = [n for n, line in enumerate(layout.lines, start=1) if line.role == "header"]
    assert layout.breaks and len(headers) >= 3  # long table twice (at least), main once
    assert any(b + 1 in headers for b in layout.breaks)


def test_a_chart_never_straddles_a_planned_page_break():
    blocks = [Title("t"), _numbers(20, main=False, key="a")]
    blocks += [Chart("a", 0, (1,), "chart"), _numbers(20, main=False, key="b")]
    blocks += [Chart("b", 0, (1,), "chart 2"), _numbers(3)]
    layout = _layout(SheetModel("s", blocks))
    assert len(layout.charts) == 2
    for _, first in layout.charts:
        last = first
        while last < len(layout.lines) and layout.lines[last].role == "chart":
            last += 1  # lines[last] is row last + 1
        assert not any(first - 1 <= b < last for b in layout.breaks)
