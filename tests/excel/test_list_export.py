from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from branchops.excel.list_export import write_list
from tests.excel.conftest import calamine_rows, formula_cells

HOSTILE = ['=HYPERLINK("http://evil.example","点我")', "+1", "@SUM(A1:A9)", "-2+3"]


def _write(tmp_path, **kwargs):
    rows = [
        ["E1", "张三", "13812341234", HOSTILE[0], Decimal("1234.5"), date(2026, 1, 2), 0.25],
        ["E2", "李四", "13900001111", HOSTILE[1], None, None, None],
        ["E3", "王五", "", HOSTILE[2], 3, date(2026, 3, 4), 1.0],
        ["E4", "赵六", "021-58881234", HOSTILE[3], 0, None, 0],
    ]
    return write_list(
        tmp_path / "list.xlsx",
        "员工名单",
        ["工号", "姓名", "手机", "备注", "金额", "日期", "比例"],
        rows,
        ["text", "text", "text", "text", "money", "date", "percent"],
        pii_columns={2},
        **kwargs,
    )


def test_hostile_text_is_never_a_formula(tmp_path):
    path = _write(tmp_path)
    assert formula_cells(path) == []
    ws = load_workbook(path).active
    notes = [ws.cell(row=r, column=4) for r in range(5, 9)]
    assert [c.value for c in notes] == HOSTILE
    assert all(c.data_type == "s" and c.quotePrefix for c in notes)
    rows = calamine_rows(path, "员工名单")
    assert [r[3] for r in rows[4:8]] == HOSTILE


def test_phone_column_is_masked_unless_unmasked(tmp_path):
    rows = calamine_rows(_write(tmp_path), "员工名单")
    assert [r[2] for r in rows[4:8]] == ["138****1234", "139****1111", "", "****1234"]
    assert not any("13812341234" in str(cell) for row in rows for cell in row)
    rows = calamine_rows(_write(tmp_path, mask_pii=False), "员工名单")
    assert rows[4][2] == "13812341234"


def test_formats_filter_freeze_and_print_setup(tmp_path):
    ws = load_workbook(_write(tmp_path)).active
    assert ws["E5"].number_format == "¥#,##0.00" and ws["E5"].value == 1234.5
    assert ws["F5"].number_format == "yyyy-mm-dd"
    assert ws["G5"].number_format == "0.0%"
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == "A4:G8"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert 40 <= ws.page_setup.scale <= 100  # a fixed scale: page breaks land where planned
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4"
    assert ws.column_dimensions["D"].width > ws.column_dimensions["A"].width


def test_an_empty_list_still_makes_a_readable_file(tmp_path):
    path = write_list(tmp_path / "empty.xlsx", "空", ["A", "B"], [], ["text", "int"])
    rows = calamine_rows(path, "空")
    assert rows[3][:2] == ["A", "B"]
