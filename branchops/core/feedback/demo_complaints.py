"""Demo complaints with realistic handling: acknowledged within a day or two, investigated, most
decided well inside 15 working days; some paused while waiting for the customer, some extended
(rarely twice, with an approval), a few late, a few reopened by an unsatisfied customer, a few
restarted by new facts or reviewed. Recent ones are still open; some raise corrective actions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from branchops.core.actions.models import ActionStatus, CorrectiveAction, Priority, SourceKind
from branchops.core.demo import DemoContext
from branchops.core.demo.names import mobile, person_name
from branchops.core.feedback import demo_texts as texts
from branchops.core.feedback.actions_link import link_text
from branchops.core.feedback.bulk import record_row
from branchops.core.feedback.complaint_clock import REFERENCE_PREFIX
from branchops.core.feedback.deadlines import Clock, DayCounter, Pause
from branchops.core.feedback.models import (
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintPause,
    ComplaintStatus,
    EventKind,
    FeedbackKind,
    PauseReason,
    Satisfaction,
    Severity,
)
from branchops.core.feedback.rules import ComplaintRules, load_rules
from branchops.core.feedback.stamp import day_stamp, from_stamp

S, E = ComplaintStatus, EventKind
CATEGORY_WEIGHTS = {
    Category.WAITING: 30,
    Category.ATTITUDE: 25,
    Category.PROCESS: 20,
    Category.SYSTEM: 10,
    Category.FEES: 8,
    Category.PRODUCT: 4,
    Category.FACILITIES: 3,
}
CHANNEL_WEIGHTS = {
    Channel.COUNTER: 44,
    Channel.PHONE: 25,
    Channel.ONLINE: 15,
    Channel.BOOK: 6,
    Channel.REGULATOR: 5,
    Channel.SURVEY: 5,
}


@dataclass
class Story:
    """What happened to one complaint up to the demo's today."""

    record: dict
    status: ComplaintStatus = S.RECEIVED
    events: list[tuple[EventKind, date, str, ComplaintStatus]] = field(default_factory=list)
    pauses: list[tuple[date, date | None, str]] = field(default_factory=list)
    values: dict = field(default_factory=dict)


