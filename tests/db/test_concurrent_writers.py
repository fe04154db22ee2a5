"""Several PCs on one PostgreSQL database: no acknowledged save is lost, refusals are conflicts.

N worker processes run a random mix of use cases on shared records for a bounded time: edit the
same corrective action and the same person (each edit at the version it read), add corrective
actions, decide leave. Every save a service acknowledged is recorded; afterwards each must be
in the database, each refusal must have been a ``ConflictError``, ``check`` must pass (one
unbroken audit chain) and the ids users see must be unique. The counts are printed.
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from branchops import clock
from branchops.core.actions.models import CorrectiveAction
from branchops.core.actions.queries import load_action
from branchops.core.actions.service import ActionInput, create_action, update_action
from branchops.core.concurrency import expect
from branchops.core.errors import ConflictError
from branchops.core.feedback.models import Category, Channel, Complaint, FeedbackKind
from branchops.core.feedback.service import RecordInput, create_record
from branchops.core.period import Month
from branchops.core.reports.models import ReportExport
from branchops.core.reports.service import NewExport, next_revision, record_export
from branchops.core.risk.models import Risk, RiskCategory
from branchops.core.risk.risk_input import RiskInput, Scores
from branchops.core.risk.service import create_risk
from branchops.core.staff import directory
from branchops.core.users.permissions import SINGLE_USER
from branchops.db.audit import AuditEntry
from branchops.db.engine import DatabaseTarget
from branchops.db.integrity import check_database
from branchops.db.lifecycle import open_database
from tests.conftest import PG_URL, _pg_url

pytestmark = pytest.mark.postgres

WORKERS = 4
SECONDS = 8.0
PERIOD = Month(2026, 5)


def _worker(url: str, worker: int, action_id: int, staff_id: int, now: str, out) -> None:
    """Run the mix until the deadline; send back what was acknowledged and what was refused."""
    with clock.frozen(now):
        db, _ = open_database(DatabaseTarget.parse(url), upgrade=False)
        rng = random.Random(worker)
        acked: list[tuple[str, int, str]] = []
        refused: Counter[str] = Counter()
        deadline = time.monotonic() + SECONDS
        n = 0
        while time.monotonic() < deadline:
            n += 1
            token = f"w{worker}-{n}"
            choice = rng.random()
            try:
                if choice < 0.45:
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
                elif choice < 0.8:
                    with db.session() as session:
                        opened = directory.load_input(session, staff_id)
                    phone = f"{worker}0{n}"  # unique: every acknowledged edit changes the row
                    changed = directory.StaffInput(**{**vars(opened), "phone": phone})
                    with db.unit_of_work(SINGLE_USER) as uow:
                        expect(uow.session, directory.Staff, staff_id, opened.version)
                        directory.update_staff(uow, SINGLE_USER, staff_id, changed, opened)
                    acked.append(("edit_staff", staff_id, phone))
                elif choice < 0.85:
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
                elif choice < 0.9:
                    risk = RiskInput(token, RiskCategory.FIRE, scores=Scores(2, 3, 1, 2))
                    with db.unit_of_work(SINGLE_USER) as uow:
                        new_id = create_risk(uow, SINGLE_USER, risk)
                    acked.append(("add_risk", new_id, token))
                elif choice < 0.95:
                    with db.session() as session:
                        revision = next_revision(session, PERIOD)
                    export = NewExport(
                        PERIOD, revision, clock.now(), f"{token}.xlsx", token, "zh_CN", False, 0
                    )
                    with db.unit_of_work(SINGLE_USER) as uow:
                        record_export(uow, SINGLE_USER, export)
                    acked.append(("export", revision, token))
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


@pytest.fixture
def pg_url(request: pytest.FixtureRequest):
    if not PG_URL:
        pytest.skip("no PostgreSQL server configured (BRANCHOPS_TEST_PG_URL)")
    from tests.conftest import _postgres

    template = request.getfixturevalue("_pg_template")
    yield from _postgres(template)


def test_four_writers_lose_no_acknowledged_save(pg_url):
    db = pg_url
    url = _pg_url(db.engine.url.database)
    with db.unit_of_work(SINGLE_USER) as uow:
        staff_id = directory.create_staff(
            uow, SINGLE_USER, directory.StaffInput(employee_no="E0001", name="王芳")
        )
    with db.unit_of_work(SINGLE_USER) as uow:
        action_id = create_action(
            uow,
            SINGLE_USER,
            ActionInput(
                title="shared",
                owner_staff_id=staff_id,
                due_date=clock.today() + timedelta(days=7),
            ),
        )
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    now = clock.now().isoformat()
    started = time.monotonic()
    workers = [
        context.Process(target=_worker, args=(url, i, action_id, staff_id, now, out))
        for i in range(WORKERS)
    ]
    for process in workers:
        process.start()
    results = [out.get(timeout=120) for _ in workers]
    for process in workers:
        process.join(timeout=60)
    duration = time.monotonic() - started
    acked = [a for result, _ in results for a in result]
    refused: Counter[str] = Counter()
    for _, counts in results:
        refused.update(counts)

    kinds = Counter(kind for kind, _, _ in acked)
    print(
        f"\n{WORKERS} workers, {duration:.1f} s: {len(acked)} acknowledged saves {dict(kinds)}, "
        f"{refused['conflict']} refused as conflicts, other refusals {len(refused) - 1}"
    )
    assert [r for r in refused if r != "conflict"] == []
    assert kinds["edit_action"] and kinds["edit_staff"] and kinds["add_action"]
    assert kinds["add_complaint"] and kinds["add_risk"] and kinds["export"]

    with db.session() as session:
        shared = session.get(CorrectiveAction, action_id)
        # Each acknowledged edit moved the version on by one: none overwrote another unseen.
        assert shared.version == 1 + kinds["edit_action"]
        staff = session.get(directory.Staff, staff_id)
        assert staff.version == 1 + kinds["edit_staff"]
        titles = [
            e.changes
            for e in session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "CorrectiveAction",
                    AuditEntry.entity_id == str(action_id),
                    AuditEntry.action == "update",
                )
            )
        ]
        assert len(titles) == kinds["edit_action"]
        for kind, ident, token in acked:
            if kind == "edit_action":
                assert any(f'"{token}"' in t for t in titles), token
            elif kind == "add_action":
                assert session.get(CorrectiveAction, ident).title == token
        ids = [ident for kind, ident, _ in acked if kind == "add_action"]
        assert len(ids) == len(set(ids))
        # The numbers users see never repeat: complaint references, risk codes, export revisions.
        references = list(session.scalars(select(Complaint.reference)))
        assert len(references) == kinds["add_complaint"] == len(set(references))
        codes = list(session.scalars(select(Risk.code)))
        assert len(codes) == kinds["add_risk"] == len(set(codes))
        revisions = sorted(session.scalars(select(ReportExport.revision)))
        assert revisions == list(range(1, kinds["export"] + 1))
        assert revisions == sorted(r for kind, r, _ in acked if kind == "export")
        seqs = session.scalar(select(func.count(func.distinct(AuditEntry.seq))))
        assert seqs == session.scalar(select(func.count(AuditEntry.id)))
    assert check_database(db) == []
