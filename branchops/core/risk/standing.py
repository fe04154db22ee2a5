"""The register as it stood on a day: every risk open then, with its latest assessment up to that
day. The month-end KPIs, the HQ sheet's heat map and its list of high risks all read this, so they
agree with each other for any past month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import BindParameter, Subquery, func, or_, select
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
