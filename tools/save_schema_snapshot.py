"""Save a small database at one schema revision into tests/db/schemas/, for the upgrade tests.

    .venv/bin/python tools/save_schema_snapshot.py 0001_foundation

Run it for every revision that reaches main, before the next revision changes the schema. The
file holds at least one row in every table of that revision (``ROWS`` below: one block per area;
add a block for the tables your revision adds). Rows name only columns that exist at the
revision: keys for later columns are left out. The tool refuses to save a file in which a table
has no row, or a row lacks a required column. tests/db/test_migrations.py expects every row to
survive every later upgrade, and the branch profile SNAP01, staff member E0001 王芳 and audit
entry 1 to read back unchanged.
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
from branchops.db.engine import DatabaseTarget, create_db_engine, writing
from branchops.db.lifecycle import alembic_config
from branchops.db.revisions import known_revisions

SCHEMAS_DIR = Path(__file__).resolve().parent.parent / "tests" / "db" / "schemas"
CREATED = "2026-01-05 09:00:00.000000"


def _audit_row() -> dict:
    row = {
        "id": 1,
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


# Table -> rows, in an order that satisfies the foreign keys. One block per area.
ROWS: dict[str, list[dict]] = {}

# --- foundation (0001) ---------------------------------------------------------------------------
ROWS |= {
    "branch_profile": [
        {
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
    ],
    "position": [{"id": 1, "name": "柜员", "sort_order": 0}],
    "skill": [{"id": 1, "code": "cashier", "name": "柜员上岗"}],
    "staff": [
        {
            "id": 1,
            "employee_no": "E0001",
            "first_work_date": "2012-07-01",
            "name": "王芳",
            "position_id": 1,
            "employment": "full_time",
            "contract_minutes_per_week": 2400,
            "hire_date": "2020-03-01",
            "leave_date": None,
            "active": 1,
            "phone": "13800000000",
        }
    ],
    "staff_skill": [{"staff_id": 1, "skill_id": 1, "valid_until": "2027-12-31"}],
    "app_user": [
        {
            "id": 1,
            "username": "chenjing",
            "display_name": "陈静",
            "role": "manager",
            "password_hash": "",
            "active": 1,
            "failed_attempts": 0,
            "locked_until": None,
        }
    ],
    "kpi_target": [{"key": "quality.avg_score", "value": 90.0}],
    "opening_hours": [
        {"weekday": 0, "is_open": 1, "opens": "09:00:00.000000", "closes": "17:00:00.000000"}
    ],
    "setting": [{"key": "branch.setup_done", "value": "true"}],
    "audit_log": [_audit_row()],
}

# --- quality checks and corrective actions (0002) ------------------------------------------------
ROWS |= {
    "qc_template": [
        {
            "id": 1,
            "name": "每日营业前检查",
            "name_en": "Daily opening check",
            "description": "",
            "builtin_key": "daily_opening",
            "recurrence": "daily",
            "recurrence_day": 0,
            "schedule_start": "2026-01-01",
            "archived": 0,
            "sort_order": 1,
            "current_version": 1,
            "created_at": CREATED,
        }
    ],
    "qc_template_version": [
        {
            "id": 1,
            "template_id": 1,
            "number": 1,
            "name": "每日营业前检查",
            "name_en": "Daily opening check",
            "pass_mark": 90.0,
            "created_at": CREATED,
            "created_by": "manager",
        }
    ],
    "qc_section": [
        {"id": 1, "version_id": 1, "position": 0, "title": "安全保卫", "title_en": "Security"}
    ],
    "qc_item": [
        {
            "id": 1,
            "version_id": 1,
            "section_id": 1,
            "position": 0,
            "key": "D01",
            "text": "营业前由两名员工共同开启网点大门",
            "text_en": "Two staff opened the branch door together",
            "guidance": "",
            "guidance_en": "",
            "answer_type": "pass_fail",
            "scale_max": None,
            "choices": "",
            "number_min": None,
            "number_max": None,
            "unit": "",
            "yes_is_good": 1,
            "weight": 5.0,
            "category": "security",
            "critical": 1,
            "concerns_staff": 0,
            "required": 1,
            "condition_key": None,
            "condition_value": None,
        }
    ],
    "qc_inspection": [
        {
            "id": 1,
            "template_id": 1,
            "version_id": 1,
            "status": "completed",
            "due_date": "2026-01-05",
            "performed_at": "2026-01-05 08:25:00.000000",
            "inspector_staff_id": 1,
            "inspector_name": "王芳",
            "note": "",
            "score": 100.0,
            "result": "passed",
            "critical_failures": 0,
            "failed_items": 0,
            "created_at": "2026-01-05 08:25:00.000000",
            "created_by": "manager",
            "completed_at": "2026-01-05 08:50:00.000000",
            "completed_by": "manager",
            "amendment_count": 1,
        }
    ],
    "qc_answer": [
        {
            "id": 1,
            "inspection_id": 1,
            "item_id": 1,
            "value": "pass",
            "comment": "",
            "staff_id": None,
            "fraction": 1.0,
            "counted": 1,
            "failed": 0,
            "critical_failed": 0,
        }
    ],
    "qc_photo": [
        {
            "id": 1,
            "answer_id": 1,
            "sha256": "ab" * 32,
            "extension": ".jpg",
            "size": 1234,
            "original_name": "大门.jpg",
            "position": 0,
        }
    ],
    "qc_amendment": [
        {
            "id": 1,
            "inspection_id": 1,
            "at": "2026-01-06 10:00:00.000000",
            "username": "manager",
            "reason": "补录评语",
            "changes": "{}",
        }
    ],
    "corrective_action": [
        {
            "id": 1,
            "title": "营业大厅室温",
            "description": "室温过高",
            "source_kind": "inspection",
            "source_id": 1,
            "source_sub_id": 1,
            "link_text": "每日营业前检查 2026-01-05",
            "owner_staff_id": 1,
            "due_date": "2026-01-19",
            "priority": "high",
            "status": "in_progress",
            "evidence": "",
            "started_on": "2026-01-05",
            "done_on": None,
            "verifier_staff_id": None,
            "verified_on": None,
            "verified_by": "",
            "created_on": "2026-01-05",
            "created_at": CREATED,
            "created_by": "manager",
        }
    ],
}

# --- staff scheduling (0003) ---------------------------------------------------------------------
ROWS |= {
    "shift_type": [
        {
            "id": 1,
            "code": "E",
            "name": "早班",
            "start": "08:30:00.000000",
            "end": "17:00:00.000000",
            "overnight": 0,
            "break_minutes": 60,
            "colour": "#ffd27f",
            "active": 1,
            "sort_order": 0,
        }
    ],
    "special_day": [
        {"id": 1, "name": "季末高峰", "first_day": "2026-03-29", "last_day": "2026-03-31"}
    ],
    "staffing_need": [
        {
            "id": 1,
            "weekday": 0,
            "special_day_id": None,
            "shift_type_id": 1,
            "min_headcount": 1,
            "max_headcount": None,
        }
    ],
    "need_skill": [{"need_id": 1, "skill_id": 1, "count": 1}],
    "leave_request": [
        {
            "id": 1,
            "staff_id": 1,
            "kind": "annual",
            "first_day": "2026-02-02",
            "last_day": "2026-02-03",
            "half_day": 0,
            "status": "requested",
            "days": 2.0,
            "note": "",
            "decided_by": "",
            "decided_at": None,
        }
    ],
    "leave_entitlement": [{"staff_id": 1, "year": 2026, "days": 10.0}],
    "roster_publication": [
        {
            "id": 1,
            "first_day": "2026-01-05",
            "last_day": "2026-01-11",
            "published_at": "2026-01-02 17:30:00.000000",
            "published_by": "陈静",
        }
    ],
    "roster_assignment": [{"id": 1, "staff_id": 1, "day": "2026-01-05", "shift_type_id": 1}],
    "roster_change": [
        {
            "id": 1,
            "staff_id": 1,
            "day": "2026-01-06",
            "old_shift": "",
            "new_shift": "E",
            "reason": "员工申请调班",
            "changed_by": "陈静",
            "changed_at": "2026-01-04 17:30:00.000000",
        }
    ],
    "rule_override": [
        {
            "id": 1,
            "rule": "too_many_days",
            "staff_id": 1,
            "day": "2026-01-11",
            "shift_code": "E",
            "message": "连续上班超过 6 天",
            "reason": "季末人手不足",
            "overridden_by": "陈静",
            "overridden_at": "2026-01-04 17:40:00.000000",
        }
    ],
    "shift_preference": [
        {"id": 1, "staff_id": 1, "weekday": None, "shift_type_id": 1, "prefers": 1}
    ],
    "timesheet_entry": [
        {"id": 1, "staff_id": 1, "day": "2026-01-05", "actual_minutes": 480, "note": ""}
    ],
    "unavailability": [
        {
            "id": 1,
            "staff_id": 1,
            "first_day": "2026-01-01",
            "last_day": None,
            "weekday": 6,
            "note": "周日休息",
        }
    ],
}

# --- monthly HQ workbook export log (0004) -------------------------------------------------------
ROWS |= {
    "report_export": [
        {
            "id": 1,
            "period": "2025-12",
            "revision": 1,
            "exported_at": CREATED,
            "file_name": "SNAP01-2025-12-r1.xlsx",
            "sha256": "cd" * 32,
            "username": "manager",
            "language": "zh_CN",
            "unmasked": 0,
            "gaps": 0,
        }
    ],
}


# --- leave law (0011) ----------------------------------------------------------------------------
ROWS |= {
    "leave_day": [
        {"leave_request_id": 1, "day": "2026-02-02", "days": 1.0},
        {"leave_request_id": 1, "day": "2026-02-03", "days": 1.0},
    ],
}


# --- training (0007) -----------------------------------------------------------------------------
ROWS |= {
    "training_course": [
        {
            "id": 1,
            "code": "XF02",
            "title": "消防安全员培训",
            "title_en": "Fire warden course",
            "category": "fire_safety",
            "validity_months": 12,
            "minutes": 480,
            "pass_mark": 80.0,
            "issues_certificate": 1,
            "grants_skill_id": None,
            "required_for_all": 0,
            "active": 1,
            "builtin_key": "fire_warden",
            "sort_order": 1,
            "description": "",
        }
    ],
    "training_course_position": [{"course_id": 1, "position_id": 1}],
    "training_session": [
        {
            "id": 1,
            "course_id": 1,
            "day": "2026-01-12",
            "start_time": "17:30:00.000000",
            "minutes": 480,
            "status": "held",
            "trainer_staff_id": None,
            "trainer_name": "市消防培训中心 刘老师",
            "place": "二楼会议室",
            "online": 0,
            "note": "",
            "created_at": "2026-01-12 18:00:00.000000",
            "created_by": "manager",
        }
    ],
    "training_attendance": [
        {
            "id": 1,
            "session_id": 1,
            "staff_id": 1,
            "status": "present",
            "score": 92.0,
            "passed": 1,
            "certificate_no": "XF02-20260112-001",
            "valid_until": "2027-01-11",
        }
    ],
    "training_certificate": [
        {
            "id": 1,
            "staff_id": 1,
            "name": "红十字救护员证",
            "number": "HSZ1234567",
            "issuer": "中国红十字会",
            "issued_on": "2025-05-01",
            "valid_until": "2028-04-30",
            "course_id": None,
            "skill_id": None,
            "scan_sha256": "",
            "scan_extension": "",
            "scan_name": "",
            "note": "",
        }
    ],
}


# --- budget (0009) ------------------------------------------------------------------------------
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
for _table, _row in BUDGET_ROWS:
    ROWS.setdefault(_table, []).append(_row)
# --- risk register and emergency drills (0010) ---------------------------------------------------
ROWS |= {
    "risk_plan": [
        {
            "id": 1,
            "builtin_key": "fire_evacuation",
            "name": "火灾疏散应急预案",
            "name_en": "Fire evacuation plan",
            "frequency_months": 6,
            "programme_start": "2026-01-01",
            "archived": 0,
            "sort_order": 1,
            "current_version": 1,
            "created_at": CREATED,
        }
    ],
    "risk_plan_version": [
        {
            "id": 1,
            "plan_id": 1,
            "number": 1,
            "name": "火灾疏散应急预案",
            "name_en": "Fire evacuation plan",
            "purpose": "",
            "purpose_en": "",
            "created_at": CREATED,
            "created_by": "manager",
        }
    ],
    "risk_plan_role": [
        {"id": 1, "version_id": 1, "position": 0, "name": "现场总指挥", "name_en": "",
         "duty": "", "duty_en": ""}
    ],
    "risk_plan_step": [
        {"id": 1, "version_id": 1, "position": 0, "key": "S1", "text": "疏散完毕",
         "text_en": "", "role": "", "role_en": "", "target_seconds": 180}
    ],
    "risk_plan_objective": [
        {"id": 1, "version_id": 1, "position": 0, "key": "O1", "text": "3分钟内完成疏散",
         "text_en": ""}
    ],
    "risk": [
        {
            "id": 1,
            "code": "R-0001",
            "builtin_key": "fire",
            "title": "营业厅火灾",
            "category": "fire",
            "cause": "",
            "consequence": "",
            "inherent_likelihood": 3,
            "inherent_impact": 5,
            "inherent_score": 15,
            "treatment": "mitigate",
            "controls": "",
            "residual_likelihood": 2,
            "residual_impact": 4,
            "residual_score": 8,
            "residual_note": "",
            "owner_staff_id": 1,
            "status": "open",
            "plan_id": 1,
            "identified_on": "2026-01-05",
            "last_reviewed_on": "2026-01-05",
            "next_review": "2026-07-04",
            "closed_on": None,
            "created_at": CREATED,
            "created_by": "manager",
        }
    ],
    "risk_review": [
        {
            "id": 1,
            "risk_id": 1,
            "reviewed_on": "2026-01-05",
            "reviewer_staff_id": 1,
            "reviewer_name": "王芳",
            "initial": 1,
            "note": "",
            "inherent_likelihood": 3,
            "inherent_impact": 5,
            "inherent_score": 15,
            "residual_likelihood": 2,
            "residual_impact": 4,
            "residual_score": 8,
            "next_review": "2026-07-04",
            "created_at": CREATED,
            "created_by": "manager",
        }
    ],
    "risk_drill": [
        {
            "id": 1,
            "plan_id": 1,
            "version_id": 1,
            "status": "done",
            "planned_on": "2026-01-20",
            "held_on": "2026-01-20",
            "start_time": "16:30:00.000000",
            "announced": 1,
            "duration_seconds": 600,
            "lead_staff_id": 1,
            "scenario": "",
            "summary": "演练总结",
            "strengths": "",
            "improvements": "",
            "created_at": CREATED,
            "created_by": "manager",
            "recorded_at": "2026-01-20 18:00:00.000000",
            "recorded_by": "manager",
        }
    ],
    "risk_drill_participant": [
        {"id": 1, "drill_id": 1, "staff_id": 1, "role": "", "present": 1, "note": ""}
    ],
    "risk_drill_step": [{"id": 1, "drill_id": 1, "step_id": 1, "seconds": 170, "note": ""}],
    "risk_drill_rating": [
        {"id": 1, "drill_id": 1, "objective_id": 1, "rating": "p", "note": ""}
    ],
    "risk_drill_issue": [{"id": 1, "drill_id": 1, "position": 0, "text": "集合点清点偏慢"}],
    "risk_drill_photo": [
        {"id": 1, "drill_id": 1, "sha256": "0" * 64, "extension": ".jpg", "size": 1,
         "original_name": "drill.jpg", "position": 0}
    ],
    "risk_drill_risk": [{"drill_id": 1, "risk_id": 1}],
}  # fmt: skip


# --- customer feedback (0008) ---------------------------------------------------------------
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
for _table, _row in FEEDBACK_ROWS:
    ROWS.setdefault(_table, []).append(_row)


class SnapshotError(Exception):
    pass


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, bool]:
    """Column name -> required (NOT NULL without a default, and not the integer primary key)."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    single_pk = sum(1 for c in info if c[5]) == 1
    return {
        c[1]: bool(c[3]) and c[4] is None and not (single_pk and c[5] and c[2] == "INTEGER")
        for c in info
    }


