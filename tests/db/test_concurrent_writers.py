"""Several PCs on one PostgreSQL database: no acknowledged save is lost, refusals are conflicts.

N worker processes run a random mix of use cases on shared records for a bounded time: edit the
same corrective action and the same person (each edit at the version it read), add corrective
actions, decide leave. Every save a service acknowledged is recorded; afterwards each must be
in the database, each refusal must have been a ``ConflictError``, ``check`` must pass (one
unbroken audit chain) and the ids users see must be unique. The counts are printed.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from branchops import clock
from branchops.core.actions.models import CorrectiveAction
from branchops.core.feedback.models import Complaint
from branchops.core.reports.models import ReportExport
from branchops.core.risk.models import Risk
from branchops.core.staff.models import LeaveRequest, RosterPublication, Staff
from branchops.db.audit import AuditEntry
from branchops.db.integrity import check_database
from tests.conftest import PG_URL, _pg_url
from tests.db.writer_mix import WORKERS, seed, worker

pytestmark = pytest.mark.postgres


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
    staff_id, action_id = seed(db)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    now = clock.now().isoformat()
    started = time.monotonic()
    workers = [
        context.Process(target=worker, args=(url, i, action_id, staff_id, now, out))
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
    assert kinds["decide_leave"] and kinds["publish"]

    with db.session() as session:
        shared = session.get(CorrectiveAction, action_id)
        # Each acknowledged edit moved the version on by one: none overwrote another unseen.
        assert shared.version == 1 + kinds["edit_action"]
        staff = session.get(Staff, staff_id)
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
        shared_leave = session.scalars(select(LeaveRequest)).one()
        assert shared_leave.version == 1 + kinds["decide_leave"]
        last_decision = [token for kind, _, token in acked if kind == "decide_leave"]
        assert shared_leave.status.value in last_decision
        publications = list(session.scalars(select(RosterPublication.id)))
        assert sorted(publications) == sorted(i for kind, i, _ in acked if kind == "publish")
        revisions = sorted(session.scalars(select(ReportExport.revision)))
        assert revisions == list(range(1, kinds["export"] + 1))
        assert revisions == sorted(r for kind, r, _ in acked if kind == "export")
        seqs = session.scalar(select(func.count(func.distinct(AuditEntry.seq))))
        assert seqs == session.scalar(select(func.count(AuditEntry.id)))
    assert check_database(db) == []
