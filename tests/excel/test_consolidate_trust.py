"""What consolidation verifies, exactly: the data sheet's checksum, and through its figures digest
every value on the visible sheets of a real monthly workbook."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook

from branchops import i18n
from branchops.excel.consolidate import consolidate, verification_note
from branchops.excel.datasheet import read_data_sheet
from branchops.excel.datasheet.figures import read_figures_digest
from branchops.excel.workbook import ReportRequest, export_monthly_workbook


@pytest.fixture(scope="module")
def workbook_path(demo_db, tmp_path_factory):
    from branchops import clock
    from branchops.core.period import Month
    from branchops.core.users.permissions import SINGLE_USER

    month = Month.of(clock.today()).previous
    folder = tmp_path_factory.mktemp("hq")
    return export_monthly_workbook(demo_db, SINGLE_USER, ReportRequest(month, folder)).path


def test_the_data_sheet_covers_the_visible_figures(workbook_path):
    sheet = read_data_sheet(workbook_path)
    assert sheet.verifies() and len(sheet.payload.figures_sha256) == 64
    assert read_figures_digest(workbook_path) == sheet.payload.figures_sha256


def test_a_figure_edited_on_a_visible_sheet_is_rejected(workbook_path, tmp_path):
    i18n.set_language("en")
    edited = tmp_path / "edited.xlsx"
    shutil.copy(workbook_path, edited)
    wb = load_workbook(edited)
    ws = wb.worksheets[0]  # the summary: a KPI value of this month
    cell = next(
        c for row in ws.iter_rows(min_row=6) for c in row[1:2] if isinstance(c.value, float)
    )
    cell.value = cell.value + 1
    wb.save(edited)
    result = consolidate([edited], tmp_path / "out.xlsx")
    assert not result.verified.accepted and result.out is None
    assert "visible sheet" in result.verified.rejected[0].reason
    assert not (tmp_path / "out.xlsx").exists()


def test_the_untouched_workbook_is_merged(workbook_path, tmp_path):
    result = consolidate([workbook_path], tmp_path / "out.xlsx")
    assert len(result.verified.accepted) == 1 and result.out.exists()


def test_the_notes_say_what_is_verified_and_recommend_the_key(workbook_path):
    i18n.set_language("en")
    assert "plain SHA-256" in verification_note() and "signing key" in verification_note()
    note = load_workbook(workbook_path)["data"]["D1"].value  # merged over D:E
    assert "figures_sha256" in note and "SHA-256" in note  # the same words in either language
