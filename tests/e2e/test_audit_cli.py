"""Every writer is audited, each run in a fresh process (the audit hook used to be installed
only by an import that the command line never made): import, auto-roster, report, restore,
and refused sign-ins and lock-outs."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from openpyxl import Workbook

from branchops import clock
from branchops.core.period import Month
from branchops.core.users.models import Role
from branchops.core.users.permissions import SINGLE_USER
from branchops.core.users.service import UserData, create_user, enable_sign_in
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database

from .clirun import one_clear_line, run, sql

PASSWORD = "Chen-2026-pass"


def _entries(path: Path, after: int = 0) -> list[tuple[str, str, str]]:
    rows = sql(
        path,
        "SELECT username, action, entity FROM audit_log WHERE seq > ? ORDER BY seq",
        after,
    )
    return [tuple(r) for r in rows]


def _last_seq(path: Path) -> int:
    return sql(path, "SELECT coalesce(max(seq), 0) FROM audit_log")[0][0]


def _chain_is_sound(path: Path, cwd: Path) -> None:
    done = run("check", "--db", str(path), cwd=cwd)
    assert done.returncode == 0, done.stderr


def _staff_file(folder: Path, count: int) -> Path:
    wb = Workbook()
    wb.active.append(["工号", "姓名", "岗位"])
    for n in range(count):
        wb.active.append([f"N{n:03d}", f"新员工{n}", "柜员"])
    path = folder / "staff.xlsx"
    wb.save(path)
    return path


def test_staff_import_is_audited(demo_copy: Path, tmp_path: Path):
    before = _last_seq(demo_copy)
    done = run(
        "import", "staff", "--db", str(demo_copy), str(_staff_file(tmp_path, 10)), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    entries = _entries(demo_copy, before)
    assert entries.count(("manager", "create", "Staff")) == 10
    _chain_is_sound(demo_copy, tmp_path)


def test_auto_roster_is_audited(demo_copy: Path, tmp_path: Path):
    month = Month.of(clock.today()).shift(2)  # nothing rostered yet
    before = _last_seq(demo_copy)
    done = run(
        "roster",
        "--db",
        str(demo_copy),
        "--month",
        str(month),
        "--auto",
        "--time-limit",
        "20",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assigned = sql(
        demo_copy,
        "SELECT count(*) FROM roster_assignment WHERE day BETWEEN ? AND ?",
        month.first_day.isoformat(),
        month.last_day.isoformat(),
    )[0][0]
    entries = _entries(demo_copy, before)
    assert assigned > 100
    assert entries.count(("manager", "create", "RosterAssignment")) == assigned
    _chain_is_sound(demo_copy, tmp_path)


def test_report_export_is_audited(demo_copy: Path, tmp_path: Path):
    month = Month.of(clock.today()).shift(-1)
    before = _last_seq(demo_copy)
    out = tmp_path / "hq.xlsx"
    done = run(
        "report", "--db", str(demo_copy), "--month", str(month), "--out", str(out), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert _entries(demo_copy, before) == [("manager", "create", "ReportExport")]


def test_restore_is_audited(demo_copy: Path, tmp_path: Path):
    saved = tmp_path / "saved.sqlite3"
    assert run("backup", "--db", str(demo_copy), "--out", str(saved), cwd=tmp_path).returncode == 0
    done = run("restore", "--db", str(demo_copy), str(saved), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    last = sql(
        demo_copy, "SELECT username, action, entity, entity_id FROM audit_log ORDER BY seq DESC"
    )[0]
    assert tuple(last) == ("manager", "restore", "Database", "saved.sqlite3")
    _chain_is_sound(demo_copy, tmp_path)


def _turn_sign_in_on(path: Path) -> None:
    db, _ = open_database(DatabaseTarget.parse(path))
    try:
        with db.unit_of_work(SINGLE_USER) as uow:
            create_user(uow, SINGLE_USER, UserData("chenjing", "陈静", Role.MANAGER), PASSWORD)
        with db.unit_of_work(SINGLE_USER) as uow:
            enable_sign_in(uow, SINGLE_USER, "chenjing", PASSWORD, clock.now())
    finally:
        db.dispose()


def _import_as(path: Path, folder: Path, user: str, password: str | None, now: str | None = None):
    env = {} if password is None else {"BRANCHOPS_PASSWORD": password}
    if now:
        env["BRANCHOPS_NOW"] = now
    args = ["import", "staff", "--db", str(path), str(_staff_file(folder, 2))]
    return run(*args, *(["--user", user] if user else []), cwd=folder, env=env)


def test_refused_sign_ins_and_the_lock_out_are_audited(demo_copy: Path, tmp_path: Path):
    _turn_sign_in_on(demo_copy)
    staff_before = sql(demo_copy, "SELECT count(*) FROM staff")[0][0]
    before = _last_seq(demo_copy)

    line = one_clear_line(_import_as(demo_copy, tmp_path, "", None))
    assert "--user" in line  # with sign-in on, the command line no longer acts as the manager
    for attempt in range(1, 6):
        line = one_clear_line(_import_as(demo_copy, tmp_path, "chenjing", f"guess-{attempt}"))
        assert ("locked" if attempt == 5 else "Wrong user name or password") in line
    one_clear_line(_import_as(demo_copy, tmp_path, "chenjing", PASSWORD))  # still locked
    one_clear_line(_import_as(demo_copy, tmp_path, "nobody", PASSWORD))

    events = sql(
        demo_copy,
        "SELECT username, action, changes FROM audit_log WHERE seq > ? AND action != 'update'"
        " ORDER BY seq",
        before,
    )
    kinds = [
        (user, action, json.loads(changes).get("reason", [None, None])[1])
        for user, action, changes in events
    ]
    assert kinds == [
        *[("chenjing", "refused", "wrong_password")] * 4,
        ("chenjing", "lockout", None),
        ("chenjing", "refused", "locked"),
        ("nobody", "refused", "unknown_user"),
    ]
    assert all(PASSWORD not in changes and "guess" not in changes for *_, changes in events)
    assert sql(demo_copy, "SELECT count(*) FROM staff")[0][0] == staff_before

    later = clock.now().replace(microsecond=0) + timedelta(minutes=6)  # the lock has expired
    done = _import_as(demo_copy, tmp_path, "chenjing", PASSWORD, now=later.isoformat())
    assert done.returncode == 0, done.stderr
    assert _entries(demo_copy, before).count(("chenjing", "create", "Staff")) == 2
    _chain_is_sound(demo_copy, tmp_path)
