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


# Risk register and drills (revision 0010_risk): one row in each table.
RISK_ROWS: tuple[tuple[str, dict], ...] = (
    ("risk_plan", {"id": 1, "builtin_key": "fire_evacuation", "name": "火灾疏散应急预案",
                   "name_en": "Fire evacuation plan", "frequency_months": 6,
                   "programme_start": "2026-01-01", "archived": 0, "sort_order": 1,
                   "current_version": 1, "created_at": "2026-01-05 09:00:00"}),
    ("risk_plan_version", {"id": 1, "plan_id": 1, "number": 1, "name": "火灾疏散应急预案",
                           "name_en": "Fire evacuation plan", "purpose": "", "purpose_en": "",
                           "created_at": "2026-01-05 09:00:00", "created_by": "manager"}),
    ("risk_plan_role", {"id": 1, "version_id": 1, "position": 0, "name": "现场总指挥",
                        "name_en": "", "duty": "", "duty_en": ""}),
    ("risk_plan_step", {"id": 1, "version_id": 1, "position": 0, "key": "S1",
                        "text": "疏散完毕", "text_en": "", "role": "", "role_en": "",
                        "target_seconds": 180}),
    ("risk_plan_objective", {"id": 1, "version_id": 1, "position": 0, "key": "O1",
                             "text": "3分钟内完成疏散", "text_en": ""}),
    ("risk", {"id": 1, "code": "R-0001", "builtin_key": "fire", "title": "营业厅火灾",
              "category": "fire", "cause": "", "consequence": "", "inherent_likelihood": 3,
              "inherent_impact": 5, "inherent_score": 15, "treatment": "mitigate",
              "controls": "", "residual_likelihood": 2, "residual_impact": 4,
              "residual_score": 8, "residual_note": "", "owner_staff_id": 1, "status": "open",
              "plan_id": 1, "identified_on": "2026-01-05", "last_reviewed_on": "2026-01-05",
              "next_review": "2026-07-04", "closed_on": None,
              "created_at": "2026-01-05 09:00:00", "created_by": "manager"}),
    ("risk_review", {"id": 1, "risk_id": 1, "reviewed_on": "2026-01-05",
                     "reviewer_staff_id": 1, "reviewer_name": "王芳", "initial": 1, "note": "",
                     "inherent_likelihood": 3, "inherent_impact": 5, "inherent_score": 15,
                     "residual_likelihood": 2, "residual_impact": 4, "residual_score": 8,
                     "next_review": "2026-07-04", "created_at": "2026-01-05 09:00:00",
                     "created_by": "manager"}),
    ("risk_drill", {"id": 1, "plan_id": 1, "version_id": 1, "status": "done",
                    "planned_on": "2026-01-20", "held_on": "2026-01-20",
                    "start_time": "16:30:00.000000", "announced": 1, "duration_seconds": 600,
                    "lead_staff_id": 1, "scenario": "", "summary": "演练总结", "strengths": "",
                    "improvements": "", "created_at": "2026-01-10 09:00:00",
                    "created_by": "manager", "recorded_at": "2026-01-20 18:00:00",
                    "recorded_by": "manager"}),
    ("risk_drill_participant", {"id": 1, "drill_id": 1, "staff_id": 1, "role": "",
                                "present": 1, "note": ""}),
    ("risk_drill_step", {"id": 1, "drill_id": 1, "step_id": 1, "seconds": 170, "note": ""}),
    ("risk_drill_rating", {"id": 1, "drill_id": 1, "objective_id": 1, "rating": "p",
                           "note": ""}),
    ("risk_drill_issue", {"id": 1, "drill_id": 1, "position": 0, "text": "集合点清点偏慢"}),
    ("risk_drill_photo", {"id": 1, "drill_id": 1, "sha256": "0" * 64, "extension": ".jpg",
                          "size": 1, "original_name": "drill.jpg", "position": 0}),
    ("risk_drill_risk", {"drill_id": 1, "risk_id": 1}),
)  # fmt: skip


def _insert_risk_rows(conn: sqlite3.Connection) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table, row in RISK_ROWS:
        if table in tables:
            _insert(conn, table, row)


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
                _insert_risk_rows(conn)
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
