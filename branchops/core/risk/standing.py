"""The register as it stood on a day: every risk open then, with its latest assessment up to that
day. The month-end KPIs, the HQ sheet's heat map and its list of high risks all read this, so they
agree with each other for any past month."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Date,
    Select,
    Subquery,
    bindparam,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from branchops.core.risk.labels import category_label
from branchops.core.risk.models import Risk, RiskCategory, RiskReview
from branchops.core.staff.models import Staff


def standing_reviews(day: date | BindParameter[date]) -> Subquery:
    """``risk_id`` and the latest assessment's scores and next review, per risk open on ``day``."""
    latest = (
        select(RiskReview.risk_id, func.max(RiskReview.id).label("review_id"))
        .where(RiskReview.reviewed_on <= day)
        .group_by(RiskReview.risk_id)
        .subquery()
    )
    return (
        select(
            RiskReview.risk_id,
            RiskReview.residual_likelihood,
            RiskReview.residual_impact,
            RiskReview.residual_score,
            RiskReview.inherent_score,
            RiskReview.next_review,
        )
        .join(latest, latest.c.review_id == RiskReview.id)
        .join(Risk, Risk.id == RiskReview.risk_id)
        .where(Risk.identified_on <= day, or_(Risk.closed_on.is_(None), Risk.closed_on > day))
        .subquery()
    )


Counted = Callable[[Subquery, BindParameter[date]], ColumnElement[bool]]


def count_standing(
    session: Session,
    days: Sequence[date],
    counted: Counted,
    params: Mapping[str, object] | None = None,
) -> dict[date, int]:
    """For each day, the risks open then whose latest assessment is ``counted`` (given the columns
    of ``standing_reviews`` and the day), all days in one statement; ``params`` are the values of
    the bound parameters ``counted`` names."""
    if not days:
        return {}
    values = {f"day{n}": day for n, day in enumerate(days)} | dict(params or {})
    found = dict(session.execute(_counts(counted, len(days)), values).all())
    return {day: found[n] for n, day in enumerate(days)}


@functools.lru_cache(maxsize=16)
def _counts(counted: Counted, days: int) -> Select[int, int] | CompoundSelect[int, int]:
    """The statement of ``count_standing`` for so many days (built once: building it takes
    longer than running it)."""
    counts = []
    for n in range(days):
        day = bindparam(f"day{n}", type_=Date)
        standing = standing_reviews(day)
        counts.append(
            select(literal(n), func.count()).select_from(standing).where(counted(standing, day))
        )
    return counts[0] if days == 1 else union_all(*counts)


@dataclass(frozen=True)
class StandingRisk:
    id: int
    code: str
    title: str
    category: RiskCategory
    category_label: str
    owner: str
    residual_likelihood: int
    residual_impact: int
    residual_score: int
    inherent_score: int
    next_review: date
    review_overdue: bool


def standing_risks(session: Session, day: date) -> list[StandingRisk]:
    """Highest residual score first."""
    standing = standing_reviews(day)
    stmt = (
        select(Risk.id, Risk.code, Risk.title, Risk.category, Staff.name, standing)
        .join(standing, standing.c.risk_id == Risk.id)
        .outerjoin(Staff, Staff.id == Risk.owner_staff_id)
        .order_by(standing.c.residual_score.desc(), standing.c.next_review, Risk.code)
    )
    rows = []
    for (
        risk_id,
        code,
        title,
        category,
        owner,
        _rid,
        rl,
        ri,
        rs,
        inh,
        next_review,
    ) in session.execute(stmt):
        rows.append(
            StandingRisk(
                id=risk_id,
                code=code,
                title=title,
                category=category,
                category_label=category_label(category),
                owner=owner or "",
                residual_likelihood=rl,
                residual_impact=ri,
                residual_score=rs,
                inherent_score=inh,
                next_review=next_review,
                review_overdue=next_review < day,
            )
        )
    return rows
