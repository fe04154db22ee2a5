"""A save that waits for the database's write lock does not freeze the window.

Another connection holds SQLite's write lock (as another program would); the dialog's save
waits for it on a worker thread while the UI thread keeps processing events, then reports the
busy database in words and keeps what was typed. Once the lock is free the same save succeeds.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QTimer

from branchops.core.staff import service
from branchops.core.users.permissions import SINGLE_USER
from branchops.db import engine
from branchops.ui.staff.staff_dialog import StaffDialog
from branchops.ui.widgets import waiting
from branchops.ui.widgets.writes import run_write

BUSY_MS = 600


@pytest.fixture
def short_busy_timeout(ui_ctx, monkeypatch):
    """New connections wait ``BUSY_MS`` for the lock instead of ten seconds."""
    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", BUSY_MS)
    monkeypatch.setattr(waiting, "BUSY_AFTER_MS", 100)
    ui_ctx.db.engine.dispose()
    return ui_ctx


@pytest.fixture
def lock_holder(ui_ctx):
    """Another connection that has taken the write lock."""
    other = sqlite3.connect(ui_ctx.db.target.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.close()


def _person(ctx) -> int:
    with ctx.db.unit_of_work(SINGLE_USER) as uow:
        return service.create_staff(
            uow, SINGLE_USER, service.StaffInput(employee_no="E0001", name="王芳")
        )


def test_the_window_keeps_processing_events_while_a_save_waits_for_the_lock(
    short_busy_timeout, qtbot, message_boxes, request
):
    ctx = short_busy_timeout
    staff_id = _person(ctx)
    dialog = StaffDialog(ctx, staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("王芳芳")
    lock = request.getfixturevalue("lock_holder")
    ticks: list[bool] = []  # each: was the dialog enabled when the UI thread ran the timer
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.isEnabled()))
    timer.start(20)
    dialog.save()
    timer.stop()
    # the UI thread ran the timer all through the wait (about BUSY_MS / 20 ticks)
    assert len(ticks) >= 10
    assert False in ticks  # the dialog was disabled (busy) while it waited
    assert dialog.isEnabled()
    text = message_boxes[-1].text
    assert "正忙" in text and "ui.sqlite3" in text and "Traceback" not in text
    assert dialog.result() == 0 and dialog.name.text() == "王芳芳"  # what was typed is kept
    with ctx.db.session() as session:
        assert service.load_input(session, staff_id).name == "王芳"  # nothing was saved
    lock.rollback()  # the other program finishes
    dialog.save()
    assert dialog.result() == 1
    with ctx.db.session() as session:
        assert service.load_input(session, staff_id).name == "王芳芳"


def test_the_lock_is_taken_off_the_ui_thread_and_the_use_case_runs_on_it(ui_ctx, qtbot):
    threads: list[str] = []
    begin = ui_ctx.db.unit_of_work

    def spying_unit_of_work(actor=None):
        threads.append(threading.current_thread().name)
        return begin(actor)

    def fn(_uow) -> int:
        threads.append(threading.current_thread().name)
        return 7

    ui_ctx.db.unit_of_work = spying_unit_of_work
    written = run_write(ui_ctx, None, "staff", fn)
    assert written and written.value == 7
    assert threads == ["branchops-write", threading.main_thread().name]


def test_one_writer_at_a_time_a_second_program_waits_for_the_apps_save(short_busy_timeout, qtbot):
    ctx = short_busy_timeout
    seen: list[str] = []

    def fn(_uow):
        other = sqlite3.connect(ctx.db.target.path, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            seen.append("other program wrote")
        except sqlite3.OperationalError as exc:
            seen.append(str(exc))
        finally:
            other.close()

    assert run_write(ctx, None, "staff", fn)
    assert seen == ["database is locked"]


def test_an_error_of_the_work_is_raised_again_on_the_ui_thread(qapp):
    def fail():
        raise ValueError("from the worker")

    with pytest.raises(ValueError, match="from the worker"):
        waiting.wait_off_thread(None, fail)
    assert waiting.wait_off_thread(None, lambda: threading.current_thread().name) == (
        "branchops-write"
    )
