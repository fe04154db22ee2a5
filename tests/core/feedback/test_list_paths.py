"""The feedback list read from its end, streamed whole, and with a filter checked while the
sort's index is read: the same rows in the same order as the plain query."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from branchops.core.feedback import queries
from branchops.core.feedback.models import Category, Channel, FeedbackKind
from branchops.core.feedback.queries import iter_feedback, list_feedback
from branchops.core.listing import ListQuery
from tests.core.feedback.conftest import record

KINDS = [FeedbackKind.RATING, FeedbackKind.PRAISE, FeedbackKind.SUGGESTION]
CHANNELS = [Channel.DEVICE, Channel.SURVEY, Channel.COUNTER]
CATEGORIES = [Category.WAITING, Category.ATTITUDE, None]


@pytest.fixture
def many(db, manager, people) -> int:
    start = datetime(2026, 3, 2, 9, 0)
    for i in range(30):
        record(
            db,
            manager,
            start + timedelta(minutes=7 * (i % 11)),  # ties in time
            kind=KINDS[i % 3],
            channel=CHANNELS[(i // 3) % 3],
            category=CATEGORIES[i % 3] if KINDS[i % 3] is not FeedbackKind.RATING else None,
            rating=i % 5 + 1 if KINDS[i % 3] is FeedbackKind.RATING else None,
        )
    return 30


QUERIES = [
    ListQuery(limit=None),
    ListQuery(limit=None, sort_key="rating", descending=True),
    ListQuery(limit=None, sort_key="kind_label"),
    ListQuery(limit=None, sort_key="category", descending=True, filters={"channel": "survey"}),
    ListQuery(limit=None, sort_key="rating", filters={"kind": "rating", "channel": "device"}),
]


def _ids(rows) -> list[int]:
    return [r.id for r in rows]


@pytest.mark.postgres
@pytest.mark.parametrize("query", QUERIES)
def test_read_from_the_end_streamed_and_scanned_alike(db, many, query, monkeypatch):
    with db.session() as session:
        whole = _ids(list_feedback(session, query))
        assert whole and _ids(iter_feedback(session, query, batch=4)) == whole
        backwards = replace(query, from_end=True, offset=2, limit=5)
        assert _ids(list_feedback(session, backwards)) == whole[::-1][2:7]
        monkeypatch.setattr(queries, "SCAN_ABOVE", 0)  # every filter checked on the sort index
        assert _ids(list_feedback(session, query)) == whole
