"""Drills as plain rows: the list (sorted and filtered in SQL) and one drill in full.

Filters: ``plan_id``, ``status`` ("planned"/"done"), ``first``/``last`` (the drill's day: held,
or planned when not held yet), ``poor`` (True: an objective rated M or U), ``late`` (True: planned
for a day already past and not recorded), ``today``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, case, func, or_, select
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
    POOR_RATINGS,
    drill_status_label,
    format_seconds,
    localized,
)
from branchops.core.risk.models import (
    Drill,
    DrillIssue,
    DrillParticipant,
    DrillRating,
    DrillStatus,
    DrillStepTime,
    EmergencyPlan,
    PlanStep,
    PlanVersion,
    Rating,
)
from branchops.core.staff.models import Staff

Lead = aliased(Staff)
DAY = func.coalesce(Drill.held_on, Drill.planned_on)


def _count(model, *where):
    return select(func.count(model.id)).where(model.drill_id == Drill.id, *where).scalar_subquery()


PRESENT = _count(DrillParticipant, DrillParticipant.present.is_(True))
ABSENT = _count(DrillParticipant, DrillParticipant.present.is_(False))
POOR = _count(DrillRating, DrillRating.rating.in_(POOR_RATINGS))
ISSUES = _count(DrillIssue)
TIMED = (
    select(func.count(DrillStepTime.id))
    .join(PlanStep, PlanStep.id == DrillStepTime.step_id)
    .where(DrillStepTime.drill_id == Drill.id, PlanStep.target_seconds.is_not(None))
    .scalar_subquery()
)
MET = (
    select(func.count(DrillStepTime.id))
    .join(PlanStep, PlanStep.id == DrillStepTime.step_id)
    .where(
        DrillStepTime.drill_id == Drill.id,
        PlanStep.target_seconds.is_not(None),
        DrillStepTime.seconds <= PlanStep.target_seconds,
    )
    .scalar_subquery()
)


def _rating_count(rating: Rating):
    return _count(DrillRating, DrillRating.rating == rating)


RATINGS = {rating: _rating_count(rating) for rating in Rating}


@dataclass(frozen=True)
class DrillRow:
    id: int
    plan_id: int
    plan: str
    version: int
    status: DrillStatus
    status_label: str
    day: date | None
    planned_on: date | None
    held_on: date | None
    announced: bool
    duration_seconds: int | None
    lead: str
    present: int
    absent: int
    targets_met: int
    targets_timed: int
    ratings: dict[Rating, int]
    poor: int
    issues: int
    late: bool  # planned for a past day and not recorded
    record_version: int | None = None  # as the list read it: a save over a newer one is refused

    @property
    def targets_text(self) -> str:
        return f"{self.targets_met}/{self.targets_timed}" if self.targets_timed else ""

    @property
    def duration_text(self) -> str:
        return format_seconds(self.duration_seconds)

    @property
    def ratings_text(self) -> str:
        return " ".join(f"{r.value.upper()}{n}" for r, n in self.ratings.items() if n)


def _base(query: ListQuery) -> Select:
    f = query.filters
    today = f.get("today") or clock.today()
    late = and_(Drill.status == DrillStatus.PLANNED, Drill.planned_on < today)
    stmt = (
        select(
            Drill,
            EmergencyPlan.name,
            EmergencyPlan.name_en,
            PlanVersion.number,
            Lead.name.label("lead_name"),
            PRESENT,
            ABSENT,
            MET,
            TIMED,
            POOR,
            ISSUES,
            *RATINGS.values(),
            late.label("late"),
        )
        .join(EmergencyPlan, EmergencyPlan.id == Drill.plan_id)
        .join(PlanVersion, PlanVersion.id == Drill.version_id)
        .outerjoin(Lead, Lead.id == Drill.lead_staff_id)
    )
    if f.get("plan_id"):
        stmt = stmt.where(Drill.plan_id == f["plan_id"])
    if f.get("status"):
        stmt = stmt.where(Drill.status == DrillStatus(f["status"]))
    if f.get("first"):
        stmt = stmt.where(f["first"] <= DAY)
    if f.get("last"):
        stmt = stmt.where(f["last"] >= DAY)
    if f.get("poor"):
        stmt = stmt.where(POOR > 0)
    if f.get("late"):
        stmt = stmt.where(late)
    text = query.search.strip()
    if text:
        pattern = contains_pattern(text)
        stmt = stmt.where(
            or_(
                EmergencyPlan.name.ilike(pattern, escape=LIKE_ESCAPE),
                EmergencyPlan.name_en.ilike(pattern, escape=LIKE_ESCAPE),
                Drill.scenario.ilike(pattern, escape=LIKE_ESCAPE),
                Drill.summary.ilike(pattern, escape=LIKE_ESCAPE),
                Lead.name.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


SORTABLE = {
    "plan": EmergencyPlan.name,
    "version": PlanVersion.number,
    "status_label": Drill.status,
    "day": DAY,
    "announced": Drill.announced,
    "duration_text": Drill.duration_seconds,
    "lead": Lead.name,
    "present": PRESENT,
    "absent": ABSENT,
    "targets_text": MET,
    "poor": POOR,
    "issues": ISSUES,
}


def _row(found) -> DrillRow:
    drill, name, name_en, number, lead, present, absent, met, timed, poor, issues, *rest = found
    counts, late = rest[: len(RATINGS)], rest[len(RATINGS)]
    return DrillRow(
        id=drill.id,
        plan_id=drill.plan_id,
        plan=localized(name, name_en),
        version=number,
        status=drill.status,
        status_label=drill_status_label(drill.status),
        day=drill.held_on or drill.planned_on,
        planned_on=drill.planned_on,
        held_on=drill.held_on,
        announced=drill.announced,
        duration_seconds=drill.duration_seconds,
        lead=lead or "",
        present=present or 0,
        absent=absent or 0,
        targets_met=met or 0,
        targets_timed=timed or 0,
        ratings={rating: n or 0 for rating, n in zip(RATINGS, counts, strict=True)},
        poor=poor or 0,
        issues=issues or 0,
        late=bool(late),
        record_version=drill.version,
    )


def list_drills(session: Session, query: ListQuery) -> list[DrillRow]:
    stmt = _base(query)
    if query.sort_key is None:
        # planned ones first (soonest first), then recorded ones, newest first
        planned_first = case((Drill.status == DrillStatus.PLANNED, 0), else_=1)
        stmt = stmt.order_by(
            planned_first,
            case((Drill.status == DrillStatus.PLANNED, DAY), else_=None),
            DAY.desc(),
            Drill.id.desc(),
        ).offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    else:
        stmt = apply_paging(stmt, query, SORTABLE, Drill.id)
    return [_row(found) for found in session.execute(stmt)]


def count_drills(session: Session, query: ListQuery) -> int:
    return count_rows(session, _base(query))
