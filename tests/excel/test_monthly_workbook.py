"""The monthly HQ workbook, read back with python-calamine and openpyxl."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from branchops import clock, i18n
from branchops.core import kpi
from branchops.core.actions.service import ActionInput, add_action
from branchops.core.branch.queries import load_profile
from branchops.core.branch.service import save_profile
from branchops.core.period import Month
from branchops.core.reports.service import export_log
from branchops.core.staff.models import Staff
from branchops.core.users.permissions import SINGLE_USER
from branchops.excel.datasheet import DATA_SHEET_NAME, read_data_sheet
from branchops.excel.datasheet.payload import canonical_number
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from branchops.excel.workbook.naming import workbook_file_name
from tests.excel.conftest import calamine_rows, formula_cells, sheet_names

HOSTILE_REGION = '=HYPERLINK("http://evil.example","点我")'
HOSTILE_MANAGER = "@SUM(A1:A9)"
ACTION_TITLE = "+1 回访客户 13812345678 并登记"


def _set_profile(db, **changes) -> None:
    with db.session() as session:
        profile = load_profile(session)
    with db.unit_of_work(SINGLE_USER) as uow:
        save_profile(uow, SINGLE_USER, replace(profile, **changes))


@pytest.fixture(scope="module")
def exported(demo_db, tmp_path_factory):
    """One workbook of last month with hostile user text in the profile and an action."""
    month = Month.of(clock.today()).previous
    _set_profile(demo_db, region=HOSTILE_REGION, manager=HOSTILE_MANAGER)
    with demo_db.unit_of_work(SINGLE_USER) as uow:
        owner = uow.session.scalar(select(Staff.id).order_by(Staff.id))
        data = ActionInput(ACTION_TITLE, owner, month.last_day + date.resolution * 30)
        add_action(uow.session, SINGLE_USER, data, today=month.first_day)
        uow.commit()
    out = tmp_path_factory.mktemp("out")
    result = export_monthly_workbook(demo_db, SINGLE_USER, ReportRequest(month, out))
    return month, result


def test_file_is_named_for_the_branch_and_month(exported):
    month, result = exported
    assert result.path.name == workbook_file_name("BR0123", "城东支行", month, result.revision)
    assert result.path.name.startswith(f"BR0123_城东支行_{month}")


def test_every_area_has_a_sheet_and_the_data_sheet_is_last(exported):
    _, result = exported
    names = sheet_names(result.path)
    expected = [
        i18n.translate("Report", n)
        for n in (
            "Summary",
            "Quality",
            "Corrective actions",
            "Staffing",
            "Training",
            "Budget",
            "Risks and drills",
            "Customer feedback",
        )
    ]
    assert names == [*expected, DATA_SHEET_NAME]


def test_kpi_values_equal_the_registry(exported, demo_db):
    month, result = exported
    with demo_db.session() as session:
        expected = kpi.compute(session, month)
        titles = {k.key: k.title for k in kpi.all_kpis()}
    data = read_data_sheet(result.path).payload.kpi_values
    assert set(data) == set(expected)
    for key, value in expected.items():
        assert canonical_number(data[key]) == canonical_number(value), key
    summary = calamine_rows(result.path, i18n.translate("Report", "Summary"))
    by_title = {row[0]: row[1] for row in summary if row and row[0] in titles.values()}
    for key, value in expected.items():
        cell = by_title[titles[key]]
        assert (cell == "" and value is None) or cell == pytest.approx(value), key


def test_user_text_is_text_not_formula_in_both_readers(exported):
    _, result = exported
    assert formula_cells(result.path) == []
    summary_name = i18n.translate("Report", "Summary")
    values = [c for row in calamine_rows(result.path, summary_name) for c in row]
    assert HOSTILE_REGION in values and HOSTILE_MANAGER in values
    ws = load_workbook(result.path)[summary_name]
    cells = [c for row in ws.iter_rows() for c in row if c.value == HOSTILE_REGION]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_phone_numbers_in_user_text_are_masked(exported):
    _, result = exported
    sheet = i18n.translate("Report", "Corrective actions")
    texts = [str(c) for row in calamine_rows(result.path, sheet) for c in row]
    assert "+1 回访客户 138****5678 并登记" in texts
    for name in sheet_names(result.path):
        assert not any("13812345678" in str(c) for r in calamine_rows(result.path, name) for c in r)


def test_charts_are_native_excel_charts(exported):
    _, result = exported
    wb = load_workbook(result.path)
    assert len(wb[i18n.translate("Report", "Quality")]._charts) == 1
    assert len(wb[i18n.translate("Report", "Staffing")]._charts) == 1


def test_sheets_are_formatted_for_reading_and_printing(exported):
    _, result = exported
    wb = load_workbook(result.path)
    ws = wb[i18n.translate("Report", "Summary")]
    assert ws.freeze_panes == "A6"
    assert ws.auto_filter.ref.startswith("A5:G")
    assert ws.page_setup.orientation == "landscape" and 40 <= ws.page_setup.scale <= 100
    percent_row = next(
        row
        for row in ws.iter_rows(min_row=6)
        if row[0].value == kpi.get("quality.done_vs_due").title
    )
    assert percent_row[1].number_format == "0.0%"
    assert wb[DATA_SHEET_NAME].protection.sheet


def test_data_sheet_verifies_and_fails_after_an_edit(exported, tmp_path):
    _, result = exported
    read = read_data_sheet(result.path)
    assert read.version == 2 and read.algorithm == "sha256" and read.verifies()
    assert read.payload.revision == result.revision
    assert read.payload.audit_entries and len(read.payload.figures_sha256) == 64
    keys = read.payload.kpi_values
    for area in ("training.", "feedback.", "budget.", "risk."):
        assert any(k.startswith(area) for k in keys), area
    edited = tmp_path / "edited.xlsx"
    shutil.copy(result.path, edited)
    wb = load_workbook(edited)
    ws = wb[DATA_SHEET_NAME]
    row = next(r for r in ws.iter_rows() if r[0].value == "quality.average_score")
    row[1].value = 99.9
    wb.save(edited)
    assert not read_data_sheet(edited).verifies()


def test_export_is_logged_and_a_re_export_is_the_next_revision(exported, demo_db, tmp_path):
    month, first = exported
    again = export_monthly_workbook(demo_db, SINGLE_USER, ReportRequest(month, tmp_path))
    assert again.revision == first.revision + 1
    assert again.path.name.endswith(f"_r{again.revision}.xlsx")
    assert read_data_sheet(again.path).payload.revision == again.revision
    with demo_db.session() as session:
        log = export_log(session, month)
    assert [r.revision for r in log][:2] == [again.revision, first.revision]
    assert log[0].sha256 == again.sha256 and log[0].file_name == again.path.name


def test_hmac_with_the_hq_key(demo_db, tmp_path, report_month):
    _set_profile(demo_db, hq_key="secret-of-BR0123")
    try:
        result = export_monthly_workbook(
            demo_db, SINGLE_USER, ReportRequest(report_month, tmp_path / "signed.xlsx")
        )
    finally:
        _set_profile(demo_db, hq_key="")
    read = read_data_sheet(result.path)
    assert read.algorithm == "hmac-sha256"
    assert read.verifies("secret-of-BR0123")
    assert not read.verifies("another key") and not read.verifies("")


def test_english_unmasked_export(exported, demo_db, tmp_path, report_month):
    result = export_monthly_workbook(
        demo_db,
        SINGLE_USER,
        ReportRequest(report_month, tmp_path / "en.xlsx", language="en", unmask=True),
    )
    assert i18n.current_language() == "zh_CN"  # switched back after the run
    assert sheet_names(result.path)[0] == "Summary"
    texts = [str(c) for row in calamine_rows(result.path, "Corrective actions") for c in row]
    assert "+1 回访客户 13812345678 并登记" in texts
    payload = read_data_sheet(result.path).payload
    assert payload.language == "en" and not payload.pii_masked
    with demo_db.session() as session:
        assert export_log(session)[0].unmasked


def test_gaps_are_recorded_on_the_summary_and_data_sheet(demo_db, tmp_path):
    current = Month.of(clock.today())
    result = export_monthly_workbook(demo_db, SINGLE_USER, ReportRequest(current, tmp_path))
    assert any(g.check == "branch.month_over" for g in result.gaps)
    summary = calamine_rows(result.path, i18n.translate("Report", "Summary"))
    texts = [c for row in summary for c in row]
    assert all(g.message in texts for g in result.gaps)
    assert read_data_sheet(result.path).payload.completeness_gaps == len(result.gaps)


def test_the_actions_sheet_figures_are_the_kpis_own(exported):
    """One formula, one place: open and overdue on the actions sheet are the registry's KPIs."""
    _, result = exported
    rows = calamine_rows(result.path, i18n.translate("Report", "Corrective actions"))
    kpis = read_data_sheet(result.path).payload.kpi_values
    for label, key in (
        ("Open at month end", "actions.open"),
        ("Overdue at month end", "actions.overdue"),
    ):
        at = next(
            (r, row.index(i18n.translate("Report", label)))
            for r, row in enumerate(rows)
            if i18n.translate("Report", label) in row
        )
        assert rows[at[0] + 1][at[1]] == kpis[key]


