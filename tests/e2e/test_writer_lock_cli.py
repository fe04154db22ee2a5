"""Commands that write refuse while the desktop app holds the database (it used to let a restore
replace the file under a running app, whose later saves then vanished); commands that only read
still work. The app's lock is taken here exactly as the app takes it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import Workbook

from branchops import clock
from branchops.core.period import Month
from branchops.db.instance_lock import DatabaseLock

from .clirun import one_clear_line, run, sql


def _staff_file(folder: Path) -> Path:
    wb = Workbook()
    wb.active.append(["工号", "姓名"])
    wb.active.append(["N001", "赵四"])
    path = folder / "staff.xlsx"
    wb.save(path)
    return path


def _writers(db: Path, folder: Path) -> dict[str, list[str]]:
    saved = folder / "saved.sqlite3"
    if not saved.exists():
        assert run("backup", "--db", str(db), "--out", str(saved), cwd=folder).returncode == 0
    month = str(Month.of(clock.today()).shift(2))
    return {
        "restore": ["restore", "--db", str(db), str(saved)],
        "import": ["import", "staff", "--db", str(db), str(_staff_file(folder))],
        "roster": ["roster", "--db", str(db), "--month", month, "--auto", "--time-limit", "5"],
        "migrate": ["migrate", "--db", str(db)],
        "demo": ["demo", "--db", str(db), "--months", "1", "--staff", "3"],
    }


def _content(path: Path) -> tuple:
    return (
        sql(path, "SELECT count(*) FROM audit_log")[0][0],
        sql(path, "SELECT count(*) FROM staff")[0][0],
        sql(path, "SELECT count(*) FROM roster_assignment")[0][0],
    )


@pytest.mark.parametrize("command", ["restore", "import", "roster", "migrate", "demo"])
def test_a_writing_command_refuses_while_the_app_is_open(demo_copy, tmp_path, command):
    args = _writers(demo_copy, tmp_path)[command]
    before = _content(demo_copy)
    with DatabaseLock(demo_copy) as app:
        assert app.acquire()
        line = one_clear_line(run(*args, cwd=tmp_path))
    assert "BranchOps is open on" in line and "close it first" in line
    assert _content(demo_copy) == before


@pytest.mark.skipif(not hasattr(os, "link"), reason="needs hard links")
def test_a_hard_link_does_not_get_round_the_lock(demo_copy, tmp_path):
    linked = tmp_path / "other-name.sqlite3"
    os.link(demo_copy, linked)
    with DatabaseLock(demo_copy) as app:
        assert app.acquire()
        line = one_clear_line(run(*_writers(linked, tmp_path)["import"], cwd=tmp_path))
    assert "BranchOps is open on" in line


def test_reading_commands_work_while_the_app_is_open(demo_copy, tmp_path):
    month = str(Month.of(clock.today()).shift(-1))
    with DatabaseLock(demo_copy) as app:
        assert app.acquire()
        assert run("check", "--db", str(demo_copy), cwd=tmp_path).returncode == 0
        out = tmp_path / "copy.sqlite3"
        assert (
            run("backup", "--db", str(demo_copy), "--out", str(out), cwd=tmp_path).returncode == 0
        )
        report = run(
            "report",
            "--db",
            str(demo_copy),
            "--month",
            month,
            "--out",
            str(tmp_path / "r.xlsx"),
            cwd=tmp_path,
        )
        assert report.returncode == 0, report.stderr


def test_the_lock_is_let_go_when_a_command_ends(demo_copy, tmp_path):
    done = run(*_writers(demo_copy, tmp_path)["import"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with DatabaseLock(demo_copy) as app:
        assert app.acquire()
