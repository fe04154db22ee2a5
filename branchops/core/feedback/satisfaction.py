"""Satisfaction in figures: CSAT (share of ratings 4–5), the mean rating, and NPS (% promoters
9–10 minus % detractors 0–6 on the 0–10 question; 7–8 are passives), by month, category,
channel and staff member. Every figure is counted in SQL over an index range of the months asked.
A month's totals (``month_totals``) are counted without grouping, one month's range at a time:
SQLite sorts the rows of a grouped count (by month or by type and channel), which costs several
times the reading of the range, and one statement joining every month's select costs more to
build than the months' reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from branchops.core.feedback.models import Channel, FeedbackKind, FeedbackRecord
from branchops.core.period import Month, month_range
from branchops.core.staff.models import Staff

R = FeedbackRecord
_CACHE_KEY = "feedback.month_figures"
_TOTALS_KEY = "feedback.month_totals"


def csat(satisfied: int, answers: int) -> float | None:
    """Share 0..1 of answers that are 4 or 5; None without answers."""
    return satisfied / answers if answers else None


def nps(promoters: int, detractors: int, answers: int) -> float | None:
    """−100…+100; None without answers; 0 when everyone is a passive."""
    return (promoters - detractors) * 100 / answers if answers else None


@dataclass(frozen=True)
class Figures:
    """Counts behind CSAT, mean rating and NPS for some set of records."""

    records: int = 0
    answers: int = 0  # records with a rating 1–5
    satisfied: int = 0  # of which 4 or 5
    rating_total: int = 0
    nps_answers: int = 0
    promoters: int = 0
    detractors: int = 0

    @property
    def csat(self) -> float | None:
        return csat(self.satisfied, self.answers)

    @property
    def mean_rating(self) -> float | None:
        return self.rating_total / self.answers if self.answers else None

    @property
    def nps(self) -> float | None:
        return nps(self.promoters, self.detractors, self.nps_answers)

    @property
    def passives(self) -> int:
        return self.nps_answers - self.promoters - self.detractors

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        return (
            self.records,
            self.answers,
            self.satisfied,
            self.rating_total,
            self.nps_answers,
            self.promoters,
            self.detractors,
        )


def _figure_columns() -> list[ColumnElement]:
    return [
        func.count(),
        func.count(R.rating),
        func.coalesce(func.sum(case((R.rating >= 4, 1), else_=0)), 0),
        func.coalesce(func.sum(R.rating), 0),
        func.count(R.nps),
        func.coalesce(func.sum(case((R.nps >= 9, 1), else_=0)), 0),
        func.coalesce(func.sum(case((R.nps <= 6, 1), else_=0)), 0),
    ]


def _figures(values: Iterable) -> Figures:
    return Figures(*(int(v or 0) for v in values))


def in_range(first: date, last: date) -> list[ColumnElement[bool]]:
    return [
        R.received_at >= datetime.combine(first, time()),
        R.received_at < datetime.combine(last + timedelta(days=1), time()),
    ]


@dataclass(frozen=True)
class MonthFigures:
    """One month: records by type and channel, satisfaction overall and per channel."""

    by_kind_channel: dict[tuple[FeedbackKind, Channel], Figures] = field(default_factory=dict)

    def count(self, kind: FeedbackKind | None = None, channel: Channel | None = None) -> int:
        return sum(
            f.records
            for (k, c), f in self.by_kind_channel.items()
            if (kind is None or k is kind) and (channel is None or c is channel)
        )

    @property
    def total(self) -> Figures:
        return sum(self.by_kind_channel.values(), Figures())

    def by_kind(self) -> dict[FeedbackKind, int]:
        return {k: self.count(kind=k) for k in FeedbackKind if self.count(kind=k)}

    def by_channel(self) -> dict[Channel, Figures]:
        out: dict[Channel, Figures] = {}
        for (_, channel), figures in self.by_kind_channel.items():
            out[channel] = out.get(channel, Figures()) + figures
        return out


def month_figures(session: Session, month: Month) -> MonthFigures:
    """The month's figures, counted once per session (every feedback KPI reads them)."""
    cache: dict[Month, MonthFigures] = session.info.setdefault(_CACHE_KEY, {})
    if month not in cache:
        stmt = (
            select(R.kind, R.channel, *_figure_columns())
            .where(*in_range(month.first_day, month.last_day))
            .group_by(R.kind, R.channel)
        )
        cache[month] = MonthFigures(
            {(kind, channel): _figures(rest) for kind, channel, *rest in session.execute(stmt)}
        )
    return cache[month]


@dataclass(frozen=True)
class MonthTotals:
    """One month's figures over all its records, and the counts of the feedback KPIs."""

    total: Figures
    complaints: int
    praise: int
    regulator_complaints: int


def _count_where(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _totals_columns() -> list[ColumnElement]:
    complaint = R.kind == FeedbackKind.COMPLAINT
    return [
        *_figure_columns(),
        _count_where(complaint),
        _count_where(R.kind == FeedbackKind.PRAISE),
        _count_where(complaint & (R.channel == Channel.REGULATOR)),
    ]


def month_totals(session: Session, months: Iterable[Month]) -> dict[Month, MonthTotals]:
    """Each month's totals, counted once per session (the KPIs and the trend read them)."""
    cache: dict[Month, MonthTotals] = session.info.setdefault(_TOTALS_KEY, {})
    chosen = sorted(set(months))
    for month in chosen:
        if month not in cache:
            stmt = select(*_totals_columns()).where(*in_range(month.first_day, month.last_day))
            *figures, complaints, praise, regulator = session.execute(stmt).one()
            cache[month] = MonthTotals(
                _figures(figures), int(complaints), int(praise), int(regulator)
            )
    return {m: cache[m] for m in chosen}


def forget_cached(session: Session) -> None:
    session.info.pop(_CACHE_KEY, None)
    session.info.pop(_TOTALS_KEY, None)


def figures_by(session: Session, first: date, last: date, group: str) -> dict[object, Figures]:
    """Figures per ``category``, ``channel``, ``kind`` or ``staff_id`` for the days given."""
    column = {"category": R.category, "channel": R.channel, "kind": R.kind, "staff_id": R.staff_id}[
        group
    ]
    stmt = select(column, *_figure_columns()).where(*in_range(first, last)).group_by(column)
    return {key: _figures(rest) for key, *rest in session.execute(stmt)}


def trend(session: Session, first: Month, last: Month) -> list[tuple[Month, Figures]]:
    """Every month from ``first`` to ``last`` (months without records have empty figures); the
    months the session has counted already (``month_totals``) are not counted again."""
    totals = month_totals(session, month_range(first, last))
    return [(m, t.total) for m, t in totals.items()]


@dataclass(frozen=True)
class StaffFigures:
    staff_id: int
    name: str
    figures: Figures


def staff_ranking(
    session: Session, first: date, last: date, min_answers: int = 1
) -> list[StaffFigures]:
    """满意率 per staff member, best first (ties: more answers first, then name)."""
    by_staff = figures_by(session, first, last, "staff_id")
    ids = [k for k, f in by_staff.items() if isinstance(k, int) and f.answers >= min_answers]
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())
    rows = [StaffFigures(i, names.get(i, f"#{i}"), by_staff[i]) for i in ids]
    rows.sort(key=lambda r: (-(r.figures.csat or 0), -r.figures.answers, r.name))
    return rows
