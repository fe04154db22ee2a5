"""Escalation: an open complaint past its deadline, or within a few counted days of it.

The "due soon" limit is counted like the deadline itself, in working days of the branch
calendar (or calendar days for a complaint that counts those), from today.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, case, or_
from sqlalchemy.orm import Session

from branchops.core.feedback.complaint_clock import day_counter
from branchops.core.feedback.models import OPEN_STATUSES, Complaint, ComplaintStatus
from branchops.core.feedback.rules import load_rules
from branchops.i18n import QT_TRANSLATE_NOOP, translate


class EscalationState(enum.StrEnum):
    NONE = "none"  # not a complaint
    ON_TIME = "on_time"  # open, the deadline further away
    DUE_SOON = "due_soon"  # open, the deadline within the escalation limit
    OVERDUE = "overdue"  # open, the deadline passed
    PAUSED = "paused"  # open, the clock stopped
    DECIDED = "decided"  # resolved or closed


ESCALATED = (EscalationState.DUE_SOON, EscalationState.OVERDUE)

STATE_LABELS = {
    EscalationState.NONE: "",
    EscalationState.ON_TIME: QT_TRANSLATE_NOOP("Feedback", "On time"),
    EscalationState.DUE_SOON: QT_TRANSLATE_NOOP("Feedback", "Due soon"),
    EscalationState.OVERDUE: QT_TRANSLATE_NOOP("Feedback", "Overdue"),
    EscalationState.PAUSED: QT_TRANSLATE_NOOP("Feedback", "Clock paused"),
    EscalationState.DECIDED: QT_TRANSLATE_NOOP("Feedback", "Decided"),
}


def state_label(state: EscalationState) -> str:
    text = STATE_LABELS[state]
    return translate("Feedback", text) if text else ""


@dataclass(frozen=True)
class Escalation:
    today: date
    soon_working: date  # the last deadline that is "due soon" for a working-days clock
    soon_calendar: date

    def state(
        self, status: ComplaintStatus | None, due_on: date | None, working_days: bool
    ) -> EscalationState:
        if status is None:
            return EscalationState.NONE
        if status not in OPEN_STATUSES:
            return EscalationState.DECIDED
        if due_on is None:
            return EscalationState.PAUSED
        if due_on < self.today:
            return EscalationState.OVERDUE
        limit = self.soon_working if working_days else self.soon_calendar
        return EscalationState.DUE_SOON if due_on <= limit else EscalationState.ON_TIME

    def escalated_clause(self) -> ColumnElement[bool]:
        """Open complaints overdue or due soon, in SQL."""
        limit = case(
            (Complaint.working_days.is_(True), self.soon_working), else_=self.soon_calendar
        )
        return and_(
            Complaint.status.in_(OPEN_STATUSES),
            Complaint.due_on.is_not(None),
            Complaint.due_on <= limit,
        )

    def overdue_clause(self) -> ColumnElement[bool]:
        return and_(Complaint.status.in_(OPEN_STATUSES), Complaint.due_on < self.today)

    def state_clause(self, state: EscalationState) -> ColumnElement[bool]:
        if state is EscalationState.OVERDUE:
            return self.overdue_clause()
        if state is EscalationState.DUE_SOON:
            return and_(self.escalated_clause(), Complaint.due_on >= self.today)
        if state is EscalationState.PAUSED:
            return and_(Complaint.status.in_(OPEN_STATUSES), Complaint.due_on.is_(None))
        if state is EscalationState.DECIDED:
            return Complaint.status.not_in(OPEN_STATUSES)
        return and_(
            Complaint.status.in_(OPEN_STATUSES),
            Complaint.due_on.is_not(None),
            or_(
                and_(Complaint.working_days.is_(True), Complaint.due_on > self.soon_working),
                and_(Complaint.working_days.is_(False), Complaint.due_on > self.soon_calendar),
            ),
        )


def escalation_for(session: Session, today: date) -> Escalation:
    within = load_rules(session).escalate_within
    counter = day_counter(session)
    return Escalation(
        today=today,
        soon_working=counter.add(today, within, True),
        soon_calendar=today + timedelta(days=within),
    )
