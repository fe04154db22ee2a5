"""Compliance states on the boundary days, shares per course / person / overall, external
certificates counting for a course, reminders, KPIs, the completeness check and the agenda."""

from __future__ import annotations

from datetime import date, time

from branchops.core.memo import memo_scope
from branchops.core.period import Month
from branchops.core.training import kpis
from branchops.core.training.agenda import agenda_items
from branchops.core.training.certificates import CertificateInput, save_certificate
from branchops.core.training.checks import sessions_recorded
from branchops.core.training.compliance import (
    best_records,
    compliance_matrix,
    prefetch_best_records,
)
from branchops.core.training.labels import CellState
from branchops.core.training.models import AttendanceStatus, SessionStatus
from branchops.core.training.reminders import certificates_expiring, expiring
from branchops.core.training.sessions import SessionInput, save_session

from .conftest import add_course, record

EARNED = date(2025, 3, 16)  # valid until 2026-03-15; due for renewal from 2026-02-13


def _state(db, person: int, course: int, day: date, window: int = 30) -> CellState | None:
    with db.session() as session:
        cell = compliance_matrix(session, day, window).cell(person, course)
    return cell.state if cell else None


def test_states_on_the_boundary_days(db, manager, branch):
    guard, other, teller, _ = branch.staff
    record(db, manager, branch.warden, EARNED, (guard, 90.0), (other, 50.0))
    assert _state(db, guard, branch.warden, date(2026, 2, 12)) is CellState.VALID
    assert _state(db, guard, branch.warden, date(2026, 2, 13)) is CellState.DUE
    assert _state(db, guard, branch.warden, date(2026, 3, 15)) is CellState.DUE
    assert _state(db, guard, branch.warden, date(2026, 3, 16)) is CellState.EXPIRED
    assert _state(db, guard, branch.warden, date(2026, 1, 1), window=90) is CellState.DUE
    assert _state(db, other, branch.warden, date(2026, 1, 1)) is CellState.MISSING  # failed
    assert _state(db, teller, branch.warden, date(2026, 1, 1)) is None  # not required
    # before the session the guard had nothing
    assert _state(db, guard, branch.warden, date(2025, 3, 15)) is CellState.MISSING
    record(db, manager, branch.warden, date(2026, 3, 20), (guard, 85.0))
    assert _state(db, guard, branch.warden, date(2026, 3, 20)) is CellState.VALID


def test_shares_and_an_outside_certificate(db, manager, branch, tmp_path):
    guard, other, teller, clerk = branch.staff
    everyone = add_course(
        db, manager, code="XF01", title="消防安全培训", validity_months=6, pass_mark=None,
        issues_certificate=False, required_for_all=True,
    )  # fmt: skip
    record(db, manager, branch.warden, EARNED, (guard, 90.0))
    record(db, manager, everyone, date(2025, 12, 1), (guard, None), (teller, None), (clerk, None))
    with db.session() as session:
        matrix = compliance_matrix(session, date(2026, 1, 5), 30)
    assert [c.id for c in matrix.courses] == [branch.warden, everyone]
    assert matrix.by_course(branch.warden).rate == 0.5  # 1 of the 2 guards
    assert matrix.by_course(everyone).rate == 0.75
    assert matrix.by_person(guard).rate == 1.0 and matrix.by_person(other).rate == 0.0
    assert (matrix.overall.compliant, matrix.overall.required) == (4, 6)
    with db.unit_of_work(manager) as uow:
        outside = CertificateInput(
            other, "消防设施操作员", date(2025, 6, 1), course_id=branch.warden
        )
        save_certificate(uow, manager, outside, tmp_path)
    assert _state(db, other, branch.warden, date(2026, 1, 5)) is CellState.VALID


