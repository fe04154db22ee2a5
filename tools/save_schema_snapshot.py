"""Save a small database at one schema revision into tests/db/schemas/, for the upgrade tests.

    .venv/bin/python tools/save_schema_snapshot.py 0001_foundation

Run it for every revision that reaches main, before the next revision changes the schema. The
file holds a branch profile (code SNAP01), a staff member (E0001 王芳) and an audit entry, which
tests/db/test_migrations.py expects to survive every later upgrade.
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


def _insert(conn: sqlite3.Connection, table: str, row: dict) -> None:
    columns = ", ".join(f'"{name}"' for name in row)
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


# Customer feedback (from 0008_feedback): one complaint with its timeline, a pause and a file.
FEEDBACK_ROWS = (
    (
        "feedback_record",
        {
            "id": 1,
            "received_at": 20260105103000,
            "channel": "counter",
            "kind": "complaint",
            "category": "waiting",
            "staff_id": 1,
            "customer_name": "李明",
            "customer_phone": "13912345678",
            "description": "排队等候超过四十分钟",
            "rating": None,
            "rating_scale": None,
            "nps": None,
            "has_text": 1,
        },
    ),
    (
        "feedback_attachment",
        {
            "id": 1,
            "record_id": 1,
            "sha256": "0" * 64,
            "extension": ".jpg",
            "size": 1,
            "original_name": "意见卡.jpg",
            "added_at": "2026-01-05 10:40:00.000000",
            "added_by": "manager",
        },
    ),
    (
        "complaint",
        {
            "id": 1,
            "record_id": 1,
            "reference": "TS-2026-0001",
            "severity": "general",
            "regulator": 0,
            "status": "investigating",
            "handler_staff_id": 1,
            "received_on": "2026-01-05",
            "clock_start": "2026-01-05",
            "working_days": 1,
            "base_days": 15,
            "extension_days": 0,
            "extensions": 0,
            "extension_reason": "",
            "second_extension_reason": "",
            "second_extension_approval": "",
            "customer_told_of_extension": 0,
            "restarts": 0,
            "paused_since": None,
            "due_on": "2026-01-29",
            "resolution": "",
            "root_cause_text": "",
            "review_outcome": "",
        },
    ),
    (
        "complaint_event",
        {
            "id": 1,
            "complaint_id": 1,
            "kind": "received",
            "on": "2026-01-05",
            "at": "2026-01-05 10:35:00.000000",
            "username": "manager",
            "status": "received",
            "note": "",
        },
    ),
    (
        "complaint_pause",
        {
            "id": 1,
            "complaint_id": 1,
            "reason": "customer",
            "start": "2026-01-07",
            "end": "2026-01-09",
            "note": "等待客户补充材料",
        },
    ),
)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


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
                present = _tables(conn)
                for table, row in FEEDBACK_ROWS:
                    if table in present:
                        _insert(conn, table, row)
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
