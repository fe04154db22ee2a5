"""Bulk loads (demo data, survey imports) go to the driver directly: what they store reads back
through the models exactly as a record saved one at a time, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from branchops.core.feedback.bulk import indexes_built_after, insert_rows, record_row
from branchops.core.feedback.imports import SurveyImportRow, import_survey
from branchops.core.feedback.models import (
    Category,
    Channel,
    FeedbackKind,
    FeedbackRecord,
    RatingScale,
)
from branchops.core.feedback.stamp import day_stamp, from_stamp, to_stamp
from branchops.core.imports.common import RowRef, SourceFile


def test_stamps_round_trip():
    moment = datetime(2028, 2, 29, 23, 59, 58)
    assert to_stamp(moment) == 20280229235958
    assert from_stamp(to_stamp(moment)) == moment
    assert day_stamp(date(2026, 10, 1)) + 93000 == to_stamp(datetime(2026, 10, 1, 9, 30))


@pytest.mark.postgres
def test_bulk_rows_read_back_through_the_models(db):
    rows = [
        record_row(
            datetime(2026, 3, 2, 9, 15, 7),
            id=1,
            channel=Channel.SURVEY,
            kind=FeedbackKind.RATING,
            category=Category.WAITING,
            rating=4,
            rating_scale=RatingScale.FIVE,
            nps=9,
        ),
        record_row(
            datetime(2026, 3, 2, 9, 16),
            id=2,
            channel=Channel.COUNTER,
            kind=FeedbackKind.PRAISE,
            description="服务热情",
            has_text=True,
        ),
    ]
    with db.unit_of_work() as uow:
        with indexes_built_after(uow.session, FeedbackRecord.__table__):
            insert_rows(uow.session, FeedbackRecord.__table__, rows)
        uow.commit()
    with db.session() as session:
        first, second = session.scalars(select(FeedbackRecord).order_by(FeedbackRecord.id))
    assert (first.received_at, first.channel, first.category) == (
        datetime(2026, 3, 2, 9, 15, 7),
        Channel.SURVEY,
        Category.WAITING,
    )
    assert (first.rating, first.rating_scale, first.nps, first.has_text) == (
        4,
        RatingScale.FIVE,
        9,
        False,
    )
    assert (second.kind, second.description, second.has_text) == (
        FeedbackKind.PRAISE,
        "服务热情",
        True,
    )


@pytest.mark.postgres
def test_survey_import_commits_every_row_or_none(db, manager, frozen):
    source = SourceFile("survey.xlsx", "满意度调查")
    rows = [
        SurveyImportRow(RowRef(source, 2), date(2026, 3, 2), "10:15", None, "", None, "满意", 10),
        SurveyImportRow(
            RowRef(source, 3), date(2026, 3, 2), "", Channel.DEVICE, "", None, "不满意"
        ),
    ]
    with db.unit_of_work(manager) as uow:
        summary = import_survey(uow, manager, rows)
    assert summary.created == 2
    with db.session() as session:
        stored = session.execute(
            select(
                FeedbackRecord.received_at, FeedbackRecord.rating, FeedbackRecord.channel
            ).order_by(FeedbackRecord.id)
        ).all()
    assert [tuple(r) for r in stored] == [  # in time order, as records typed in one by one
        (datetime(2026, 3, 2, 0, 0), 1, Channel.DEVICE),
        (datetime(2026, 3, 2, 10, 15), 5, Channel.SURVEY),
    ]
