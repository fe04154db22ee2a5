"""Entering, reviewing and listing risks; bad input is refused at its field, nothing saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from branchops import clock
from branchops.core.errors import UserError, ValidationError
from branchops.core.listing import ListQuery
from branchops.core.risk.models import Risk, RiskReview, RiskStatus
from branchops.core.risk.queries import count_risks, heat_map, list_risks, load_risk
from branchops.core.risk.risk_input import ReviewInput, Scores
from branchops.core.risk.scoring import Level
from branchops.core.risk.service import close_risk, create_risk, review_risk, update_risk
from tests.core.risk.conftest import risk_input


def _create(db, manager, **changes) -> int:
    with db.unit_of_work(manager) as uow:
        return create_risk(uow, manager, risk_input(**changes))


def _counts(db) -> tuple[int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count(Risk.id))),
            session.scalar(select(func.count(RiskReview.id))),
        )


def test_a_new_risk_gets_a_code_a_first_assessment_and_a_review_date(db, manager, at_date):
    risk_id = _create(db, manager)
    with db.session() as session:
        detail = load_risk(session, risk_id)
    today = clock.today()
    assert detail.row.code == "R-0001"
    assert detail.row.inherent_score == 15 and detail.row.inherent_level is Level.HIGH
    assert detail.row.residual_score == 8 and detail.row.residual_level is Level.MEDIUM
    assert detail.row.next_review == today + timedelta(days=180)
    assert len(detail.reviews) == 1 and detail.reviews[0].initial
    assert not detail.row.review_overdue


@pytest.mark.parametrize(
    ("scores", "field"),
    [
        (Scores(0, 5, 2, 4), "inherent_likelihood"),
        (Scores(3, 6, 2, 4), "inherent_impact"),
        (Scores(3, 5, None, 4), "residual_likelihood"),
        (Scores(3, 5, 2, 9), "residual_impact"),
        (Scores(2, 2, 4, 4), "residual_note"),
    ],
)
def test_bad_scores_are_named_and_nothing_is_saved(db, manager, scores, field):
    with pytest.raises(ValidationError) as raised:
        _create(db, manager, scores=scores)
    assert [p.field for p in raised.value.problems] == [field]
    assert "1" in raised.value.problems[0].message or field == "residual_note"
    assert _counts(db) == (0, 0)


def test_a_residual_above_the_inherent_score_is_accepted_with_a_note(db, manager):
    risk_id = _create(db, manager, scores=Scores(2, 2, 4, 4, "新业务上线后暴露增加"))
    with db.session() as session:
        assert load_risk(session, risk_id).residual_note == "新业务上线后暴露增加"


def test_a_next_review_in_the_past_is_refused(db, manager):
    with pytest.raises(ValidationError) as raised:
        _create(db, manager, next_review=clock.today() - timedelta(days=1))
    assert raised.value.for_field("next_review")
    assert _counts(db) == (0, 0)


def test_a_review_sets_new_scores_and_the_next_review_date(db, manager, staff):
    risk_id = _create(db, manager, owner_staff_id=staff[0])
    today = clock.today()
    review = ReviewInput(today, staff[1], "新增监控后可能性下降", Scores(3, 5, 1, 4))
    with db.unit_of_work(manager) as uow:
        review_risk(uow, manager, risk_id, review)
    with db.session() as session:
        detail = load_risk(session, risk_id)
    assert detail.row.residual_score == 4 and detail.row.residual_level is Level.LOW
    assert detail.row.next_review == today + timedelta(days=360)
    assert [r.residual_score for r in detail.reviews] == [8, 4]
    assert detail.reviews[-1].reviewer == "员工2"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"reviewed_on": date(2099, 1, 1)}, "reviewed_on"),
        ({"next_review": date(2000, 1, 1)}, "next_review"),
        ({"note": "  "}, "note"),
        ({"reviewer_staff_id": None}, "reviewer"),
        ({"scores": Scores(3, 5, 2, 6)}, "residual_impact"),
    ],
)
def test_a_bad_review_changes_nothing(db, manager, staff, change, field):
    risk_id = _create(db, manager)
    review = ReviewInput(clock.today(), staff[0], "复核", Scores(3, 5, 1, 1))
    for key, value in change.items():
        setattr(review, key, value)
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as raised:
        review_risk(uow, manager, risk_id, review)
    assert raised.value.for_field(field)
    with db.session() as session:
        detail = load_risk(session, risk_id)
    assert detail.row.residual_score == 8 and len(detail.reviews) == 1


def test_editing_keeps_the_scores_and_a_closed_risk_is_not_reviewed(db, manager, staff):
    risk_id = _create(db, manager)
    with db.unit_of_work(manager) as uow:
        update_risk(uow, manager, risk_id, risk_input(title="机房火灾", scores=Scores(1, 1, 1, 1)))
    with db.unit_of_work(manager) as uow:
        close_risk(uow, manager, risk_id)
    with db.session() as session:
        detail = load_risk(session, risk_id)
    assert detail.row.title == "机房火灾" and detail.row.inherent_score == 15
    assert detail.row.status is RiskStatus.CLOSED and detail.closed_on == clock.today()
    with db.unit_of_work(manager) as uow, pytest.raises(UserError):
        review_risk(
            uow, manager, risk_id, ReviewInput(clock.today(), staff[0], "x", Scores(1, 1, 1, 1))
        )


def test_a_past_due_review_is_flagged_and_filtered(db, manager, staff):
    risk_id = _create(db, manager)
    _create(db, manager, title="长短款")
    later = clock.today() + timedelta(days=200)
    with db.session() as session:
        overdue = list_risks(session, ListQuery(filters={"review_overdue": True, "today": later}))
        assert sorted(r.id for r in overdue) == [risk_id, risk_id + 1]
        assert all(r.review_overdue for r in overdue)
        assert count_risks(session, ListQuery(filters={"review_overdue": True})) == 0


def test_the_heat_map_counts_what_the_list_shows(db, manager):
    for scores in (Scores(3, 5, 2, 4), Scores(3, 5, 2, 4), Scores(4, 4, 1, 2), Scores(2, 2, 1, 1)):
        _create(db, manager, scores=scores)
    with db.session() as session:
        for which in ("inherent", "residual"):
            cells = heat_map(session, which, ListQuery())
            assert sum(cells.values()) == 4
            for (likelihood, impact), count in cells.items():
                listed = list_risks(
                    session, ListQuery(filters={"cell": (which, likelihood, impact)})
                )
                assert len(listed) == count
        assert heat_map(session, "residual", ListQuery())[(2, 4)] == 2
        high = ListQuery(filters={"level": [Level.HIGH, Level.VERY_HIGH]})
        assert count_risks(session, high) == 0
        assert count_risks(session, ListQuery(filters={"inherent_level": "high"})) == 3