class ComplaintMaker:
    def __init__(
        self,
        ctx: DemoContext,
        counter: DayCounter,
        leads: list[int],
        everyone: list[tuple[int, str]],
    ) -> None:
        self.ctx = ctx
        self.counter = counter
        self.leads = leads
        self.everyone = everyone
        self.records: list[dict] = []
        self.rules: ComplaintRules = load_rules(ctx.session)

    def record(self, rng: random.Random, day: date) -> dict:
        """The feedback record of a new complaint (its handling is written later)."""
        category = rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
        channel = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()))[0]
        minute = rng.randrange(9 * 60, 17 * 60)
        staff = rng.choice(self.everyone)[0] if rng.random() < 0.6 else None
        phone = mobile(rng) if rng.random() < 0.9 else f"021-5{rng.randrange(10**6, 10**7)}"
        row = record_row(
            day_stamp(day) + (minute // 60) * 10_000 + (minute % 60) * 100,
            channel=channel.value,
            kind=FeedbackKind.COMPLAINT.value,
            category=category.value,
            staff_id=staff,
            customer_name=person_name(rng) if rng.random() < 0.92 else "",
            customer_phone=phone if rng.random() < 0.88 else "",
            description=rng.choice(texts.COMPLAINTS[category]),
            has_text=True,
        )
        self.records.append(row)
        return row

    # -- the story of one complaint -------------------------------------------------------------

    def _after(self, day: date, days: int) -> date:
        return self.counter.add(day, days, True)

    def _story(self, rng: random.Random, record: dict) -> Story:
        today = self.ctx.today
        story = Story(record)
        received = from_stamp(record["received_at"]).date()
        regulator = record["channel"] == Channel.REGULATOR
        severity = rng.choices(
            list(Severity), (50, 40, 10) if regulator else (82, 15, 3)
        )[0]  # fmt: skip
        base = self.rules.days_for(severity)
        start, extra, extensions = received, 0, 0
        story.values = {"severity": severity, "regulator": regulator, "base_days": base}

        def happen(kind: EventKind, day: date, status: ComplaintStatus, note: str = "") -> bool:
            if day > today:
                return False
            story.status = status
            story.events.append((kind, day, note, status))
            return True

        happen(E.RECEIVED, received, S.RECEIVED)
        ack = self._after(received, rng.choice((0, 0, 1, 1, 2)))
        if not happen(E.ACKNOWLEDGED, ack, S.ACKNOWLEDGED):
            return self._finish(story, start, base, extra, extensions)
        story.values["acknowledged_on"] = ack
        work = self._after(ack, rng.choice((0, 1, 1, 2)))
        if not happen(E.INVESTIGATING, work, S.INVESTIGATING):
            return self._finish(story, start, base, extra, extensions)
        pauses: list[Pause] = []
        earliest = 2  # counted days to the decision at the soonest (after any pause)
        if rng.random() < 0.06:
            p_start = self._after(work, rng.randint(1, 3))
            earliest = self.counter.counted(Clock(start, 0), p_start) + 1
            p_end = self._after(p_start, rng.randint(2, 8))
            if p_start <= today:
                note = rng.choice(texts.PAUSE_NOTES)
                happen(E.PAUSED, p_start, S.INVESTIGATING, note)
                ended = p_end <= today
                story.pauses.append((p_start, p_end if ended else None, note))
                pauses.append(Pause(p_start, p_end if ended else None))
                if not ended:
                    return self._finish(story, start, base, extra, extensions, pauses)
                happen(E.RESUMED, p_end, S.INVESTIGATING)
        note_day = self._after(work, rng.randint(1, 4)) if rng.random() < 0.35 else None
        if not pauses and rng.random() < 0.01:
            restart = self._after(work, rng.randint(3, 6))
            if happen(E.RESTARTED, restart, S.INVESTIGATING, rng.choice(texts.NEW_FACTS)):
                start, pauses = restart, []
                story.values["restarts"] = 1
        roll = rng.random()
        allowed = base
        if roll < 0.09:
            ext_day = self.counter.add(start, rng.randint(8, 13), True, pauses)
            reason = rng.choice(texts.EXTENSION_REASONS)
            if happen(E.EXTENDED, ext_day, S.INVESTIGATING, reason):
                extra, extensions = max(0, self.rules.extended_total - base), 1
                allowed = base + extra
                story.values["extension_reason"] = reason
                if roll < 0.012:
                    second = self.counter.add(start, rng.randint(24, 29), True, pauses)
                    approval = rng.choice(texts.APPROVALS).format(n=rng.randint(100, 999))
                    reason2 = texts.SECOND_EXTENSION_REASONS[0]
                    note = f"{reason2}（{approval}，已告知客户）"
                    if happen(E.EXTENDED, second, S.INVESTIGATING, note):
                        extra += self.rules.second_extension
                        extensions = 2
                        allowed = base + extra
                        story.values.update(
                            second_extension_reason=reason2,
                            second_extension_approval=approval,
                            customer_told_of_extension=True,
                        )
        if rng.random() < 0.05:
            take = allowed + rng.randint(1, 6)  # decided late
        elif extensions:
            take = rng.randint(allowed - 14, allowed - 1)
        else:
            take = rng.randint(2, min(13, allowed))
        resolved = self.counter.add(start, max(take, earliest), True, pauses)
        if note_day is not None and note_day < resolved:
            happen(E.NOTE, note_day, S.INVESTIGATING, rng.choice(texts.NOTES))
        resolution = rng.choice(texts.RESOLUTIONS)
        if not happen(E.RESOLVED, resolved, S.RESOLVED, resolution):
            return self._finish(story, start, base, extra, extensions, pauses)
        story.values.update(resolved_on=resolved, resolution=resolution)
        cause, cause_text = texts.ROOT_CAUSES[Category(record["category"])]
        closed = self._after(resolved, rng.randint(1, 4))
        if rng.random() < 0.04 and closed <= today:
            story.values.update(root_cause=cause, root_cause_text=cause_text)
            story.values["satisfaction"] = Satisfaction.UNSATISFIED
            happen(E.REOPENED, closed, S.REOPENED, "客户对处理结果不满意")
            story.values["resolved_on"] = None
            again = self._after(closed, rng.randint(3, 8))
            if not happen(E.RESOLVED, again, S.RESOLVED, "重新核实后补充处理并再次答复客户"):
                return self._finish(story, start, base, extra, extensions, pauses)
            story.values["resolved_on"] = again
            closed = self._after(again, rng.randint(1, 3))
        if rng.random() < 0.03 or not happen(E.CLOSED, closed, S.CLOSED):
            return self._finish(story, start, base, extra, extensions, pauses)
        story.values.update(
            closed_on=closed,
            satisfaction=Satisfaction.SATISFIED,
            root_cause=cause,
            root_cause_text=cause_text,
        )
        if rng.random() < 0.015:
            asked = self._after(closed, rng.randint(2, 15))
            if happen(E.REVIEW_REQUESTED, asked, S.CLOSED, "客户对答复有异议，申请上级行核查"):
                story.values["review_requested_on"] = asked
                story.values["review_due_on"] = self._after(asked, self.rules.review_days)
                done = self._after(asked, rng.randint(10, 25))
                outcome = rng.choice(texts.REVIEW_OUTCOMES)
                if happen(E.REVIEW_DONE, done, S.CLOSED, outcome):
                    story.values.update(review_done_on=done, review_outcome=outcome)
        return self._finish(story, start, base, extra, extensions, pauses)

    def _finish(
        self,
        story: Story,
        start: date,
        base: int,
        extra: int,
        extensions: int,
        pauses: list[Pause] | None = None,
    ) -> Story:
        clock = Clock(start, base + extra, True, tuple(pauses or ()))
        story.values.update(
            clock_start=start,
            extension_days=extra,
            extensions=extensions,
            due_on=self.counter.deadline(clock),
            paused_since=next((p.start for p in clock.pauses if p.end is None), None),
        )
        return story

    # -- writing -------------------------------------------------------------------------------

    def write(self, session: Session) -> None:
        rng = self.ctx.rng("feedback_complaints")
        records = sorted((r for r in self.records if r["id"]), key=lambda r: r["id"])
        stories = [self._story(rng, r) for r in records]
        next_id = (session.scalar(select(func.max(Complaint.id))) or 0) + 1
        numbers: dict[int, int] = {}
        complaints, events, pauses, actions = [], [], [], []
        handlers = self.leads or [i for i, _ in self.everyone]
        for story in stories:
            record = story.record
            received = from_stamp(record["received_at"]).date()
            numbers[received.year] = numbers.get(received.year, 0) + 1
            values = story.values
            row = {
                "id": next_id,
                "record_id": record["id"],
                "reference": f"{REFERENCE_PREFIX}-{received.year}-{numbers[received.year]:04d}",
                "status": story.status,
                "handler_staff_id": rng.choice(handlers),
                "received_on": received,
                "working_days": True,
                **_DEFAULTS,
                **values,
            }
            complaints.append(row)
            for kind, day, note, status in story.events:
                events.append(
                    {
                        "complaint_id": next_id,
                        "kind": kind,
                        "on": day,
                        "at": datetime.combine(day, time(rng.randint(9, 16), rng.randrange(60))),
                        "username": "demo",
                        "status": status,
                        "note": note,
                    }
                )
            for p_start, p_end, note in story.pauses:
                pauses.append(
                    {
                        "complaint_id": next_id,
                        "reason": PauseReason.CUSTOMER if "客户" in note else PauseReason.APPRAISAL,
                        "start": p_start,
                        "end": p_end,
                        "note": note,
                    }
                )
            if values.get("closed_on") and rng.random() < 0.05:
                actions.append(self._action(rng, row, record))
            next_id += 1
        for model, rows in (
            (Complaint, complaints),
            (ComplaintEvent, events),
            (ComplaintPause, pauses),
            (CorrectiveAction, actions),
        ):
            if rows:
                session.execute(insert(model.__table__), rows)

    def _action(self, rng: random.Random, complaint: dict, record: dict) -> dict:
        created: date = complaint["resolved_on"]
        today = self.ctx.today
        due = self._after(created, 10)
        age = (today - created).days
        status = (
            ActionStatus.VERIFIED if age > 40 else ActionStatus.DONE if age > 20 else
            ActionStatus.IN_PROGRESS if age > 3 else ActionStatus.OPEN
        )  # fmt: skip
        done = min(self._after(created, rng.randint(3, 14)), today)
        finished = status in (ActionStatus.DONE, ActionStatus.VERIFIED)
        owner = complaint["handler_staff_id"]
        others = [i for i in self.leads if i != owner] or [
            i for i, _ in self.everyone if i != owner
        ]
        verifier = rng.choice(others) if others else None
        return {
            "title": complaint["root_cause_text"][:200],
            "description": record["description"],
            "source_kind": SourceKind.COMPLAINT,
            "source_id": complaint["id"],
            "source_sub_id": None,
            "link_text": link_text(complaint["reference"], complaint["received_on"],
                                   record["description"])[:300],
            "owner_staff_id": complaint["handler_staff_id"],
            "due_date": due,
            "priority": Priority.HIGH if complaint["regulator"] else Priority.MEDIUM,
            "status": status,
            "evidence": "已完成整改并向客户反馈" if finished else "",
            "started_on": created if status is not ActionStatus.OPEN else None,
            "done_on": done if finished else None,
            "verifier_staff_id": verifier if status is ActionStatus.VERIFIED else None,
            "verified_on": done if status is ActionStatus.VERIFIED else None,
            "verified_by": "demo" if status is ActionStatus.VERIFIED else "",
            "created_on": created,
            "created_at": datetime.combine(created, time(17, 0)),
            "created_by": "demo",
        }  # fmt: skip


_DEFAULTS = {
    "extension_reason": "",
    "second_extension_reason": "",
    "second_extension_approval": "",
    "customer_told_of_extension": False,
    "restarts": 0,
    "acknowledged_on": None,
    "resolved_on": None,
    "closed_on": None,
    "resolution": "",
    "root_cause": None,
    "root_cause_text": "",
    "satisfaction": None,
    "review_requested_on": None,
    "review_due_on": None,
    "review_done_on": None,
    "review_outcome": "",
}
