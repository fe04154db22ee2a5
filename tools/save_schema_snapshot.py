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


# Budget (revision 0009_budget): one row in each of its tables; the categories come with it.
BUDGET_ROWS = (
    ("budget_year", {"fiscal_year": 2026, "closed": 0, "closed_by": ""}),
    ("budget_version", {
        "id": 1, "fiscal_year": 2026, "number": 1, "reason": "", "revised_on": "2025-12-10",
        "source": "typed", "created_at": "2025-12-10 10:00:00.000000", "created_by": "manager",
    }),
    ("budget_line", {"id": 1, "version_id": 1, "category_id": 2, "month": "2026-01-01",
                     "amount": 8600000}),
    ("vendor", {"id": 1, "name": "世纪物业", "name_key": "世纪物业"}),
    ("recurring_expense", {
        "id": 1, "category_id": 2, "vendor_id": 1, "amount": 8600000, "day": 5,
        "starts_on": "2026-01-05", "ends_on": None, "note": "营业用房租金", "active": 1,
        "generated_through": "2026-01-05", "created_at": "2026-01-02 09:00:00.000000",
        "created_by": "manager",
    }),
    ("expense", {
        "id": 1, "spent_on": "2026-01-05", "category_id": 2, "amount": 8600000, "vendor_id": 1,
        "invoice_no": "00012345", "note": "营业用房租金", "status": "confirmed", "recurring_id": 1,
        "attachment_sha256": None, "attachment_ext": "", "attachment_name": "",
        "override_reason": "", "override_by": "", "created_at": "2026-01-05 17:00:00.000000",
        "created_by": "manager",
    }),
)  # fmt: skip


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


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
                if "expense" in _tables(conn):
                    for table, row in BUDGET_ROWS:
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
