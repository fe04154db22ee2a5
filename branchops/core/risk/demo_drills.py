"""Demo drills: recorded drills whose step times improve over the years, a few poor ratings that
raise follow-up actions, and the next drills planned. Halfway through, the fire plan gets a new
version (an extra step), so older drills keep version 1."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from branchops.core.actions.service import ActionStatus, Priority, SourceKind
from branchops.core.demo import DemoContext
from branchops.core.risk.followup import link_text
from branchops.core.risk.models import (
    Drill,
    DrillIssue,
    DrillParticipant,
    DrillRating,
    DrillRisk,
    DrillStatus,
    DrillStepTime,
    EmergencyPlan,
    Rating,
)
from branchops.core.risk.plan_input import StepInput
from branchops.core.risk.plan_queries import (
    VersionView,
    current_version_id,
    load_plan_input,
    load_version,
)
from branchops.core.risk.plan_service import write_plan
from branchops.core.risk.programme import add_months
from branchops.core.users.permissions import CurrentUser

FIRE_KEY = "fire_evacuation"
# months between drills at large scale: every shift team drills (more often than required)
LARGE_GAP = {"fire_evacuation": 1, "robbery": 2}
LARGE_OTHER_GAP = 3
UNTIMED_STEP_SECONDS = 180  # a step without a target takes about three minutes
ISSUES = (
    "部分员工对疏散路线不熟悉，出现折返",
    "应急广播音量不足，后区客户未听清",
    "灭火器取用位置被遮挡，取用耗时",
    "集合点清点人数时名单未及时更新",
    "一键报警按钮触发后监控中心回电延迟",
    "柜员现金入柜动作不规范",
    "新入职员工未参加岗前演练培训",
    "应急照明有一处不亮",
    "对讲机电量不足，联络不畅",
)
SUMMARIES = (
    "本次演练按预案开展，各小组分工明确，响应迅速，总体达到预期目标。",
    "演练暴露出个别环节衔接不畅，已明确整改责任人和完成时限。",
    "员工应急意识较上次明显提高，疏散用时缩短，需继续加强新员工培训。",
    "演练组织有序，客户配合良好；个别器材需更换，已提交维修申请。",
)
STRENGTHS = ("分工明确，响应迅速", "报警及时，信息报告准确", "疏散引导有序，无人员遗漏")
IMPROVEMENTS = ("加强新员工培训", "定期检查应急器材", "优化集合点清点流程")


@dataclass
class Batch:
    next_drill: int
    next_issue: int
    drills: list[dict] = field(default_factory=list)
    participants: list[dict] = field(default_factory=list)
    steps: list[dict] = field(default_factory=list)
    ratings: list[dict] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)
    risks: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)


def _schedule(ctx: DemoContext, rng: random.Random, plan: EmergencyPlan) -> list[date]:
    """Days the plan was drilled: the required frequency (now and then a miss) or, at large
    scale, each shift team's drill."""
    gap = plan.frequency_months
    if ctx.large:
        gap = LARGE_GAP.get(plan.builtin_key or "", LARGE_OTHER_GAP)
    days = []
    day = add_months(ctx.first_day, rng.randrange(gap)) + timedelta(days=rng.randrange(5, 20))
    while day <= ctx.today:
        if ctx.large or rng.random() > 0.12:
            days.append(day)
        day = add_months(day, gap) + timedelta(days=rng.randrange(-8, 9))
    return days


def _factor(rng: random.Random, progress: float) -> float:
    """Step time over target: about 1.35 at the start, 0.85 by the end, with noise."""
    return max(0.4, 1.35 - 0.5 * progress + rng.gauss(0, 0.12))


def _rating(rng: random.Random, progress: float, over_target: bool) -> Rating:
    roll = rng.random() - (0.15 if over_target else 0.0) + 0.25 * progress
    if roll < 0.01:
        return Rating.U
    if roll < 0.05:
        return Rating.M
    if roll < 0.42:
        return Rating.S
    return Rating.P


def _drill(
    ctx: DemoContext,
    rng: random.Random,
    batch: Batch,
    plan: EmergencyPlan,
    version: VersionView,
    day: date,
) -> None:
    staff = ctx.shared["staff_ids"]
    leads = staff[:4]
    progress = (day - ctx.first_day).days / max(1, (ctx.today - ctx.first_day).days)
    drill_id = batch.next_drill
    batch.next_drill += 1
    lead = rng.choice(leads)
    team = rng.sample(staff, k=min(len(staff), rng.randint(6, 12)))
    over = False
    total = 0
    for step in version.steps:
        if step.target_seconds is None:
            seconds = max(30, round(UNTIMED_STEP_SECONDS * _factor(rng, progress)))
        else:
            seconds = max(5, round(step.target_seconds * _factor(rng, progress)))
            over = over or seconds > step.target_seconds
        total += seconds
        batch.steps.append({"drill_id": drill_id, "step_id": step.id, "seconds": seconds})
    for person in team:
        present = rng.random() > 0.08
        batch.participants.append(
            {
                "drill_id": drill_id,
                "staff_id": person,
                "role": "",
                "present": present,
                "note": "" if present else rng.choice(("休假", "外出培训", "病假")),
            }
        )
    poor = []
    for objective in version.objectives:
        rating = _rating(rng, progress, over)
        note = "" if rating in (Rating.P, Rating.S) else rng.choice(ISSUES)
        batch.ratings.append(
            {"drill_id": drill_id, "objective_id": objective.id, "rating": rating, "note": note}
        )
        if rating in (Rating.M, Rating.U):
            poor.append((objective.text, rating, note))
    issue_texts = [note for _text, _rating, note in poor]
    if over and rng.random() < 0.2:
        issue_texts.append(rng.choice(ISSUES))
    for position, text in enumerate(dict.fromkeys(issue_texts)):
        batch.issues.append(
            {"id": batch.next_issue, "drill_id": drill_id, "position": position, "text": text}
        )
        _action(ctx, rng, batch, version.name, day, drill_id, batch.next_issue, text, lead)
        batch.next_issue += 1
    for risk_id in ctx.shared.get("risk_ids_by_plan", {}).get(plan.id, [])[:3]:
        batch.risks.append({"drill_id": drill_id, "risk_id": risk_id})
    start = datetime.combine(day, time(rng.choice((8, 16, 17)), rng.choice((0, 15, 30))))
    batch.drills.append(
        {
            "id": drill_id,
            "plan_id": plan.id,
            "version_id": version.id,
            "status": DrillStatus.DONE,
            "planned_on": day if rng.random() < 0.8 else None,
            "held_on": day,
            "start_time": start.time(),
            "announced": rng.random() < 0.75,
            "duration_seconds": total + rng.randint(120, 900),
            "lead_staff_id": lead,
            "scenario": "",
            "summary": rng.choice(SUMMARIES),
            "strengths": rng.choice(STRENGTHS),
            "improvements": rng.choice(IMPROVEMENTS) if poor or over else "",
            "created_at": start - timedelta(days=14),
            "created_by": "demo",
            "recorded_at": start + timedelta(hours=2),
            "recorded_by": "demo",
        }
    )


