"""One copy of the app per database; unexpected errors are logged and shown, never fatal."""

from __future__ import annotations

import logging
import os
import uuid

import pytest

from branchops.db.instance_lock import DatabaseLock
from branchops.db.target import DatabaseTarget
from branchops.ui.error_dialog import report_exception
from branchops.ui.single_instance import SingleInstance


def test_second_copy_activates_the_first(qtbot, tmp_path):
    key = f"db-{uuid.uuid4()}"
    first = SingleInstance(key, tmp_path / "db.sqlite3.lock")
    assert first.claim()
    try:
        second = SingleInstance(key, tmp_path / "db.sqlite3.lock")
        with qtbot.waitSignal(first.activate_requested, timeout=3000):
            assert second.ask_running_copy_to_activate()
    finally:
        first.release()


def test_lock_file_refuses_a_second_writer_until_released(tmp_path):
    lock = tmp_path / "db.sqlite3.lock"
    first = SingleInstance(f"db-{uuid.uuid4()}", lock)
    assert first.claim()
    other = SingleInstance(f"db-{uuid.uuid4()}", lock)
    assert not other.claim()
    first.release()
    assert other.claim()
    other.release()


@pytest.mark.skipif(not hasattr(os, "link"), reason="needs hard links")
def test_a_hard_link_to_the_database_is_the_same_database(qtbot, tmp_path):
    path = tmp_path / "branchops.sqlite3"
    first = SingleInstance.for_target(DatabaseTarget.parse(path))  # creates the file
    assert first.claim()
    try:
        linked = tmp_path / "linked.sqlite3"
        os.link(path, linked)
        second = SingleInstance.for_target(DatabaseTarget.parse(linked))
        assert second.name == first.name  # the running copy is asked to come to the front
        with qtbot.waitSignal(first.activate_requested, timeout=3000):
            assert second.ask_running_copy_to_activate()
        assert not second.claim()
    finally:
        first.release()


def test_the_app_refuses_while_a_writing_command_holds_the_database(tmp_path):
    path = tmp_path / "branchops.sqlite3"
    with DatabaseLock(path) as command:
        assert command.acquire()
        app = SingleInstance.for_target(DatabaseTarget.parse(path))
        assert not app.claim()
    assert app.claim()
    app.release()


def test_nobody_answers_when_no_copy_runs():
    assert not SingleInstance(f"db-{uuid.uuid4()}", None).ask_running_copy_to_activate()


def test_unexpected_error_is_logged_and_shown(qapp, message_boxes, caplog):
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="branchops.crash"):
            report_exception(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: boom" in caplog.text
    assert [m.kind for m in message_boxes] == ["box"]
    assert "已保存" in message_boxes[0].text or "saved" in message_boxes[0].text
