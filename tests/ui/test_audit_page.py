"""The audit page: Verify chain reads the whole log, so it runs off the GUI thread."""

from __future__ import annotations

import sqlite3
import threading

from branchops.db.backup import automatic_backup
from branchops.i18n import translate
from branchops.ui.pages import audit_rows
from branchops.ui.pages.audit_page import AuditPage


def test_verify_chain_runs_in_the_background_and_reports(ui_ctx, qtbot, message_boxes):
    page = AuditPage(ui_ctx)
    qtbot.addWidget(page)
    page.verify.click()
    qtbot.waitUntil(lambda: bool(message_boxes) and page.verify.isEnabled())
    assert [(m.kind, m.text) for m in message_boxes] == [
        ("information", translate("AuditPage", "The audit log is complete and unchanged."))
    ]


def test_verify_chain_does_not_block_the_window(ui_ctx, qtbot, monkeypatch, message_boxes):
    on_gui_thread: list[bool] = []

    def check(_db, *_heads):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return ["Audit log entry 7 has been edited after it was written."]

    monkeypatch.setattr(audit_rows, "check_database", check)
    page = AuditPage(ui_ctx)
    qtbot.addWidget(page)
    page.verify.click()
    qtbot.waitUntil(lambda: bool(message_boxes) and page.verify.isEnabled())
    assert on_gui_thread == [False]
    assert message_boxes[0].kind == "warning"
    assert "entry 7" in message_boxes[0].text


def test_verify_chain_compares_with_the_head_the_last_backup_recorded(ui_ctx, qtbot, message_boxes):
    path = ui_ctx.db.target.path
    automatic_backup(path, ui_ctx.paths.backups, "daily", keep=5)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    conn.close()
    page = AuditPage(ui_ctx)
    qtbot.addWidget(page)
    page.verify.click()
    qtbot.waitUntil(lambda: bool(message_boxes) and page.verify.isEnabled())
    assert message_boxes[0].kind == "warning"
    assert ".manifest.json" in message_boxes[0].text


def test_the_list_and_its_choices_load_on_refresh_and_filter(ui_ctx, qtbot, qtmodeltester):
    page = AuditPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and page.action.count() == 0  # nothing read yet
    page.refresh()
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    assert page.action.itemData(0) is None and page.action.findData("create") > 0
    assert page.entity.findData("BranchProfile") > 0
    page.action.setCurrentIndex(page.action.findData("create"))
    assert {row.action for row in page.model.loaded_rows()} == {"create"}
    page.entity.setCurrentIndex(page.entity.findData("BranchProfile"))
    assert {row.entity for row in page.model.loaded_rows()} == {"BranchProfile"}
    page.refresh()
    assert page.action.currentData() == "create"  # the choice is kept
