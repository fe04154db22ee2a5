"""The risk register: enter a risk (its first assessment), edit it, review it, close or reopen it.

Scores change only by a review, so that the score history is complete: every review records who,
when, a note and the new scores, and always sets the next review date (by default the interval of
the new residual level).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.counters import serialise
from branchops.core.errors import NotFound, UserError
from branchops.core.risk.labels import status_label
from branchops.core.risk.models import Risk, RiskReview, RiskStatus
from branchops.core.risk.risk_input import (
    ReviewInput,
    RiskInput,
    Scores,
    check_review,
    check_risk,
)
from branchops.core.risk.scoring import RiskSettings, load_settings
from branchops.core.staff.models import Staff
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


def risk_not_found() -> NotFound:
    return NotFound(translate("Risk", "This risk no longer exists."))


def next_code(session: Session) -> str:
    serialise(session, "risk_code")
    count = session.scalar(select(func.count(Risk.id))) or 0
    number = count + 1
    taken = set(session.scalars(select(Risk.code)))
    while f"R-{number:04d}" in taken:
        number += 1
    return f"R-{number:04d}"


def add_risk(
    session: Session,
    user: CurrentUser,
    data: RiskInput,
    *,
    rules: RiskSettings | None = None,
    builtin_key: str | None = None,
) -> Risk:
    """Check and add a risk with its first assessment, without committing."""
    require(user, Permission.WRITE)
    today = clock.today()
    check_risk(session, data, today, new=True)
    rules = rules or load_settings(session)
    scores = data.scores or Scores()
    identified = data.identified_on or today
    next_review = data.next_review or max(rules.next_review(scores.residual, identified), today)
    now = clock.now().replace(microsecond=0)
    risk = Risk(
        code=next_code(session),
        builtin_key=builtin_key,
        status=RiskStatus.OPEN,
        identified_on=identified,
        last_reviewed_on=identified,
        next_review=next_review,
        created_at=now,
        created_by=user.username,
    )
    _apply(risk, data)
    _apply_scores(risk, scores)
    session.add(risk)
    session.flush()
    session.add(
        _review_row(risk, identified, None, user.display_name or user.username, "", now, user)
    )
    session.flush()
    return risk


def create_risk(uow: UnitOfWork, user: CurrentUser, data: RiskInput) -> int:
    risk = add_risk(uow.session, user, data)
    uow.commit()
    return risk.id


def _apply(risk: Risk, data: RiskInput) -> None:
    assert data.category is not None  # checked
    risk.title = data.title.strip()
    risk.category = data.category
    risk.cause = data.cause.strip()
    risk.consequence = data.consequence.strip()
    risk.treatment = data.treatment
    risk.controls = data.controls.strip()
    risk.owner_staff_id = data.owner_staff_id
    risk.plan_id = data.plan_id


def _apply_scores(risk: Risk, scores: Scores) -> None:
    risk.inherent_likelihood = scores.inherent_likelihood or 0
    risk.inherent_impact = scores.inherent_impact or 0
    risk.inherent_score = scores.inherent
    risk.residual_likelihood = scores.residual_likelihood or 0
    risk.residual_impact = scores.residual_impact or 0
    risk.residual_score = scores.residual
    risk.residual_note = scores.residual_note.strip()


def _review_row(
    risk: Risk,
    day: date,
    reviewer_id: int | None,
    reviewer: str,
    note: str,
    now,
    user: CurrentUser,
    *,
    initial: bool = True,
) -> RiskReview:
    return RiskReview(
        risk_id=risk.id,
        reviewed_on=day,
        reviewer_staff_id=reviewer_id,
        reviewer_name=reviewer[:64],
        initial=initial,
        note=note,
        inherent_likelihood=risk.inherent_likelihood,
        inherent_impact=risk.inherent_impact,
        inherent_score=risk.inherent_score,
        residual_likelihood=risk.residual_likelihood,
        residual_impact=risk.residual_impact,
        residual_score=risk.residual_score,
        next_review=risk.next_review,
        created_at=now,
        created_by=user.username,
    )


def _risk(session: Session, risk_id: int) -> Risk:
    risk = session.get(Risk, risk_id)
    if risk is None:
        raise risk_not_found()
    return risk


def update_risk(uow: UnitOfWork, user: CurrentUser, risk_id: int, data: RiskInput) -> None:
    """Edit what the risk is and who owns it; its scores change by a review only."""
    require(user, Permission.WRITE)
    risk = _risk(uow.session, risk_id)
    check_risk(uow.session, data, clock.today(), new=False)
    _apply(risk, data)
    uow.commit()


def review_risk(uow: UnitOfWork, user: CurrentUser, risk_id: int, data: ReviewInput) -> int:
    """Record a review: the new scores, and the next review date it sets."""
    require(user, Permission.WRITE)
    session = uow.session
    risk = _risk(session, risk_id)
    if risk.status is RiskStatus.CLOSED:
        raise UserError(
            translate("Risk", "Not possible while the risk is {status}.").format(
                status=status_label(risk.status)
            )
        )
    today = clock.today()
    check_review(session, data, today, risk.last_reviewed_on)
    assert data.reviewed_on is not None  # checked
    rules = load_settings(session)
    _apply_scores(risk, data.scores)
    risk.last_reviewed_on = data.reviewed_on
    risk.next_review = data.next_review or max(
        rules.next_review(risk.residual_score, data.reviewed_on), today
    )
    reviewer = session.get(Staff, data.reviewer_staff_id)
    now = clock.now().replace(microsecond=0)
    row = _review_row(
        risk,
        data.reviewed_on,
        data.reviewer_staff_id,
        reviewer.name if reviewer else "",
        data.note.strip(),
        now,
        user,
        initial=False,
    )
    session.add(row)
    uow.commit()
    return row.id


def close_risk(uow: UnitOfWork, user: CurrentUser, risk_id: int, on: date | None = None) -> None:
    """A risk that no longer applies (the branch moved, the service stopped) is closed."""
    require(user, Permission.APPROVE)
    risk = _risk(uow.session, risk_id)
    if risk.status is RiskStatus.CLOSED:
        return
    risk.status = RiskStatus.CLOSED
    risk.closed_on = on or clock.today()
    uow.commit()


def reopen_risk(uow: UnitOfWork, user: CurrentUser, risk_id: int) -> None:
    require(user, Permission.APPROVE)
    risk = _risk(uow.session, risk_id)
    risk.status = RiskStatus.OPEN
    risk.closed_on = None
    uow.commit()