def _action(
    ctx: DemoContext,
    rng: random.Random,
    batch: Batch,
    plan_name: str,
    day: date,
    drill_id: int,
    issue_id: int,
    text: str,
    owner: int,
) -> None:
    due = day + timedelta(days=30)
    row = {
        "title": text[:200],
        "description": "",
        "source_kind": SourceKind.DRILL,
        "source_id": drill_id,
        "source_sub_id": issue_id,
        "link_text": link_text(plan_name, day, text)[:300],
        "owner_staff_id": owner,
        "due_date": due,
        "priority": Priority.MEDIUM,
        "status": ActionStatus.OPEN,
        "evidence": "",
        "started_on": None,
        "done_on": None,
        "verifier_staff_id": None,
        "verified_on": None,
        "verified_by": "",
        "created_on": day,
        "created_at": datetime.combine(day, time(18, 0)),
        "created_by": "demo",
    }
    if due < ctx.today - timedelta(days=15) and rng.random() < 0.9:
        verifiers = [s for s in ctx.shared["staff_ids"][:4] if s != owner] or [owner]
        done = min(day + timedelta(days=rng.randint(7, 40)), ctx.today)
        row.update(
            status=ActionStatus.VERIFIED,
            started_on=day + timedelta(days=1),
            done_on=done,
            evidence="已完成整改并组织复训",
            verifier_staff_id=rng.choice(verifiers),
            verified_on=done,
            verified_by="demo",
        )
    batch.actions.append(row)


def _flush(session: Session, batch: Batch) -> None:
    tables = (
        (Drill, batch.drills),
        (DrillParticipant, batch.participants),
        (DrillStepTime, batch.steps),
        (DrillRating, batch.ratings),
        (DrillIssue, batch.issues),
        (DrillRisk, batch.risks),
    )
    for model, rows in tables:
        if rows:
            session.execute(insert(model), rows)
        rows.clear()


def _new_fire_version(session: Session, user: CurrentUser, plan: EmergencyPlan) -> None:
    data = load_plan_input(session, plan.id)
    data.steps.insert(
        5,
        StepInput(
            text="检查卫生间、休息室等区域，确认无人员滞留",
            text_en="Restrooms and rest rooms swept: nobody left inside",
            role="疏散引导组",
            role_en="Evacuation team",
            target_seconds=90,
        ),
    )
    write_plan(session, user, data, plan.id)


def _planned(ctx: DemoContext, rng: random.Random, plans: list[EmergencyPlan]) -> None:
    leads = ctx.shared["staff_ids"][:4]
    for plan in plans[:3]:
        day = ctx.today + timedelta(days=rng.randint(3, 40))
        ctx.session.add(
            Drill(
                plan_id=plan.id,
                version_id=current_version_id(ctx.session, plan.id),
                status=DrillStatus.PLANNED,
                planned_on=day,
                announced=True,
                lead_staff_id=rng.choice(leads),
                created_at=datetime.combine(ctx.today, time(9, 0)),
                created_by="demo",
            )
        )


def generate_drills(ctx: DemoContext, user: CurrentUser) -> list[dict]:
    """Write the drills; returns the follow-up actions' rows for the demo step to insert."""
    session = ctx.session
    rng = ctx.rng("drills")
    plans = list(session.scalars(select(EmergencyPlan).order_by(EmergencyPlan.sort_order)))
    actions: list[dict] = []
    batch = Batch(
        next_drill=(session.scalar(select(func.max(Drill.id))) or 0) + 1,
        next_issue=(session.scalar(select(func.max(DrillIssue.id))) or 0) + 1,
    )
    midpoint = ctx.first_day + (ctx.today - ctx.first_day) / 2
    schedules = {plan.id: _schedule(ctx, rng, plan) for plan in plans}
    for phase in ("before", "after"):
        for plan in plans:
            version = load_version(session, current_version_id(session, plan.id))
            for day in schedules[plan.id]:
                if (day <= midpoint) == (phase == "before"):
                    _drill(ctx, rng, batch, plan, version, day)
        actions.extend(batch.actions)
        batch.actions = []
        _flush(session, batch)
        fire = next((p for p in plans if p.builtin_key == FIRE_KEY), None)
        if (
            phase == "before"
            and fire is not None
            and any(d <= midpoint for d in schedules[fire.id])
        ):
            _new_fire_version(session, user, fire)
    _planned(ctx, rng, plans)
    return actions
