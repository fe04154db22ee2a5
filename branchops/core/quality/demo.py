"""Demo steps: the built-in templates, inspections that follow the schedule, and their findings.

Inspections are mostly on time, some late, a few missed, the most recent few left as drafts;
answers are imperfect (a few items fail often, critical items rarely). Halfway through, the daily
check gets a new version. Rows go in by bulk insert so that ``--scale large`` stays quick.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from branchops.core.branch.queries import branch_calendar
from branchops.core.demo import DemoContext, DemoStep, register
from branchops.core.quality.builtin import add_missing_builtins
from branchops.core.quality.demo_actions import Failure
from branchops.core.quality.demo_answers import (
    ItemHabit,
    demo_value,
    failure_comment,
    item_habits,
)
from branchops.core.quality.models import (
    Category,
    InspectionResult,
    InspectionStatus,
    QcAmendment,
    QcAnswer,
    QcInspection,
    QcTemplate,
    Recurrence,
)
from branchops.core.quality.schedule import Occurrence, occurrences
from branchops.core.quality.scoring import score_inspection
from branchops.core.quality.template_input import ItemInput
from branchops.core.quality.templates import write_template
from branchops.core.quality.versions import (
    VersionDetail,
    current_version_id,
    load_template_input,
    load_version,
)
from branchops.core.staff.models import Staff
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser

DEMO_USER = CurrentUser(None, "demo", "", Role.MANAGER)
MYSTERY_SHOPPERS = ("第三方暗访员（慧评咨询）", "第三方暗访员（明察调研）")
DAILY_KEY = "daily_opening"
MYSTERY_KEY = "mystery_shopper"


def _new_daily_item() -> ItemInput:
    return ItemInput(
        key="D33",
        text="客户 Wi-Fi、充电设施可正常使用",
        text_en="Customer Wi-Fi and phone charging work",
        category=Category.FACILITIES,
        weight=1.0,
    )


@dataclass
class Batch:
    next_inspection_id: int
    next_answer_id: int
    inspections: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)
    amendments: list[dict] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@dataclass(frozen=True)
class Inspectors:
    staff: list[tuple[int, str]]
    everyone: list[int]


@dataclass(frozen=True)
class Run:
    """One template version being inspected over a stretch of the demo period."""

    version: VersionDetail
    habits: dict[str, ItemHabit]
    early: bool  # the daily opening check is done before opening
    mystery: bool


def _plan(rng: random.Random, occ: Occurrence, today: date) -> tuple[str, date] | None:
    """What happened to one occurrence: ``(status, day performed)`` or None when missed."""
    if occ.due >= today - timedelta(days=4) and rng.random() < 0.35:
        return (InspectionStatus.DRAFT, occ.due) if occ.due <= today else None
    if occ.due == today and rng.random() < 0.4:
        return None  # not done yet today
    roll = rng.random()
    if roll < 0.04:
        return None
    late_days = (min(occ.period_end, today) - occ.due).days
    if roll < 0.10 and late_days > 0:
        return InspectionStatus.COMPLETED, occ.due + timedelta(days=rng.randint(1, late_days))
    return InspectionStatus.COMPLETED, occ.due


def _inspect(
    ctx: DemoContext,
    rng: random.Random,
    batch: Batch,
    run: Run,
    occ: Occurrence,
    inspectors: Inspectors,
) -> None:
    plan = _plan(rng, occ, ctx.today)
    if plan is None:
        return
    status, day = plan
    version, habits = run.version, run.habits
    if run.early:
        started = time(8, rng.randint(20, 55))
    else:
        started = time(rng.randint(10, 15), rng.randint(0, 59))
    if run.mystery:
        inspector_id, inspector = None, rng.choice(MYSTERY_SHOPPERS)
    else:
        inspector_id, inspector = rng.choice(inspectors.staff)
    age = (ctx.today - day).days / max((ctx.today - ctx.first_day).days, 1)
    strictness = (0.7 + 0.6 * age) * rng.uniform(0.6, 1.6)
    values: dict[str, str | None] = {}
    for item in version.items:
        spec = item.spec
        if spec.condition_key and values.get(spec.condition_key) != spec.condition_value:
            continue
        if status is InspectionStatus.DRAFT and rng.random() < 0.35:
            continue
        values[item.key] = demo_value(rng, spec, habits[item.key], strictness)
    score = score_inspection(version.specs, values, version.pass_mark)
    inspection_id = batch.next_inspection_id
    batch.next_inspection_id += 1
    performed_at = datetime.combine(day, started)
    completed = status is InspectionStatus.COMPLETED
    result = None
    if completed and score.passed is not None:
        result = InspectionResult.PASSED if score.passed else InspectionResult.FAILED
    batch.inspections.append(
        {
            "id": inspection_id,
            "template_id": version.template_id,
            "version_id": version.id,
            "status": status,
            "due_date": occ.due,
            "performed_at": performed_at,
            "inspector_staff_id": inspector_id,
            "inspector_name": inspector,
            "note": "",
            "score": score.score,
            "result": result,
            "critical_failures": len(score.critical_failures),
            "failed_items": len(score.failed),
            "created_at": performed_at,
            "created_by": "demo",
            "completed_at": performed_at + timedelta(minutes=25) if completed else None,
            "completed_by": "demo" if completed else None,
            "amendment_count": 0,
        }
    )
    for item in version.items:
        if item.key not in values:
            continue
        outcome = score.outcomes[item.key]
        staff_id = None
        comment = ""
        if outcome.failed:
            comment = failure_comment(rng, item.text)
            if item.concerns_staff and rng.random() < 0.85:
                staff_id = rng.choice(inspectors.everyone)
        answer_id = batch.next_answer_id
        batch.next_answer_id += 1
        batch.answers.append(
            {
                "id": answer_id,
                "inspection_id": inspection_id,
                "item_id": item.id,
                "value": values[item.key],
                "comment": comment,
                "staff_id": staff_id,
                "fraction": outcome.fraction,
                "counted": outcome.counted,
                "failed": outcome.failed,
                "critical_failed": outcome.critical_failed,
            }
        )
        if outcome.failed and completed:
            batch.failures.append(
                Failure(
                    answer_id,
                    inspection_id,
                    day,
                    version.name,
                    item.text,
                    outcome.critical_failed,
                    staff_id,
                    comment,
                )
            )
    if completed and rng.random() < 0.01 and batch.answers[-1]["inspection_id"] == inspection_id:
        _amend(rng, batch, inspection_id, performed_at)


def _amend(rng: random.Random, batch: Batch, inspection_id: int, performed_at: datetime) -> None:
    answer = batch.answers[-1]
    old, new = answer["comment"], (answer["comment"] + "（已补充说明）").strip()
    answer["comment"] = new
    batch.inspections[-1]["amendment_count"] = 1
    batch.amendments.append(
        {
            "inspection_id": inspection_id,
            "at": performed_at + timedelta(days=rng.randint(1, 3)),
            "username": "demo",
            "reason": rng.choice(("补充检查说明", "更正录入错误", "复核后补充情况")),
            "changes": json.dumps(
                [{"item": "", "field": "comment", "old": old, "new": new}], ensure_ascii=False
            ),
        }
    )


def _inspectors(ctx: DemoContext) -> Inspectors:
    everyone: list[int] = ctx.shared["staff_ids"]
    leads = everyone[:4]  # the staff step puts the director, deputy and lobby managers first
    names = dict(ctx.session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(leads))).all())
    return Inspectors([(i, names[i]) for i in leads], everyone)


def _quality(ctx: DemoContext) -> None:
    session = ctx.session
    rng = ctx.rng("quality")
    add_missing_builtins(session, DEMO_USER, ctx.first_day)
    templates = list(session.scalars(select(QcTemplate).order_by(QcTemplate.sort_order)))
    cal = branch_calendar(session)
    inspectors = _inspectors(ctx)
    midpoint = ctx.first_day + (ctx.today - ctx.first_day) / 2
    batch = Batch(
        next_inspection_id=(session.scalar(select(func.max(QcInspection.id))) or 0) + 1,
        next_answer_id=(session.scalar(select(func.max(QcAnswer.id))) or 0) + 1,
    )
    plans = {
        t.id: occurrences(t.recurrence, t.recurrence_day, cal, ctx.first_day, ctx.today)
        for t in templates
    }
    # On the first day of a month a one-month demo has first_day == today == midpoint.
    phases = sorted({midpoint, ctx.today})
    for phase_end in phases:
        for template in templates:
            version = load_version(session, current_version_id(session, template.id))
            run = Run(
                version=version,
                habits=item_habits(random.Random(f"{ctx.seed}:{template.id}"), version.items),
                early=template.recurrence is Recurrence.DAILY,
                mystery=template.builtin_key == MYSTERY_KEY,
            )
            due_now = [o for o in plans[template.id] if o.due <= phase_end]
            plans[template.id] = [o for o in plans[template.id] if o.due > phase_end]
            for occ in due_now:
                _inspect(ctx, rng, batch, run, occ, inspectors)
        _flush(session, batch)
        if phase_end != phases[-1] or len(phases) == 1:
            _new_daily_version(ctx, templates)
    ctx.shared["quality_failures"] = batch.failures


def _flush(session: Session, batch: Batch) -> None:
    if batch.inspections:
        session.execute(insert(QcInspection), batch.inspections)
    if batch.answers:
        session.execute(insert(QcAnswer), batch.answers)
    if batch.amendments:
        session.execute(insert(QcAmendment), batch.amendments)
    batch.inspections, batch.answers, batch.amendments = [], [], []


def _new_daily_version(ctx: DemoContext, templates: list[QcTemplate]) -> None:
    daily = next((t for t in templates if t.builtin_key == DAILY_KEY), None)
    if daily is None:
        return
    data = load_template_input(ctx.session, daily.id)
    data.sections[1].items.append(_new_daily_item())
    write_template(ctx.session, DEMO_USER, data, daily.id)


register(DemoStep("quality", 30, _quality))
