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


# Training (0007_training): a course, a session, an attendance and an outside certificate.
TRAINING_ROWS = (
    (
        "training_course",
        {
            "id": 1, "code": "XF02", "title": "消防安全员培训", "title_en": "Fire warden course",
            "category": "fire_safety", "validity_months": 12, "minutes": 480, "pass_mark": 80.0,
            "issues_certificate": 1, "grants_skill_id": None, "required_for_all": 0,
            "active": 1, "builtin_key": "fire_warden", "sort_order": 1, "description": "",
        },
    ),
    ("training_course_position", {"course_id": 1, "position_id": 1}),
    (
        "training_session",
        {
            "id": 1, "course_id": 1, "day": "2026-01-12", "start_time": "17:30:00.000000",
            "minutes": 480, "status": "held", "trainer_staff_id": None,
            "trainer_name": "市消防培训中心 刘老师", "place": "二楼会议室", "online": 0,
            "note": "", "created_at": "2026-01-12 18:00:00.000000", "created_by": "manager",
        },
    ),
    (
        "training_attendance",
        {
            "id": 1, "session_id": 1, "staff_id": 1, "status": "present", "score": 92.0,
            "passed": 1, "certificate_no": "XF02-20260112-001", "valid_until": "2027-01-11",
        },
    ),
    (
        "training_certificate",
        {
            "id": 1, "staff_id": 1, "name": "红十字救护员证", "number": "HSZ1234567",
            "issuer": "中国红十字会", "issued_on": "2025-05-01", "valid_until": "2028-04-30",
            "course_id": None, "skill_id": None, "scan_sha256": "", "scan_extension": "",
            "scan_name": "", "note": "",
        },
    ),
)  # fmt: skip


def _has_table(conn: sqlite3.Connection, table: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    return found.fetchone() is not None


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
                for table, row in TRAINING_ROWS:
                    if _has_table(conn, table):
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
