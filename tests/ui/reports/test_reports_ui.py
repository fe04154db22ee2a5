"""The Reports page, its dialogs and models (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from branchops import clock
from branchops.core.period import Month
from branchops.core.staff.models import Staff
from branchops.excel.datasheet import read_data_sheet
from branchops.ui.reports import import_wizard
from branchops.ui.reports.consolidate_dialog import ConsolidateDialog
from branchops.ui.reports.import_wizard import ImportWizard
from branchops.ui.reports.monthly_dialog import MonthlyReportDialog
from branchops.ui.reports.reports_page import ReportsPage
from tests.excel.branch_files import payload, write_branch, write_rows

WAIT_MS = 60_000


def _monthly(ctx, qtbot, folder: Path) -> MonthlyReportDialog:
    dialog = MonthlyReportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    return dialog


def test_monthly_dialog_lists_gaps_and_exports_in_the_background(demo_ctx, qtbot, tmp_path):
    dialog = _monthly(demo_ctx, qtbot, tmp_path)
    current = Month.of(clock.today())
    dialog.month.setCurrentIndex(dialog.month.findData(str(current)))
    assert dialog.gaps.count() >= 1  # the month is not over
    dialog.month.setCurrentIndex(1)
    assert dialog.chosen_month() == current.previous
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
        dialog.export()
    result = blocker.args[0]
    assert result.path.parent == tmp_path and result.path.exists()
    assert read_data_sheet(result.path).verifies()
    assert dialog.open_button.isEnabled()
    qtbot.waitUntil(dialog.export_button.isEnabled)


def test_unmasking_needs_a_confirmation(demo_ctx, qtbot, tmp_path, monkeypatch):
    dialog = _monthly(demo_ctx, qtbot, tmp_path)
    monkeypatch.setattr(dialog, "confirm_unmask", lambda: False)
    dialog.unmask.setChecked(True)
    assert not dialog.unmask.isChecked() and not dialog.request().unmask
    monkeypatch.setattr(dialog, "confirm_unmask", lambda: True)
    dialog.unmask.setChecked(True)
    assert dialog.request().unmask


def test_reports_page_shows_the_export_log(demo_ctx, qtbot, qtmodeltester, tmp_path):
    page = ReportsPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    dialog = page.open_monthly()
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        dialog.export()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).revision == 1
    qtmodeltester.check(page.model)
    qtbot.waitUntil(dialog.export_button.isEnabled)  # the task has ended
    dialog.close()


def test_consolidation_dialog_lists_rejected_files(ui_ctx, qtbot, qtmodeltester, tmp_path):
    good = write_branch(tmp_path / "a.xlsx", payload("BR01"))
    other = write_branch(tmp_path / "b.xlsx", payload("BR02"))
    unknown = write_rows(tmp_path / "v9.xlsx", [["schema_version", 9]])
    dialog = ConsolidateDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([good, other, unknown, good])
    assert len(dialog.paths()) == 3
    dialog.out.setText(str(tmp_path / "hq.xlsx"))
    with qtbot.waitSignal(dialog.finished_run, timeout=WAIT_MS) as blocker:
        dialog.run()
    assert len(blocker.args[0].verified.accepted) == 2
    assert dialog.model.rowCount() == 1 and dialog.model.row_at(0).file == "v9.xlsx"
    assert (tmp_path / "hq.xlsx").exists()
    qtmodeltester.check(dialog.model)
    qtbot.waitUntil(dialog.run_button.isEnabled)  # the task has ended


def _staff_file(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    wb.active.append(["工号", "姓名", "岗位", "入职日期"])
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _staff_count(ctx) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Staff))


def _wizard(ctx, qtbot, path: Path) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.choose.kind.setCurrentIndex(wizard.choose.kind.findData("staff"))
    wizard.choose.path.setText(str(path))
    wizard.show()
    return wizard


def test_import_wizard_preview_shows_row_problems(ui_ctx, qtbot, qtmodeltester, tmp_path):
    path = _staff_file(tmp_path / "bad.xlsx", [["E1", "", "柜员", "someday"], ["E2", "李四"]])
    wizard = _wizard(ui_ctx, qtbot, path)
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT_MS):
        wizard.next()
    assert not wizard.preview.isComplete()
    assert wizard.preview.problems.count() == 2
    model = wizard.preview.model
    assert model.rowCount() == 2 and model.row_at(0)["_problems"]
    assert not model.row_at(1)["_problems"]
    qtmodeltester.check(model)
    assert _staff_count(ui_ctx) == 0
    qtbot.waitUntil(lambda: not wizard.busy)


def test_import_wizard_commits_a_good_file(ui_ctx, qtbot, tmp_path):
    path = _staff_file(tmp_path / "good.xlsx", [["E1", "张三", "柜员", "2024-01-02"]])
    wizard = _wizard(ui_ctx, qtbot, path)
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT_MS):
        wizard.next()
    assert wizard.preview.isComplete()
    with qtbot.waitSignal(wizard.committed, timeout=WAIT_MS) as blocker:
        wizard.next()
    assert blocker.args[0].created == 1 and _staff_count(ui_ctx) == 1
    assert wizard.done_page.isComplete()
    qtbot.waitUntil(lambda: not wizard.busy)


def test_import_wizard_says_why_a_file_is_refused(ui_ctx, qtbot, tmp_path):
    old = tmp_path / "old.xls"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    wizard = _wizard(ui_ctx, qtbot, old)
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT_MS):
        wizard.next()
    assert not wizard.preview.isComplete()
    assert wizard.preview.summary.text().startswith("old.xls")
    assert import_wizard.available_kinds()  # the kinds offered come from the framework
    qtbot.waitUntil(lambda: not wizard.busy)


def test_import_wizard_preview_lists_each_changed_field(ui_ctx, qtbot, qtmodeltester, tmp_path):
    first = _staff_file(tmp_path / "first.xlsx", [["E1", "张三", "柜员", "2024-01-02"]])
    wizard = _wizard(ui_ctx, qtbot, first)
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT_MS):
        wizard.next()
    assert wizard.preview.changes.isHidden()  # a new person: nothing changes
    with qtbot.waitSignal(wizard.committed, timeout=WAIT_MS):
        wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy)
    again = _staff_file(tmp_path / "again.xlsx", [["E1", "张三", "大堂经理", None]])
    wizard = _wizard(ui_ctx, qtbot, again)
    with qtbot.waitSignal(wizard.preview_ready, timeout=WAIT_MS):
        wizard.next()
    model = wizard.preview.changes_model
    assert not wizard.preview.changes.isHidden() and model.rowCount() == 1  # hire date kept
    row = model.row_at(0)
    assert (row["old"], row["new"]) == ("柜员", "大堂经理")
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not wizard.busy)
