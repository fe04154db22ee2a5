"""The mix of use cases several PCs run on one PostgreSQL database (the proof test and
``benchmarks/bench_multipc.py``): edit the same corrective action and the same person, each at
the version it read; add corrective actions, complaints and risks; export a month's report;
approve or reject the same leave request at the version read; publish a week of the roster.
Every save a service acknowledged is recorded, every refusal counted.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import select

from branchops import clock
from branchops.core.actions.models import CorrectiveAction
from branchops.core.actions.queries import load_action
from branchops.core.actions.service import ActionInput, create_action, update_action
from branchops.core.concurrency import expect
from branchops.core.errors import ConflictError
from branchops.core.feedback.models import Category, Channel, FeedbackKind
from branchops.core.feedback.service import RecordInput, create_record
from branchops.core.period import Month
from branchops.core.reports.service import NewExport, next_revision, record_export
from branchops.core.risk.models import RiskCategory
from branchops.core.risk.risk_input import RiskInput, Scores
from branchops.core.risk.service import create_risk
from branchops.core.staff import leave, roster, service
from branchops.core.staff.models import LeaveKind, LeaveRequest, LeaveStatus
from branchops.core.users.permissions import SINGLE_USER
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database

WORKERS = 4
SECONDS = 8.0
PERIOD = Month(2026, 5)
# One draw in each use case's band: every worker runs each use case once first, so that each is
# in the mix however slow the machine (then the draws are random until the deadline).
FIRST_ROUND = (0.2, 0.5, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99)


def seed(db) -> tuple[int, int]:
    """The shared person and corrective action every worker edits."""
    with db.unit_of_work(SINGLE_USER) as uow:
        staff_id = service.create_staff(
            uow, SINGLE_USER, service.StaffInput(employee_no="E0001", name="王芳")
        )
    with db.unit_of_work(SINGLE_USER) as uow:
        action_id = create_action(
            uow,
            SINGLE_USER,
            ActionInput(
                title="shared", owner_staff_id=staff_id, due_date=clock.today() + timedelta(days=7)
            ),
        )
    with db.unit_of_work(SINGLE_USER) as uow:
        day = clock.today() + timedelta(days=30)
        leave.request_leave(
            uow, SINGLE_USER, leave.LeaveInput(staff_id, LeaveKind.PERSONAL, day, day)
        )
    return staff_id, action_id


def published_week() -> tuple[date, date]:
    """The week the workers publish again and again (each publication is a new row)."""
    first = clock.today() + timedelta(days=7 - clock.today().weekday())
    return first, first + timedelta(days=6)


def worker(
    url: str, worker: int, action_id: int, staff_id: int, now: str, out, seconds: float = SECONDS
) -> None:
    """Run the mix until the deadline; send back what was acknowledged and what was refused."""
    with clock.frozen(now):
        db, _ = open_database(DatabaseTarget.parse(url), upgrade=False)
        rng = random.Random(worker)
        acked: list[tuple[str, int, str]] = []
        refused: Counter[str] = Counter()
        deadline = time.monotonic() + seconds
        n = 0
        while n < len(FIRST_ROUND) or time.monotonic() < deadline:
            n += 1
            token = f"w{worker}-{n}"
            choice = FIRST_ROUND[n - 1] if n <= len(FIRST_ROUND) else rng.random()
            try:
                if choice < 0.4:
                    with db.session() as session:
                        detail = load_action(session, action_id)
                    data = ActionInput(
                        title=token,
                        owner_staff_id=detail.row.owner_id,
                        due_date=detail.row.due_date,
                    )
                    with db.unit_of_work(SINGLE_USER) as uow:
                        expect(uow.session, CorrectiveAction, action_id, detail.version)
                        update_action(uow, SINGLE_USER, action_id, data)
                    acked.append(("edit_action", action_id, token))
                elif choice < 0.7:
                    with db.session() as session:
                        opened = service.load_input(session, staff_id)
                    phone = f"{worker}0{n}"  # unique: every acknowledged edit changes the row
                    changed = service.StaffInput(**{**vars(opened), "phone": phone})
                    with db.unit_of_work(SINGLE_USER) as uow:
                        expect(uow.session, service.Staff, staff_id, opened.version)
                        service.update_staff(uow, SINGLE_USER, staff_id, changed, opened)
                    acked.append(("edit_staff", staff_id, phone))
                elif choice < 0.77:
                    data = RecordInput(
                        clock.now(),
                        FeedbackKind.COMPLAINT,
                        Channel.COUNTER,
                        category=Category.WAITING,
                        description=token,
                    )
                    with db.unit_of_work(SINGLE_USER) as uow:
                        new_id = create_record(uow, SINGLE_USER, data)
                    acked.append(("add_complaint", new_id, token))
                elif choice < 0.82:
                    risk = RiskInput(token, RiskCategory.FIRE, scores=Scores(2, 3, 1, 2))
                    with db.unit_of_work(SINGLE_USER) as uow:
                        new_id = create_risk(uow, SINGLE_USER, risk)
                    acked.append(("add_risk", new_id, token))
                elif choice < 0.87:
                    with db.session() as session:
                        revision = next_revision(session, PERIOD)
                    export = NewExport(
                        PERIOD, revision, clock.now(), f"{token}.xlsx", token, "zh_CN", False, 0
                    )
                    with db.unit_of_work(SINGLE_USER) as uow:
                        record_export(uow, SINGLE_USER, export)
                    acked.append(("export", revision, token))
                elif choice < 0.93:
                    with db.session() as session:
                        leave_id, version = session.execute(
                            select(LeaveRequest.id, LeaveRequest.version).where(
                                LeaveRequest.staff_id == staff_id
                            )
                        ).one()
                    status = rng.choice([LeaveStatus.APPROVED, LeaveStatus.REJECTED])
                    with db.unit_of_work(SINGLE_USER) as uow:
                        expect(uow.session, LeaveRequest, leave_id, version)
                        leave.decide_leave(uow, SINGLE_USER, leave_id, status)
                    acked.append(("decide_leave", leave_id, status.value))
                elif choice < 0.96:
                    with db.unit_of_work(SINGLE_USER) as uow:
                        publication = roster.publish(uow, SINGLE_USER, *published_week())
                    acked.append(("publish", publication, token))
                else:
                    data = ActionInput(title=token, owner_staff_id=staff_id, due_date=clock.today())
                    with db.unit_of_work(SINGLE_USER) as uow:
                        new_id = create_action(uow, SINGLE_USER, data)
                    acked.append(("add_action", new_id, token))
            except ConflictError:
                refused["conflict"] += 1
            except Exception as exc:
                refused[f"crash: {type(exc).__name__}: {exc}"] += 1
        db.dispose()
        out.put((acked, dict(refused)))
