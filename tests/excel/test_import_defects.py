"""Each class of import defect found by the independent check, with files generated here."""

from __future__ import annotations

import time
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from branchops import i18n
from branchops.core.errors import ValidationError
from branchops.core.quality.templates import list_templates
from branchops.core.quality.versions import load_template_input
from branchops.core.staff.models import Staff
from branchops.core.staff.service import StaffInput, create_staff, normal_employee_no
from branchops.excel.imports import FileRejected, commit_parsed, parse_file, run_import
from branchops.excel.imports import reader as reader_module
from branchops.excel.imports.kinds import get_kind
from branchops.excel.imports.template import write_template
from tests.excel.xlsx_parts import in_sheet, rewrite, strict, word_document, workbook

HEADER = ["工号", "姓名", "岗位", "入职日期", "每周合同工时", "技能", "手机"]


def _people(db) -> dict[str, Staff]:
    with db.session() as session:
        return {s.employee_no: s for s in session.scalars(select(Staff))}


def _count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Staff))


def _problems(db, manager, path, kind="staff") -> list[str]:
    with pytest.raises(ValidationError) as error:
        run_import(db, manager, kind, path)
    return [p.message for p in error.value.problems]


def _refused(db, manager, path, kind="staff") -> str:
    with pytest.raises(FileRejected) as error:
        run_import(db, manager, kind, path)
    return str(error.value)


def _seed(db, manager, tmp_path):
    rows = [HEADER, ["E0024", "邹晨诺", "柜员", "2021-03-01", 20, "柜员上岗、急救", "13800001111"]]
    run_import(db, manager, "staff", workbook(tmp_path / "seed.xlsx", rows))


# --- 2. blank cells in an update keep the stored values; the marker clears ---------------------


def test_the_apps_own_template_with_blank_cells_changes_only_what_is_filled(db, manager, tmp_path):
    _seed(db, manager, tmp_path)
    path = write_template(get_kind("staff"), tmp_path / "t.xlsx")
    wb = load_workbook(path)
    # employee no., name, position … phone: everything blank but the phone
    wb.worksheets[0].append(
        ["E0024", "邹晨诺", None, None, None, None, None, None, None, "13800008888"]
    )
    wb.save(path)
    parsed = parse_file(get_kind("staff"), path)
    preview = commit_parsed(db, manager, parsed, dry_run=True)
    assert (preview.created, preview.updated) == (0, 1)
    assert [(c.field, c.old, c.new) for c in preview.changes] == [
        (i18n.translate("Import", "Mobile phone"), "13800001111", "13800008888")
    ]
    commit_parsed(db, manager, parsed)
    person = _people(db)["E0024"]
    assert person.hire_date == date(2021, 3, 1) and person.position.name == "柜员"
    assert person.contract_minutes_per_week == 20 * 60
    assert sorted(s.skill.name for s in person.skills) == ["急救", "柜员上岗"]
    assert person.phone == "13800008888"


def test_the_clear_marker_erases_a_field_and_the_template_explains_it(db, manager, tmp_path):
    _seed(db, manager, tmp_path)
    rows = [["工号", "姓名", "技能", "入职日期"], ["E0024", "邹晨诺", "[清空]", "［clear］"]]
    summary = run_import(db, manager, "staff", workbook(tmp_path / "clear.xlsx", rows))
    assert summary.updated == 1 and len(summary.changes) == 2
    person = _people(db)["E0024"]
    assert person.skills == [] and person.hire_date is None
    assert person.position.name == "柜员"  # not in the file: kept
    template = load_workbook(write_template(get_kind("staff"), tmp_path / "t.xlsx"))
    notes = [c.value for row in template.worksheets[1].iter_rows() for c in row if c.value]
    assert any("[清空]" in str(note) for note in notes)


