"""Demo steps: the built-in plans, a risk register with review histories, and drills.

Small scale: the starter register and a few more risks, drills at the required frequency with a
miss or two. Large scale (five years of a busy branch): over 500 risks and over 200 drills — the
branch drills each shift team, so more often than required. Rows go in by bulk insert.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select

from branchops.core.actions.models import CorrectiveAction
from branchops.core.demo import DemoContext, DemoStep, register
from branchops.core.risk.builtin import add_missing_plans, starter_register
from branchops.core.risk.demo_drills import generate_drills
from branchops.core.risk.models import EmergencyPlan, Risk, RiskReview, RiskStatus
from branchops.core.risk.scoring import RiskSettings
from branchops.core.staff.models import Staff
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser

DEMO_USER = CurrentUser(None, "demo", "", Role.MANAGER)
LARGE_RISKS = 520
SMALL_EXTRA = 10
PLACES = (
    "营业大厅",
    "现金区",
    "自助银行",
    "贵宾理财室",
    "后台库房",
    "机房",
    "员工通道",
    "客户等候区",
    "对公业务区",
    "夜间值守",
    "外拓营销",
    "押运交接",
)
REVIEW_NOTES = (
    "复核控制措施执行情况，维持原评估",
    "控制措施有效，残余风险下降",
    "新增监控点位，降低可能性",
    "近期同业发生类似事件，提高关注",
    "结合演练结果调整评分",
    "总部检查后更新控制措施",
    "季度风险排查，情况无变化",
)


def _clamp(value: int) -> int:
    return max(1, min(5, value))


def _people(ctx: DemoContext) -> list[tuple[int, str]]:
    ids = ctx.shared["staff_ids"][:4]
    names = dict(ctx.session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())
    return [(i, names[i]) for i in ids]


def _history(
    rng: random.Random, rules: RiskSettings, raw: dict, start: date, today: date
) -> tuple[list[dict], int, int]:
    """Assessments from ``start`` to about today: (rows without ids, residual l, residual i)."""
    il, ii = raw["inherent"]
    rl, ri = _clamp(raw["residual"][0] + rng.choice((0, 0, 1))), raw["residual"][1]
    rows = []
    day = start
    initial = True
    while True:
        next_review = rules.next_review(rl * ri, day)
        rows.append(
            {"day": day, "il": il, "ii": ii, "rl": rl, "ri": ri, "next": next_review,
             "initial": initial}
        )  # fmt: skip
        initial = False
        roll = rng.random()
        late = rng.randint(-10, 5) if roll < 0.85 else rng.randint(10, 60)
        day = next_review + timedelta(days=late)
        if day > today:
            break
        change = rng.random()
        if change < 0.25:
            rl = _clamp(rl - 1)
        elif change < 0.33:
            rl = _clamp(rl + 1)
        elif change < 0.38:
            ri = _clamp(ri - 1)
    return rows, rl, ri


def _risks(ctx: DemoContext) -> None:
    session = ctx.session
    rng = ctx.rng("risk")
    add_missing_plans(session, DEMO_USER, ctx.first_day - timedelta(days=180))
    plans = dict(session.execute(select(EmergencyPlan.builtin_key, EmergencyPlan.id)).all())
    rules = RiskSettings()
    people = _people(ctx)
    base = starter_register()
    total = LARGE_RISKS if ctx.large else len(base) + SMALL_EXTRA
    next_id = (session.scalar(select(func.max(Risk.id))) or 0) + 1
    risks, reviews = [], []
    span = max(1, (ctx.today - ctx.first_day).days)
    for index in range(total):
        raw = base[index % len(base)]
        title = raw["title"]["zh"]
        if index >= len(base):
            title = f"{title}（{PLACES[(index // len(base) + index) % len(PLACES)]}）"
        start = (
            ctx.first_day
            if index < len(base)
            else ctx.first_day + timedelta(days=rng.randrange(span))
        )
        rows, rl, ri = _history(rng, rules, raw, start, ctx.today)
        owner_id, owner = rng.choice(people)
        closed = index >= len(base) and rng.random() < 0.04
        last = rows[-1]
        risks.append(
            {
                "id": next_id,
                "code": f"R-{next_id:04d}",
                "builtin_key": raw["key"] if index < len(base) else None,
                "title": title[:200],
                "category": raw["category"],
                "cause": raw["cause"]["zh"],
                "consequence": raw["consequence"]["zh"],
                "inherent_likelihood": last["il"],
                "inherent_impact": last["ii"],
                "inherent_score": last["il"] * last["ii"],
                "treatment": raw.get("treatment", "mitigate"),
                "controls": raw["controls"]["zh"],
                "residual_likelihood": rl,
                "residual_impact": ri,
                "residual_score": rl * ri,
                "residual_note": "" if rl * ri <= last["il"] * last["ii"] else "同业案件增多",
                "owner_staff_id": owner_id,
                "status": RiskStatus.CLOSED if closed else RiskStatus.OPEN,
                "plan_id": plans.get(raw.get("plan", "")),
                "identified_on": start,
                "last_reviewed_on": last["day"],
                "next_review": last["next"],
                "closed_on": ctx.today - timedelta(days=rng.randrange(1, 60)) if closed else None,
                "created_at": datetime.combine(start, time(10, 0)),
                "created_by": "demo",
            }
        )
        if closed and risks[-1]["closed_on"] < start:
            risks[-1]["closed_on"] = start
        for row in rows:
            reviewer_id, reviewer = rng.choice(people)
            reviews.append(
                {
                    "risk_id": next_id,
                    "reviewed_on": row["day"],
                    "reviewer_staff_id": None if row["initial"] else reviewer_id,
                    "reviewer_name": owner if row["initial"] else reviewer,
                    "initial": row["initial"],
                    "note": "" if row["initial"] else rng.choice(REVIEW_NOTES),
                    "inherent_likelihood": row["il"],
                    "inherent_impact": row["ii"],
                    "inherent_score": row["il"] * row["ii"],
                    "residual_likelihood": row["rl"],
                    "residual_impact": row["ri"],
                    "residual_score": row["rl"] * row["ri"],
                    "next_review": row["next"],
                    "created_at": datetime.combine(row["day"], time(15, 0)),
                    "created_by": "demo",
                }
            )
        next_id += 1
    session.execute(insert(Risk), risks)
    session.execute(insert(RiskReview), reviews)
    ctx.shared["risk_ids_by_plan"] = _by_plan(risks)


def _by_plan(risks: list[dict]) -> dict[int, list[int]]:
    grouped: dict[int, list[int]] = {}
    for risk in risks:
        if risk["plan_id"] is not None and risk["status"] is RiskStatus.OPEN:
            grouped.setdefault(risk["plan_id"], []).append(risk["id"])
    return grouped


def _drills(ctx: DemoContext) -> None:
    actions = generate_drills(ctx, DEMO_USER)
    if actions:
        ctx.session.execute(insert(CorrectiveAction), actions)


register(DemoStep("risk", 60, _risks))
register(DemoStep("drills", 61, _drills))
