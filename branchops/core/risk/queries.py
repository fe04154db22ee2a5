"""The risk register as plain rows: one page sorted and filtered in SQL, heat-map counts over the
same filters, one risk with its review history.

Filters (``ListQuery.filters``): ``status`` ("open" or "closed"), ``category``, ``level`` (the
residual level: one or a list), ``inherent_level``, ``owner_id``, ``plan_id``, ``review_overdue``
(True), ``review_due_by`` (a day: open risks to review by then), ``drill_overdue`` (True: the
linked scenario's drill is overdue), ``cell`` (``("inherent"|"residual", likelihood, impact)``,
one cell of a heat map), ``risk_id``, ``today``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from branchops import clock
from branchops.core.listing import (
    LIKE_ESCAPE,
    ListQuery,
    apply_paging,
    contains_pattern,
    count_rows,
)
from branchops.core.risk.labels import (
    category_label,
    level_label,
    localized,
    status_label,
    treatment_label,
)
from branchops.core.risk.models import (
    EmergencyPlan,
    Risk,
    RiskCategory,
    RiskReview,
    RiskStatus,
    Treatment,
)
from branchops.core.risk.programme import overdue_plan_ids
from branchops.core.risk.scoring import Level, RiskSettings, load_settings
from branchops.core.risk.service import risk_not_found
from branchops.core.staff.models import Staff

Owner = aliased(Staff)


@dataclass(frozen=True)
class RiskRow:
    id: int
    code: str
    title: str
    category: RiskCategory
    category_label: str
    inherent_likelihood: int
    inherent_impact: int
    inherent_score: int
    inherent_level: Level
    inherent_level_label: str
    residual_likelihood: int
    residual_impact: int
    residual_score: int
    residual_level: Level
    residual_level_label: str
    treatment: Treatment
    treatment_label: str
    owner_id: int | None
    owner: str
    plan_id: int | None
    plan: str
    status: RiskStatus
    status_label: str
    next_review: date
    review_overdue: bool
    drill_overdue: bool
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


@dataclass(frozen=True)
class ReviewRow:
    id: int
    reviewed_on: date
    reviewer: str
    initial: bool
    note: str
    inherent_likelihood: int
    inherent_impact: int
    inherent_score: int
    residual_likelihood: int
    residual_impact: int
    residual_score: int
    next_review: date


@dataclass(frozen=True)
class RiskDetail:
    row: RiskRow
    cause: str
    consequence: str
    controls: str
    residual_note: str
    identified_on: date
    last_reviewed_on: date | None
    closed_on: date | None
    reviews: tuple[ReviewRow, ...]  # oldest first


def _levels(value) -> list[Level]:
    if value is None:
        return []
    return [Level(value)] if isinstance(value, str) else [Level(v) for v in value]


def _level_clause(rules: RiskSettings, column, levels: list[Level]):
    parts = []
    for level in levels:
        low, high = rules.bounds(level)
        parts.append(column.between(low, high))
    return or_(*parts) if parts else None


def _base(session: Session, query: ListQuery, rules: RiskSettings) -> Select:
    f = query.filters
    today = f.get("today") or clock.today()
    stmt = (
        select(Risk, Owner.name.label("owner_name"), EmergencyPlan.name, EmergencyPlan.name_en)
        .outerjoin(Owner, Owner.id == Risk.owner_staff_id)
        .outerjoin(EmergencyPlan, EmergencyPlan.id == Risk.plan_id)
    )
    if f.get("status"):
        stmt = stmt.where(Risk.status == RiskStatus(f["status"]))
    if f.get("category"):
        stmt = stmt.where(Risk.category == RiskCategory(f["category"]))
    for key, column in (("level", Risk.residual_score), ("inherent_level", Risk.inherent_score)):
        clause = _level_clause(rules, column, _levels(f.get(key)))
        if clause is not None:
            stmt = stmt.where(clause)
    if f.get("risk_id"):
        stmt = stmt.where(Risk.id == f["risk_id"])
    if f.get("owner_id"):
        stmt = stmt.where(Risk.owner_staff_id == f["owner_id"])
    if f.get("plan_id"):
        stmt = stmt.where(Risk.plan_id == f["plan_id"])
    if f.get("review_overdue"):
        stmt = stmt.where(Risk.status == RiskStatus.OPEN, Risk.next_review < today)
    if f.get("review_due_by"):
        stmt = stmt.where(Risk.status == RiskStatus.OPEN, Risk.next_review <= f["review_due_by"])
    if f.get("drill_overdue"):
        overdue = overdue_plan_ids(session, today)
        stmt = stmt.where(Risk.plan_id.in_(overdue) if overdue else false())
    cell = f.get("cell")
    if cell:
        which, likelihood, impact = cell
        if which == "inherent":
            stmt = stmt.where(
                Risk.inherent_likelihood == likelihood, Risk.inherent_impact == impact
            )
        else:
            stmt = stmt.where(
                Risk.residual_likelihood == likelihood, Risk.residual_impact == impact
            )
    text = query.search.strip()
    if text:
        pattern = contains_pattern(text)
        stmt = stmt.where(
            or_(
                Risk.title.ilike(pattern, escape=LIKE_ESCAPE),
                Risk.code.ilike(pattern, escape=LIKE_ESCAPE),
                Risk.cause.ilike(pattern, escape=LIKE_ESCAPE),
                Owner.name.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


SORTABLE = {
    "code": Risk.code,
    "title": Risk.title,
    "category_label": Risk.category,
    "inherent_score": Risk.inherent_score,
    "inherent_level_label": Risk.inherent_score,
    "residual_score": Risk.residual_score,
    "residual_level_label": Risk.residual_score,
    "treatment_label": Risk.treatment,
    "owner": Owner.name,
    "plan": EmergencyPlan.name,
    "status_label": Risk.status,
    "next_review": Risk.next_review,
    "review_overdue": Risk.next_review,
}


@dataclass(frozen=True)
class _Context:
    """What every row of one page needs, worked out once: rules, today, words."""

    rules: RiskSettings
    today: date
    overdue_plans: set[int]
    categories: dict
    levels: dict
    treatments: dict
    statuses: dict

    @classmethod
    def of(cls, session: Session, today: date, rules: RiskSettings) -> _Context:
        return cls(
            rules=rules,
            today=today,
            overdue_plans=overdue_plan_ids(session, today),
            categories={c: category_label(c) for c in RiskCategory},
            levels={level: level_label(level) for level in Level},
            treatments={t: treatment_label(t) for t in Treatment},
            statuses={s: status_label(s) for s in RiskStatus},
        )


def _row(risk: Risk, owner, plan, plan_en, ctx: _Context) -> RiskRow:
    rules, today = ctx.rules, ctx.today
    inherent, residual = rules.level(risk.inherent_score), rules.level(risk.residual_score)
    return RiskRow(
        id=risk.id,
        code=risk.code,
        title=risk.title,
        category=risk.category,
        category_label=ctx.categories[risk.category],
        inherent_likelihood=risk.inherent_likelihood,
        inherent_impact=risk.inherent_impact,
        inherent_score=risk.inherent_score,
        inherent_level=inherent,
        inherent_level_label=ctx.levels[inherent],
        residual_likelihood=risk.residual_likelihood,
        residual_impact=risk.residual_impact,
        residual_score=risk.residual_score,
        residual_level=residual,
        residual_level_label=ctx.levels[residual],
        treatment=risk.treatment,
        treatment_label=ctx.treatments[risk.treatment],
        owner_id=risk.owner_staff_id,
        owner=owner or "",
        plan_id=risk.plan_id,
        plan=localized(plan, plan_en or "") if plan else "",
        status=risk.status,
        status_label=ctx.statuses[risk.status],
        next_review=risk.next_review,
        review_overdue=risk.status is RiskStatus.OPEN and risk.next_review < today,
        drill_overdue=risk.status is RiskStatus.OPEN and risk.plan_id in ctx.overdue_plans,
        record_version=risk.version,
    )


def list_risks(session: Session, query: ListQuery) -> list[RiskRow]:
    rules = load_settings(session)
    today = query.filters.get("today") or clock.today()
    stmt = _base(session, query, rules)
    if query.sort_key is None:
        # the worst first: highest residual score, then the review most overdue
        stmt = stmt.order_by(Risk.residual_score.desc(), Risk.next_review, Risk.id)
        stmt = stmt.offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    else:
        stmt = apply_paging(stmt, query, SORTABLE, Risk.id)
    context = _Context.of(session, today, rules)
    return [
        _row(risk, owner, plan, plan_en, context)
        for risk, owner, plan, plan_en in session.execute(stmt)
    ]


def count_risks(session: Session, query: ListQuery) -> int:
    return count_rows(session, _base(session, query, load_settings(session)))


def heat_map(session: Session, which: str, query: ListQuery) -> dict[tuple[int, int], int]:
    """``{(likelihood, impact): count}`` of the risks the list would show (``cell`` ignored)."""
    filters = {k: v for k, v in query.filters.items() if k != "cell"}
    base = _base(session, ListQuery(search=query.search, filters=filters), load_settings(session))
    risks = base.subquery()
    if which == "inherent":
        pair = (risks.c.inherent_likelihood, risks.c.inherent_impact)
    else:
        pair = (risks.c.residual_likelihood, risks.c.residual_impact)
    stmt = select(*pair, func.count()).group_by(*pair)
    return {(likelihood, impact): n for likelihood, impact, n in session.execute(stmt)}


def reviews(session: Session, risk_id: int) -> list[ReviewRow]:
    stmt = (
        select(RiskReview)
        .where(RiskReview.risk_id == risk_id)
        .order_by(RiskReview.reviewed_on, RiskReview.id)
    )
    return [
        ReviewRow(
            id=r.id,
            reviewed_on=r.reviewed_on,
            reviewer=r.reviewer_name,
            initial=r.initial,
            note=r.note,
            inherent_likelihood=r.inherent_likelihood,
            inherent_impact=r.inherent_impact,
            inherent_score=r.inherent_score,
            residual_likelihood=r.residual_likelihood,
            residual_impact=r.residual_impact,
            residual_score=r.residual_score,
            next_review=r.next_review,
        )
        for r in session.scalars(stmt)
    ]


def load_risk(session: Session, risk_id: int) -> RiskDetail:
    rules = load_settings(session)
    today = clock.today()
    found = session.execute(_base(session, ListQuery(), rules).where(Risk.id == risk_id)).first()
    if found is None:
        raise risk_not_found()
    risk, owner, plan, plan_en = found
    return RiskDetail(
        row=_row(risk, owner, plan, plan_en, _Context.of(session, today, rules)),
        cause=risk.cause,
        consequence=risk.consequence,
        controls=risk.controls,
        residual_note=risk.residual_note,
        identified_on=risk.identified_on,
        last_reviewed_on=risk.last_reviewed_on,
        closed_on=risk.closed_on,
        reviews=tuple(reviews(session, risk_id)),
    )


def risk_choices(session: Session, *, include: list[int] | None = None) -> list[tuple[int, str]]:
    """Open risks as ``(id, "R-0001 title")`` for pickers, plus any already chosen ones."""
    stmt = select(Risk.id, Risk.code, Risk.title).order_by(Risk.code)
    wanted = set(include or [])
    stmt = stmt.where(or_(Risk.status == RiskStatus.OPEN, Risk.id.in_(wanted)))
    return [(risk_id, f"{code} {title}") for risk_id, code, title in session.execute(stmt)]
