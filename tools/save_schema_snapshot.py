"""Save a small database at one schema revision into tests/db/schemas/, for the upgrade tests.

    .venv/bin/python tools/save_schema_snapshot.py 0001_foundation

Run it for every revision that reaches main, before the next revision changes the schema. The
file holds a branch profile (code SNAP01), a staff member (E0001 王芳) and an audit entry, which
tests/db/test_migrations.py expects to survive every later upgrade; from 0011_leave_law also a
date of first employment and a day of annual leave.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from alembic import command

from branchops.db.audit import GENESIS_HASH, row_hash
from branchops.db.engine import DatabaseTarget, create_db_engine
from branchops.db.lifecycle import alembic_config
from branchops.db.revisions import known_revisions

SCHEMAS_DIR = Path(__file__).resolve().parent.parent / "tests" / "db" / "schemas"

PROFILE = {
    "id": 1,
    "code": "SNAP01",
    "name": "城东支行",
    "region": "华东区",
    "address": "上海市浦东新区世纪大道 1888 号",
    "manager": "陈静",
    "fiscal_year_start_month": 1,
    "holiday_country": "CN",
    "report_language": "zh_CN",
    "report_due_day": 5,
    "mask_pii": 1,
    "hq_key": "",
}
POSITION = {"id": 1, "name": "柜员", "sort_order": 0}
STAFF = {
    "id": 1,
    "employee_no": "E0001",
    "name": "王芳",
    "position_id": 1,
    "employment": "full_time",
    "contract_minutes_per_week": 2400,
    "hire_date": "2020-03-01",
    "active": 1,
    "phone": "13800000000",
}


# From 0011_leave_law: E0001's date of first employment and one day of annual leave.
FIRST_WORK_DATE = "2012-07-01"
LEAVE_REQUEST = {
    "id": 1,
    "staff_id": 1,
    "kind": "annual",
    "first_day": "2026-03-02",
    "last_day": "2026-03-02",
    "half_day": 0,
    "status": "approved",
    "days": 1.0,
    "note": "",
    "decided_by": "manager",
}
LEAVE_DAY = {"leave_request_id": 1, "day": "2026-03-02", "days": 1.0}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _insert_leave(conn: sqlite3.Connection) -> None:
    """Rows of the leave-law tables, in the revisions that have them."""
    if "first_work_date" in _columns(conn, "staff"):
        conn.execute("UPDATE staff SET first_work_date = ? WHERE id = 1", (FIRST_WORK_DATE,))
    if _columns(conn, "leave_day"):
        _insert(conn, "leave_request", LEAVE_REQUEST)
        _insert(conn, "leave_day", LEAVE_DAY)


def _insert(conn: sqlite3.Connection, table: str, row: dict) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def _audit_row() -> dict:
    row = {
        "seq": 1,
        "at": "2026-01-05T01:30:00+00:00",
        "username": "manager",
        "action": "create",
        "entity": "Staff",
        "entity_id": "1",
        "changes": json.dumps({"name": [None, "王芳"]}, ensure_ascii=False, sort_keys=True),
    }
    row["prev_hash"] = GENESIS_HASH
    row["hash"] = row_hash(GENESIS_HASH, row)
    return row


def build(revision: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "snapshot.sqlite3"
        engine = create_db_engine(DatabaseTarget.parse(scratch))
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        engine.dispose()
        conn = sqlite3.connect(scratch)
        try:
            with conn:
                _insert(conn, "branch_profile", PROFILE)
                _insert(conn, "position", POSITION)
                _insert(conn, "staff", STAFF)
                _insert(conn, "audit_log", _audit_row())
                _insert_leave(conn)
            conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            out.unlink(missing_ok=True)
            conn.execute("VACUUM INTO ?", (str(out),))
        finally:
            conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision")
    parser.add_argument("--out-dir", type=Path, default=SCHEMAS_DIR)
    parser.add_argument("--force", action="store_true", help="replace an existing snapshot")
    args = parser.parse_args()
    if args.revision not in known_revisions():
        print(f"unknown revision {args.revision}", file=sys.stderr)
        return 2
    out = args.out_dir / f"{args.revision}.sqlite3"
    if out.exists() and not args.force:
        print(f"{out} exists; a saved schema is never changed (use --force to replace)")
        return 1
    args.out_dir.mkdir(parents=True, exist_ok=True)
    build(args.revision, out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
