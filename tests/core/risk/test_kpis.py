"""Risk and drill KPIs read past months as they were, from the review history."""

from __future__ import annotations

from datetime import date

from branchops import clock
from branchops.core import kpi
from branchops.core.period import Month
from branchops.core.risk.drill_input import IssueInput
from branchops.core.risk.drill_service import record_drill
from branchops.core.risk.drill_view import load_drill
from branchops.core.risk.followup import raise_for_issue
from branchops.core.risk.measures import (
    open_high_risks,
    overdue_drill_actions,
    poor_objectives,
    reviews_past_due,
)
from branchops.core.risk.models import Rating
from branchops.core.risk.risk_input import ReviewInput, Scores
from branchops.core.risk.service import close_risk, create_risk, review_risk
from tests.core.risk.conftest import drill_input, risk_input


def test_the_kpis_are_registered_for_the_area():
    keys = {k.key for k in kpi.all_kpis() if k.area == "risk"}
    assert keys == {
        "risk.open_high",
        "risk.reviews_past_due",
        "risk.drills_done_vs_required",
        "risk.drill_objectives_poor",
        "risk.drill_actions_overdue",
    }


def test_open_high_risks_and_past_due_reviews_month_by_month(db, manager, staff):
    with clock.frozen("2026-01-10T10:00:00"):
        with db.unit_of_work(manager) as uow:
            high = create_risk(uow, manager, risk_input(scores=Scores(4, 5, 3, 4)))
        with db.unit_of_work(manager) as uow:
            create_risk(uow, manager, risk_input(title="长短款", scores=Scores(2, 2, 1, 2)))
    with clock.frozen("2026-05-20T10:00:00"), db.unit_of_work(manager) as uow:
        review = ReviewInput(clock.today(), staff[0], "加装防护", Scores(4, 5, 2, 3))
        review_risk(uow, manager, high, review)
    with clock.frozen("2026-06-03T10:00:00"), db.unit_of_work(manager) as uow:
        close_risk(uow, manager, high)
    today = date(2026, 6, 15)
    with db.session() as session:
        high_by_month = [open_high_risks(session, Month(2026, m), today) for m in range(1, 8)]
        due_by_month = [reviews_past_due(session, Month(2026, m), today) for m in range(1, 8)]
        assert open_high_risks(session, Month(2025, 12), today) == 0
    # reviewed down to medium in May, closed in June; July is still to come
    assert high_by_month == [1, 1, 1, 1, 0, 0, None]
    # a high risk is due for review after 90 days (10 April): past due at the end of April
    assert due_by_month == [0, 0, 0, 1, 0, 0, None]


def test_poor_ratings_and_overdue_follow_up_actions(db, manager, plan_id, staff, tmp_path):
    data = drill_input(db, plan_id, staff, day=date(2026, 5, 12), issues=[IssueInput("广播不清")])
    data.ratings[0].rating = Rating.U
    data.ratings[1].rating = Rating.M
    with clock.frozen("2026-05-12T18:00:00"):
        with db.unit_of_work(manager) as uow:
            drill_id = record_drill(uow, manager, data, tmp_path)
        with db.session() as session:
            issue_id = load_drill(session, drill_id, tmp_path).issues[0].id
        with db.unit_of_work(manager) as uow:
            raise_for_issue(uow, manager, drill_id, issue_id, due_date=date(2026, 5, 31))
    with db.session() as session:
        assert poor_objectives(session, Month(2026, 5)) == 2
        assert poor_objectives(session, Month(2026, 6)) == 0
        assert overdue_drill_actions(session, Month(2026, 5), date(2026, 6, 15)) == 0
        assert overdue_drill_actions(session, Month(2026, 6), date(2026, 6, 15)) == 1
        assert overdue_drill_actions(session, Month(2026, 6), date(2026, 6, 1)) == 1
