"""The training demo: five years at large scale with > 5,000 attendances, and the lapsed fire
warden whose certificate runs out next month, seen by the roster."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from branchops.core.demo import DemoContext, Scale, demo_months, steps
from branchops.core.demo.service import generate_demo
from branchops.core.period import Month
from branchops.core.staff.models import NeedSkill, Skill, StaffSkill
from branchops.core.staff.problem_builder import build_problem
from branchops.core.training.models import SessionStatus, TrainingAttendance, TrainingSession

TODAY = date(2026, 5, 14)


def test_large_scale_training_has_five_years_and_5000_attendances(db):
    with db.unit_of_work() as uow:
        ctx = DemoContext(uow.session, 1, Scale.LARGE, TODAY, demo_months(TODAY, 60), 60)
        for step in steps():
            if step.key in ("branch", "staff", "training"):
                step.run(ctx)
                uow.session.flush()
        uow.commit()
    with db.session() as session:
        attendances = session.scalar(select(func.count(TrainingAttendance.id)))
        per_year = dict(
            session.execute(
                select(
                    func.strftime("%Y", TrainingSession.day), func.count(TrainingSession.id)
                ).group_by(func.strftime("%Y", TrainingSession.day))
            ).all()
        )
        failed = session.scalar(
            select(func.count(TrainingAttendance.id)).where(
                TrainingAttendance.passed.is_(False), TrainingAttendance.score.is_not(None)
            )
        )
    assert attendances >= 5000 and failed > 50
    assert all(per_year[str(y)] >= 80 for y in range(2022, 2026)), per_year


def test_small_demo_lapsed_fire_warden(db):
    generate_demo(db, months=4, staff=15, today=TODAY)
    june = Month(2026, 6)
    with db.session() as session:
        warden = session.scalar(select(Skill.id).where(Skill.code == "fire_warden"))
        by_hand = session.scalar(
            select(func.count()).select_from(StaffSkill).where(StaffSkill.skill_id == warden)
        )
        asked = session.scalar(
            select(func.count()).select_from(NeedSkill).where(NeedSkill.skill_id == warden)
        )
        planned = session.scalar(
            select(func.count(TrainingSession.id)).where(
                TrainingSession.status == SessionStatus.PLANNED, TrainingSession.day > TODAY
            )
        )
        people = build_problem(session, june.first_day, june.last_day).problem.people
    assert by_hand == 0 and asked > 0 and planned > 0  # wardens come from training now
    lapsing = [
        p
        for p in people
        if p.has_skill("fire_warden", june.first_day)
        and not p.has_skill("fire_warden", june.last_day)
    ]
    assert lapsing, "one fire warden's certificate runs out next month"
    person = lapsing[0]
    last = max(d for d in june.days() if person.has_skill("fire_warden", d))
    assert person.lapse_text("fire_warden", last + timedelta(days=1)) is not None
    keep = [p for p in people if p.has_skill("fire_warden", june.last_day)]
    assert len(keep) >= 2  # others can take the early shifts


def test_training_figures_on_every_edge_date(db, at_date: str):
    from branchops import clock
    from branchops.core import kpi
    from branchops.core.training.agenda import agenda_items
    from branchops.core.training.checks import sessions_recorded

    today = clock.today()
    with db.unit_of_work() as uow:
        ctx = DemoContext(uow.session, 3, Scale.SMALL, today, demo_months(today, 2), 8)
        for step in steps():
            if step.key in ("branch", "staff", "training"):
                step.run(ctx)
                uow.session.flush()
        uow.commit()
    month = Month.of(today)
    keys = ["training.compliance", "training.hours", "training.expiring", "training.sessions_held"]
    with db.session() as session:
        for when in (month, month.previous):
            values = kpi.compute(session, when, keys)
            assert 0 <= values["training.compliance"] <= 1
            assert values["training.hours"] >= 0 and values["training.expiring"] >= 0
        assert kpi.compute(session, month.shift(1), ["training.compliance"]) == {
            "training.compliance": None
        }
        items = agenda_items(session, today, today + timedelta(days=7))
        gaps = sessions_recorded(session, month)
    assert all(item.due <= today + timedelta(days=7) for item in items)
    assert all(g.check == "training.sessions_recorded" for g in gaps)
