"""0011_leave_law: leave saved before it keeps its days, booked to its first day."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database

SAVED = Path(__file__).resolve().parent / "schemas" / "0005_merge_areas.sqlite3"


def test_leave_before_the_revision_keeps_its_days(tmp_path: Path):
    copy = tmp_path / "branchops.sqlite3"
    shutil.copyfile(SAVED, copy)
    conn = sqlite3.connect(copy)
    with conn:
        for leave_id, first, last, days in (
            (101, "2025-12-29", "2026-01-02", 4.0),  # counted before as one block of 4 days
            (102, "2026-05-01", "2026-05-01", 0.0),  # a holiday: nothing counted
        ):
            conn.execute(
                "INSERT INTO leave_request (id, staff_id, kind, first_day, last_day, half_day, "
                "status, days, note, decided_by) VALUES (?, 1, 'annual', ?, ?, 0, 'approved', ?, "
                "'', '')",
                (leave_id, first, last, days),
            )
    conn.close()
    db, _ = open_database(DatabaseTarget.parse(copy), tmp_path / "backups")
    db.dispose()
    conn = sqlite3.connect(copy)
    try:
        rows = conn.execute(
            "SELECT leave_request_id, day, days FROM leave_day WHERE leave_request_id > 100"
        ).fetchall()
        first_work = conn.execute("SELECT DISTINCT first_work_date FROM staff").fetchall()
    finally:
        conn.close()
    assert rows == [(101, "2025-12-29", 4.0)]
    assert first_work == [(None,)]