def test_reminders_kpis_check_and_agenda(db, manager, branch):
    guard, other, _, _ = branch.staff
    record(db, manager, branch.warden, EARNED, (guard, 90.0))
    record(db, manager, branch.warden, date(2025, 2, 10), (other, 90.0))  # ran out 2026-02-09
    with db.session() as session:
        rows = expiring(session, date(2026, 3, 1), 30)
        assert [(r.staff_id, r.state, r.days_left) for r in rows] == [
            (other, CellState.EXPIRED, -20),
            (guard, CellState.DUE, 14),
        ]
        assert certificates_expiring(session, date(2026, 3, 1)) == 1
        assert kpis.compliance(session, Month(2026, 2), today=date(2026, 6, 1)) == 0.5
        assert kpis.hours_trained(session, Month(2025, 3)) == 8.0
        assert kpis.expiring_certificates(session, Month(2026, 2), today=date(2026, 6, 1)) == 1
        assert kpis.compliance(session, Month(2026, 7), today=date(2026, 6, 1)) is None
        assert kpis.sessions_held(session, Month(2025, 3)) == 1.0
        assert kpis.sessions_held(session, Month(2025, 4)) is None
    with db.unit_of_work(manager) as uow:
        planned = SessionInput(branch.warden, date(2026, 3, 3), time(17, 30))
        planned.status = SessionStatus.PLANNED
        save_session(uow, manager, planned)
    with db.session() as session:
        gaps = sessions_recorded(session, Month(2026, 3), today=date(2026, 3, 10))
        assert len(gaps) == 1 and "2026-03-03" in gaps[0].message
        assert sessions_recorded(session, Month(2026, 3), today=date(2026, 3, 3)) == []
        assert kpis.sessions_held(session, Month(2026, 3)) == 0.0
        items = agenda_items(session, date(2026, 3, 5), date(2026, 3, 20))
    by_key = {i.key: i for i in items}
    assert by_key[f"course:{guard}:{branch.warden}"].due == date(2026, 3, 15)
    assert not by_key[f"course:{guard}:{branch.warden}"].overdue
    assert by_key[f"course:{other}:{branch.warden}"].overdue
    planned = next(i for k, i in by_key.items() if k.startswith("session:"))
    assert planned.overdue and planned.page == "training"


def test_absent_people_are_not_compliant(db, manager, branch):
    guard = branch.staff[0]
    record(db, manager, branch.warden, EARNED, (guard, None, AttendanceStatus.ABSENT))
    assert _state(db, guard, branch.warden, date(2025, 6, 1)) is CellState.MISSING


def test_best_records_inside_one_export_are_read_once_and_shared(db, manager, branch):
    guard, other, teller, _ = branch.staff
    record(db, manager, branch.warden, EARNED, (guard, 90.0), (other, 85.0))
    day = date(2026, 1, 5)
    with db.session() as session:
        alone = best_records(session, day, [guard, teller])
        with memo_scope(session):
            everyone = best_records(session, day)
            some = best_records(session, day, [guard, teller])
            assert best_records(session, day) is everyone  # read once in the scope
    assert some == alone == {(guard, branch.warden): everyone[(guard, branch.warden)]}
    assert set(everyone) == {(guard, branch.warden), (other, branch.warden)}
    record(db, manager, branch.warden, date(2026, 1, 2), (teller, 95.0))
    with db.session() as session, memo_scope(session):  # a new scope reads what was written
        assert (teller, branch.warden) in best_records(session, day, [teller])


def test_best_records_of_several_days_equal_each_days_own(db, manager, branch, tmp_path):
    """Month ends (29 February, a year end) read together, each later day from the one before
    with the records between added: the same records as each day read alone, a record that
    never expires winning over a later dated one, an outside certificate counted too."""
    guard, other, teller, _ = branch.staff
    everyone = add_course(
        db, manager, code="XF01", title="消防安全培训", validity_months=None, pass_mark=None,
        issues_certificate=False, required_for_all=True,
    )  # fmt: skip
    record(db, manager, branch.warden, date(2023, 12, 31), (guard, 90.0))
    record(db, manager, everyone, date(2024, 1, 15), (teller, None))
    record(db, manager, branch.warden, date(2024, 2, 29), (guard, 88.0), (other, 91.0))
    record(db, manager, everyone, date(2024, 3, 1), (guard, None))
    with db.unit_of_work(manager) as uow:
        outside = CertificateInput(
            other, "消防设施操作员", date(2024, 1, 31), course_id=branch.warden
        )
        save_certificate(uow, manager, outside, tmp_path)
    days = [date(2023, 12, 31), date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]
    with db.session() as session:
        alone = {d: best_records(session, d) for d in days}
        with memo_scope(session):
            prefetch_best_records(session, days)
            together = {d: best_records(session, d) for d in days}
            rates = kpis.compliance_by_month(session, [Month.of(d) for d in days])
        assert rates == {Month.of(d): kpis.compliance(session, Month.of(d)) for d in days}
    assert together == alone
    assert alone[days[0]] == {(guard, branch.warden): alone[days[0]][(guard, branch.warden)]}
    assert alone[days[1]][(other, branch.warden)].last_day == date(2024, 1, 31)
    assert alone[days[2]][(guard, branch.warden)].last_day == date(2024, 2, 29)
    assert alone[days[3]][(guard, everyone)].valid_until is None
