"""Revision 0012: inactive staff without a leaving date get the day they were deactivated, and a
stored list of hard roster rules gains the overtime rules (hard by default)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from branchops import clock
from branchops.db.audit import row_hash
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database

SAVED = Path(__file__).resolve().parent / "schemas" / "0005_merge_areas.sqlite3"


def _staff(conn: sqlite3.Connection, staff_id: int, number: str, active: int, left: str | None):
    conn.execute(
        "INSERT INTO staff (id, employee_no, name, employment, contract_minutes_per_week,"
        " active, leave_date, phone) VALUES (?, ?, ?, 'full_time', 2400, ?, ?, '')",
        (staff_id, number, f"员工{staff_id}", active, left),
    )


def _audit_update(conn: sqlite3.Connection, staff_id: int, at: str) -> None:
    seq, prev = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC").fetchone()
    row = {
        "seq": seq + 1,
        "at": at,
        "username": "manager",
        "action": "update",
        "entity": "Staff",
        "entity_id": str(staff_id),
        "changes": json.dumps({"active": [True, False]}, sort_keys=True),
    }
    conn.execute(
        "INSERT INTO audit_log (seq, at, username, action, entity, entity_id, changes,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*row.values(), prev, row_hash(prev, row)),
    )


def test_inactive_staff_get_their_deactivation_day(tmp_path: Path):
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(SAVED, copy)
    conn = sqlite3.connect(copy)
    with conn:
        _staff(conn, 2, "E0002", 0, None)  # deactivated on 3 March, says the audit log
        _audit_update(conn, 2, "2026-03-03T02:00:00+00:00")
        _staff(conn, 3, "E0003", 0, None)  # no record of when
        _staff(conn, 4, "E0004", 0, "2026-01-31")  # left with a date: nothing to add
        conn.execute(
            "INSERT INTO setting (key, value) VALUES ('roster.hard_rules', ?)",
            (json.dumps(["short_rest", "understaffed"]),),
        )
    conn.close()
    with clock.frozen("2026-12-02T09:00"):
        db, _ = open_database(DatabaseTarget.parse(copy), tmp_path / "backups")
        db.dispose()
    conn = sqlite3.connect(copy)
    try:
        days = dict(conn.execute("SELECT employee_no, deactivated_on FROM staff").fetchall())
        rules = json.loads(
            conn.execute("SELECT value FROM setting WHERE key = 'roster.hard_rules'").fetchone()[0]
        )
    finally:
        conn.close()
    local = clock.parse("2026-03-03T02:00:00+00:00").date()
    assert days == {
        "E0001": None,
        "E0002": local.isoformat(),
        "E0003": date(2026, 12, 2).isoformat(),
        "E0004": None,
    }
    assert rules == ["daily_overtime", "monthly_overtime", "short_rest", "understaffed"]