def fill(conn: sqlite3.Connection) -> None:
    tables = {
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        if r[0] != "alembic_version" and not r[0].startswith("sqlite_")
    }
    for table, rows in ROWS.items():
        if table not in tables:
            continue  # added by a later revision
        columns = _columns(conn, table)
        for row in rows:
            missing = [c for c, required in columns.items() if required and c not in row]
            if missing:
                raise SnapshotError(f"{table}: the row lacks {', '.join(missing)}")
            present = {k: v for k, v in row.items() if k in columns}
            names = ", ".join(f'"{k}"' for k in present)
            marks = ", ".join("?" for _ in present)
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            conn.execute(insert, list(present.values()))
    empty = sorted(t for t in tables if not conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone())
    if empty:
        raise SnapshotError(
            "no row for " + ", ".join(empty) + ": add them to ROWS in tools/save_schema_snapshot.py"
        )
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise SnapshotError(f"rows point to missing records: {problems}")


def build(revision: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "snapshot.sqlite3"
        engine = create_db_engine(DatabaseTarget.parse(scratch))
        with writing(engine).begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        engine.dispose()
        conn = sqlite3.connect(scratch)
        try:
            with conn:
                fill(conn)
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
    try:
        build(args.revision, out)
    except SnapshotError as error:
        print(f"not saved: {error}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
