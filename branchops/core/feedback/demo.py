"""Demo step: five years of a busy branch's customer voice (``--scale large``: over half a
million records, about 3,000 complaints), or a year of a smaller one.

Most records are ratings from the counter evaluation devices (three levels, per teller) and from
surveys and phone follow-ups (five levels and the 0–10 recommendation question); praise,
suggestions and inquiries come a few a day; complaints go through ``demo_complaints``. Rows are
made a month at a time, in time order (ids follow time), and go in by ``bulk.insert_rows``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from branchops import clock
from branchops.core.demo import DemoContext, DemoStep, register
from branchops.core.demo.names import mobile, person_name
from branchops.core.feedback import demo_texts as texts
from branchops.core.feedback.bulk import indexes_built_after, insert_rows, record_row
from branchops.core.feedback.complaint_clock import day_counter
from branchops.core.feedback.demo_complaints import ComplaintMaker
from branchops.core.feedback.models import Category, Channel, FeedbackKind, FeedbackRecord
from branchops.core.feedback.stamp import day_stamp, to_stamp
from branchops.core.staff.models import Position, Staff

# Records a working day: (large, small).
RATINGS_PER_DAY = (345, 14)
OTHERS_PER_DAY = (4.5, 1.5)  # praise, suggestions and inquiries together
COMPLAINTS_PER_DAY = (2.05, 0.45)
OPENING_MINUTES = range(9 * 60, 17 * 60)
DEVICE_SHARE = 0.88
# A time of day per minute as a stamp part (hhmmss), the seconds spread so that few records
# share a timestamp; added to ``day_stamp`` it makes the stored form directly.
OFFSETS = [(m // 60) * 10_000 + (m % 60) * 100 + m * 7 % 60 for m in range(24 * 60)]
SURVEY_CATEGORIES = (
    Category.ATTITUDE.value,
    Category.WAITING.value,
    Category.PROCESS.value,
    Category.FACILITIES.value,
)
SURVEY, PHONE, DEVICE = Channel.SURVEY.value, Channel.PHONE.value, Channel.DEVICE.value
RATING = FeedbackKind.RATING.value


@dataclass(frozen=True)
class People:
    tellers: list[tuple[int, str]]
    everyone: list[tuple[int, str]]
    leads: list[int]


def _people(ctx: DemoContext) -> People:
    rows = ctx.session.execute(
        select(Staff.id, Staff.name, Position.name)
        .outerjoin(Position, Position.id == Staff.position_id)
        .where(Staff.id.in_(ctx.shared["staff_ids"]))
        .order_by(Staff.id)
    ).all()
    everyone = [(i, n) for i, n, _ in rows]
    tellers = [(i, n) for i, n, p in rows if p == "柜员"] or everyone
    return People(tellers, everyone, ctx.shared["staff_ids"][:4])


class RatingMaker:
    """Answers per teller: each teller has a level of their own; months vary a little."""

    def __init__(self, rng: random.Random, people: People) -> None:
        self.rng = rng
        self.tellers = [i for i, _ in people.tellers]
        self.level = {i: rng.uniform(0.86, 0.985) for i in self.tellers}

    def day(self, start: int, count: int, mood: float, rows: list[dict]) -> None:
        rng = self.rng
        roll = rng.random
        minutes = rng.choices(OPENING_MINUTES, k=count)
        tellers = rng.choices(self.tellers, k=count)
        level = self.level
        for minute, teller in zip(minutes, tellers, strict=True):
            when = start + OFFSETS[minute]
            if roll() < DEVICE_SHARE:
                satisfied = min(0.995, level[teller] * mood)
                r = roll()
                rating = 5 if r < satisfied else 3 if r < 1 - (1 - satisfied) * 0.25 else 1
                rows.append(
                    {
                        "id": 0,
                        "received_at": when,
                        "channel": DEVICE,
                        "kind": RATING,
                        "category": None,
                        "staff_id": teller,
                        "customer_name": "",
                        "customer_phone": "",
                        "description": "",
                        "rating": rating,
                        "rating_scale": "three",
                        "nps": None,
                        "has_text": False,
                    }
                )
            else:
                rows.append(self._survey(when, teller, mood))

    def _survey(self, when: int, teller: int, mood: float) -> dict:
        rng = self.rng
        roll = rng.random
        good = min(0.97, 0.86 * mood)
        r = roll()
        rating = 5 if r < good * 0.66 else 4 if r < good else 3 if r < good + 0.09 else 2
        promoter = 0.48 * mood + (0.12 if rating == 5 else 0)
        r = roll()
        if r < promoter:
            nps = 10 if r < promoter / 2 else 9
        elif r < promoter + 0.33:
            nps = 8 if r < promoter + 0.16 else 7
        else:
            nps = min(6, int((r - promoter - 0.33) / max(0.01, 0.67 - promoter) * 7))
        comment = rng.choice(texts.SURVEY_COMMENTS) if roll() < 0.18 else ""
        return record_row(
            when,
            channel=SURVEY if roll() < 0.7 else PHONE,
            category=rng.choice(SURVEY_CATEGORIES),
            staff_id=teller if roll() < 0.6 else None,
            rating=rating,
            rating_scale="five",
            nps=nps,
            description=comment,
            has_text=bool(comment),
        )


def _other(rng: random.Random, day: date, people: People) -> dict:
    minute = rng.choice(OPENING_MINUTES)
    kind = rng.choices(
        (FeedbackKind.PRAISE, FeedbackKind.SUGGESTION, FeedbackKind.INQUIRY), (4, 2, 3)
    )[0]
    channel = rng.choices(
        (Channel.COUNTER, Channel.BOOK, Channel.PHONE, Channel.ONLINE), (5, 2, 2, 1)
    )[0]
    staff_id, staff_name = rng.choice(people.everyone)
    values: dict = {"kind": kind.value, "channel": channel.value, "has_text": True}
    if kind is FeedbackKind.PRAISE:
        values["description"] = rng.choice(texts.PRAISE).format(staff=staff_name)
        values.update(staff_id=staff_id, category=Category.ATTITUDE.value)
    elif kind is FeedbackKind.SUGGESTION:
        values["description"] = rng.choice(texts.SUGGESTIONS)
        values["category"] = rng.choice((Category.FACILITIES, Category.WAITING)).value
    else:
        values["description"] = rng.choice(texts.INQUIRIES)
        values["category"] = rng.choice((Category.PRODUCT, Category.PROCESS, Category.FEES)).value
    if rng.random() < 0.55:
        values["customer_name"] = person_name(rng)
    if rng.random() < 0.4:
        values["customer_phone"] = mobile(rng)
    return record_row(day_stamp(day) + OFFSETS[minute], **values)


def _count(rng: random.Random, mean: float) -> int:
    whole = int(mean)
    return whole + (rng.random() < mean - whole)


def _feedback(ctx: DemoContext) -> None:
    table = FeedbackRecord.__table__
    empty = not ctx.session.scalar(select(func.count()).select_from(table))
    if ctx.large and empty:
        with indexes_built_after(ctx.session, table):
            _generate(ctx)
    else:
        _generate(ctx)


def _generate(ctx: DemoContext) -> None:
    session = ctx.session
    rng = ctx.rng("feedback")
    counter = day_counter(session)
    people = _people(ctx)
    ratings = RatingMaker(rng, people)
    complaints = ComplaintMaker(ctx, counter, people.leads, people.everyone)
    scale = 0 if ctx.large else 1
    next_id = (session.scalar(select(func.max(FeedbackRecord.id))) or 0) + 1
    now = to_stamp(clock.now()) if ctx.today == clock.today() else None
    table = FeedbackRecord.__table__
    for month in ctx.months:
        mood = rng.uniform(0.97, 1.02)
        rows: list[dict] = []
        for day in month.days():
            if day < ctx.first_day or day > ctx.today or not counter.is_working_day(day):
                continue
            busy = rng.uniform(0.75, 1.25) * (1.3 if day.day <= 5 else 1.0)
            start = day_stamp(day)
            ratings.day(start, int(RATINGS_PER_DAY[scale] * busy), mood, rows)
            for _ in range(_count(rng, OTHERS_PER_DAY[scale])):
                rows.append(_other(rng, day, people))
            for _ in range(_count(rng, COMPLAINTS_PER_DAY[scale] * busy)):
                rows.append(complaints.record(rng, day))
        if now is not None:
            rows = [r for r in rows if r["received_at"] <= now]
        rows.sort(key=lambda r: r["received_at"])
        for row in rows:
            row["id"] = next_id
            next_id += 1
        insert_rows(session, table, rows)
    complaints.write(session)


register(DemoStep("feedback", 40, _feedback))