def test_a_required_column_cannot_be_cleared(db, manager, tmp_path):
    rows = [["工号", "姓名"], ["E1", "[清空]"]]
    lines = _problems(db, manager, workbook(tmp_path / "x.xlsx", rows))
    assert len(lines) == 1 and "B (姓名)" in lines[0]


# --- 3. bounded reading ------------------------------------------------------------------------


def test_a_styled_cell_at_the_last_cell_and_a_space_far_down_cost_nothing(db, manager, tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in (HEADER, ["E1", "王芳", "柜员", "2021-03-01", 40, "", ""]):
        ws.append(row)
    ws.cell(row=1_048_576, column=16_384).number_format = "0.00"  # styled, empty
    ws["A1048575"] = " "
    path = tmp_path / "far.xlsx"
    wb.save(path)
    start = time.perf_counter()
    summary = run_import(db, manager, "staff", path)
    assert summary.created == 1
    assert time.perf_counter() - start < 5  # was 24 GB and killed, or 43 s


def test_data_beyond_the_column_limit_is_refused_naming_the_cell(db, manager, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["E1", "王芳"])
    ws["XFD2"] = "x"
    wb.save(tmp_path / "wide.xlsx")
    message = _refused(db, manager, tmp_path / "wide.xlsx")
    assert "XFD2" in message and "CV" in message


def test_too_many_rows_are_refused_with_the_limit(db, manager, tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "MAX_ROWS", 5)
    rows = [HEADER] + [[f"E{n}", f"员工{n}"] for n in range(10)]
    message = _refused(db, manager, workbook(tmp_path / "long.xlsx", rows))
    assert "5" in message and _count(db) == 0


# --- 4. unreadable packages: one located message -----------------------------------------------


def _good(tmp_path, name):
    return workbook(tmp_path / name, [HEADER, ["E1", "王芳"]])


def test_unreadable_packages_get_one_located_message(db, manager, tmp_path):
    i18n.set_language("en")
    docx = word_document(tmp_path / "letter.xlsx")
    assert "Word" in _refused(db, manager, docx)
    cut = rewrite(_good(tmp_path, "cut.xlsx"), lambda n, d: d[:-40] if "sheet1" in n else d)
    message = _refused(db, manager, cut)
    assert "人员名单" in message and "sheet1.xml" in message
    control = rewrite(_good(tmp_path, "ctl.xlsx"), in_sheet("<sheetData>", "<sheetData>\x07"))
    assert "line 1" in _refused(db, manager, control)
    missing = rewrite(_good(tmp_path, "gone.xlsx"), lambda n, d: None if "sheet1" in n else d)
    assert "sheet1.xml" in _refused(db, manager, missing)


def test_a_valid_workbook_named_xls_and_a_strict_workbook_import(db, manager, tmp_path):
    xls = _good(tmp_path, "list.xls")
    assert run_import(db, manager, "staff", xls).created == 1
    strict_file = rewrite(workbook(tmp_path / "strict.xlsx", [HEADER, ["E2", "李强"]]), strict)
    assert run_import(db, manager, "staff", strict_file).created == 1


# --- 5. a template's values in both languages --------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_checklist_template_values_are_read_in_both_languages(db, manager, tmp_path, language):
    i18n.set_language(language)
    rows = [
        ["检查表", "频次", "部分", "检查项目", "答题方式"],
        ["晨检", "每个工作日", "大厅", "地面整洁", "合格／不合格／不适用"],
        ["晨检", None, "大厅", "灯光正常", "Pass / fail / N/A"],
        ["晨检", None, "大厅", "叫号机正常", "Yes / no"],
    ]
    summary = run_import(db, manager, "checklist", workbook(tmp_path / "c.xlsx", rows, "检查表"))
    assert summary.created == 1


# --- 6–9. duplicate headings, error values, formulas without results, several sheets ------------


def test_duplicate_headings_are_refused_naming_both_columns(db, manager, tmp_path):
    rows = [["工号", "姓名", "岗位", "姓名"], ["E1", "王芳", "柜员", "王芳芳"]]
    message = _refused(db, manager, workbook(tmp_path / "dup.xlsx", rows))
    assert "B" in message and "D" in message and "姓名" in message


def test_excel_error_values_are_refused_naming_the_cell(db, manager, tmp_path):
    rows = [HEADER, ["E1", "#N/A"], ["E2", "王芳", "#REF!"]]
    lines = _problems(db, manager, workbook(tmp_path / "err.xlsx", rows))
    assert len(lines) == 2
    assert "row 2" in lines[0] or "第 2 行" in lines[0]
    assert "#N/A" in lines[0] and "#REF!" in lines[1]


def test_a_formula_without_a_saved_result_is_refused(db, manager, tmp_path):
    rows = [HEADER, ["E1", "王芳", '=IF(1,"柜员","")', None, "=20*2"]]
    lines = _problems(db, manager, workbook(tmp_path / "f.xlsx", rows))
    assert len(lines) == 2 and all("Excel" in line for line in lines)
    assert _count(db) == 0


def test_several_visible_sheets_with_the_headings_are_refused(db, manager, tmp_path):
    path = workbook(tmp_path / "two.xlsx", [HEADER, ["E1", "王芳"]], 二部=[HEADER, ["E2", "李强"]])
    message = _refused(db, manager, path)
    assert "人员名单" in message and "二部" in message


def test_headings_only_on_a_hidden_sheet_say_so(db, manager, tmp_path):
    path = workbook(tmp_path / "hid.xlsx", [["说明"]], 隐藏=[HEADER, ["E1", "王芳"]])
    wb = load_workbook(path)
    wb["隐藏"].sheet_state = "hidden"
    wb.save(path)
    assert "隐藏" in _refused(db, manager, path)


# --- 10. one employee-number case rule ---------------------------------------------------------


def test_employee_numbers_have_one_case_rule_everywhere(db, manager, tmp_path):
    assert normal_employee_no(" ｅ0001 ") == "E0001"
    rows = [HEADER, ["x90001", "王芳"], ["X90001", "王芳"]]
    lines = _problems(db, manager, workbook(tmp_path / "case.xlsx", rows))
    assert len(lines) == 1
    run_import(db, manager, "staff", workbook(tmp_path / "a.xlsx", [HEADER, ["E0001", "王芳"]]))
    summary = run_import(
        db, manager, "staff", workbook(tmp_path / "b.xlsx", [HEADER, ["e0001", "王芳芳"]])
    )
    assert (summary.created, summary.updated) == (0, 1) and set(_people(db)) == {"E0001"}
    with db.unit_of_work(manager) as uow:
        new_id = create_staff(uow, manager, StaffInput(employee_no="e0002", name="李强"))
    assert new_id and "E0002" in _people(db)
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        create_staff(uow, manager, StaffInput(employee_no="E0002", name="另一个人"))


def test_names_longer_than_the_column_are_refused_by_the_one_validator(db, manager, tmp_path):
    rows = [HEADER, ["E1", "王" * 65]]
    assert len(_problems(db, manager, workbook(tmp_path / "long.xlsx", rows))) == 1
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        create_staff(uow, manager, StaffInput(employee_no="E9", name="王" * 65))


# --- 11. messages that say what to do ----------------------------------------------------------


def test_messages_for_empty_missing_and_header_only_files_say_what_to_do(db, manager, tmp_path):
    i18n.set_language("en")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "save it" in _refused(db, manager, empty)
    assert "Browse" in _refused(db, manager, tmp_path / "nope.xlsx")
    assert "Add one row" in _refused(db, manager, workbook(tmp_path / "h.xlsx", [HEADER]))
    spaces = workbook(tmp_path / "s.xlsx", [HEADER, [" ", "  "], ["\u3000"]])
    assert "only spaces" in _refused(db, manager, spaces)


def test_checklist_messages_for_inverted_limits_and_missing_choices(db, manager, tmp_path):
    i18n.set_language("en")
    rows = [
        ["检查表", "部分", "检查项目", "答题方式", "下限", "上限", "选项"],
        ["晨检", "大厅", "室温", "数值", 28, 18, None],
        ["晨检", "大厅", "服务态度", "选项", None, None, None],
    ]
    lines = _problems(db, manager, workbook(tmp_path / "c.xlsx", rows, "检查表"), "checklist")
    assert any("swap" in line for line in lines)
    assert any("label=score" in line for line in lines)


# --- smaller -----------------------------------------------------------------------------------


def test_odd_text_is_refused_or_read_as_written(db, manager, tmp_path):
    rows = [
        HEADER,
        ["E1", "王\u200b芳"],
        ["E2", "李\u202e强"],
        ["E3", "赵_x0007_敏"],
        ["E4", "周", None, "1/5/2026"],
    ]
    lines = _problems(db, manager, workbook(tmp_path / "odd.xlsx", rows))
    assert len(lines) == 4
    assert "U+200B" in lines[0] and "U+202E" in lines[1] and "U+0007" in lines[2]
    assert "2026-05-01" in lines[3]  # the ambiguous date, with the unambiguous way to write it
    ok = workbook(tmp_path / "ok.xlsx", [HEADER, ["E5", 1e308, None, "13/5/2026"]])
    run_import(db, manager, "staff", ok)
    person = _people(db)["E5"]
    assert person.name == "1e+308" and person.hire_date == date(2026, 5, 13)


def test_conflicting_checklist_rows_name_the_values_as_written(db, manager, tmp_path):
    i18n.set_language("en")
    rows = [
        ["检查表", "频次", "合格分", "部分", "检查项目"],
        ["晨检", "每月", 90, "大厅", "地面整洁"],
        ["晨检", "每周", 85, "大厅", "灯光正常"],
    ]
    lines = _problems(db, manager, workbook(tmp_path / "c.xlsx", rows, "检查表"), "checklist")
    text = " ".join(lines)
    assert "“monthly”" not in text and "90.0" not in text
    assert "Monthly" in text and "“90”" in text


def test_reimporting_a_checklist_with_blank_cells_keeps_item_settings(db, manager, tmp_path):
    header = ["检查表", "频次", "部分", "检查项目", "权重", "检查要点", "关键项"]
    first = [header, ["晨检", "每周", "大厅", "地面整洁", 5, "无纸屑", "是"]]
    run_import(db, manager, "checklist", workbook(tmp_path / "1.xlsx", first, "检查表"))
    again = [header, ["晨检", None, "大厅", "地面整洁", None, None, None]]
    run_import(db, manager, "checklist", workbook(tmp_path / "2.xlsx", again, "检查表"))
    with db.session() as session:
        template = list_templates(session)[0]
        data = load_template_input(session, template.id)
    item = data.sections[0].items[0]
    assert (item.weight, item.guidance, item.critical) == (5.0, "无纸屑", True)
    assert data.recurrence.value == "weekly"


# --- a number out of its column's range: the limits as a user writes them ------------------------


def test_an_amount_out_of_range_names_the_limits_in_plain_digits(db, manager, tmp_path):
    from branchops.excel.imports.spec import bound_text

    assert bound_text(1e8) == "100,000,000"
    assert bound_text(0.5) == "0.5"
    assert bound_text(12.25) == "12.25"
    rows = [HEADER, ["E0031", "韩雪", "柜员", "2021-03-01", 1e9, "", ""]]  # hours: 0.5 to 84
    problems = _problems(db, manager, workbook(tmp_path / "hours.xlsx", rows))
    assert len(problems) == 1 and "e+" not in problems[0]
    assert problems[0].endswith("请填写 0.5 到 84 之间的数。"), problems
    assert _count(db) == 0