def test_found_in_follows_the_report_language(demo_db, report_month, tmp_path):
    """The "found in" text of an action raised from an inspection is written in the language of
    the report, whatever the language the action was created in."""
    texts = {}
    for language in ("en", "zh_CN"):
        request = ReportRequest(report_month, tmp_path / f"{language}.xlsx", language=language)
        path = export_monthly_workbook(demo_db, SINGLE_USER, request).path
        with i18n.thread_language(language):
            sheet = i18n.translate("Report", "Corrective actions")
            column = i18n.translate("Report", "Found in")
        rows = calamine_rows(path, sheet)
        header = next(r for r in rows if column in r)
        at = header.index(column)
        texts[language] = [r[at] for r in rows[rows.index(header) + 1 :] if len(r) > at and r[at]]
    assert texts["en"] and all(" of " in t for t in texts["en"])
    assert not any(" of " in t for t in texts["zh_CN"])


def test_the_data_sheet_has_its_own_page_setup(exported):
    _, result = exported
    ws = load_workbook(result.path)[DATA_SHEET_NAME]
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1
    assert ws.column_dimensions["B"].width >= 66  # the checksum, whole


def test_staffing_sheet_splits_overtime_by_kind(exported):
    """The HQ workbook carries the three kinds of overtime per person and for the month."""
    _, result = exported
    rows = calamine_rows(result.path, i18n.translate("Report", "Staffing"))
    texts = [str(c) for row in rows for c in row]
    kinds = ("Working day 150 %", "Rest day 200 %", "Holiday 300 %")
    for kind in kinds:
        assert i18n.translate("Report", kind) in texts
    header = next(r for r in rows if i18n.translate("Report", kinds[0]) in r)
    at = {str(c): i for i, c in enumerate(header)}
    total_at = at[i18n.translate("Report", "Overtime hours")]
    people = rows[rows.index(header) + 1 :]
    people = [r for r in people if r and str(r[0]).startswith("E")]
    assert people
    for row in people:
        parts = [float(row[at[i18n.translate("Report", k)]] or 0) for k in kinds]
        assert float(row[total_at] or 0) == pytest.approx(sum(parts))
    assert i18n.translate("Report", "How overtime is counted") in texts


def test_a_month_that_has_not_begun_is_refused_and_nothing_is_written(demo_db, tmp_path):
    from branchops.core.errors import UserError

    current = Month.of(clock.today())
    with pytest.raises(UserError, match=str(current)):
        export_monthly_workbook(demo_db, SINGLE_USER, ReportRequest(current.shift(1), tmp_path))
    assert list(tmp_path.iterdir()) == []
    with demo_db.session() as session:
        assert export_log(session, current.shift(1)) == []
