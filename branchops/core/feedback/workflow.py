"""The complaint workflow (投诉处理): received → acknowledged → investigating → resolved → closed,
or reopened; the clock paused, extended and restarted; the customer's review (核查).

Every step is a line on the timeline (who, when, note). Rules:
- resolving needs what was decided, on a day not before receipt; an open pause ends that day;
- closing needs a root cause (category and text) and the customer's satisfaction with the
  resolution; an unsatisfied customer reopens the case instead;
- the first extension (to 30 days) needs a reason; the second (another 30) also a recorded
  approval of the higher branch or HQ and that the customer was told; there is no third;
- a restart (a repeat complaint with new facts) starts a new clock from that day;
- a review is asked for within the review window after the resolution and has its own clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import NotFound, Problems, UserError
from branchops.core.feedback.complaint_clock import add_event, day_counter, refresh_due
from branchops.core.feedback.labels import status_label
from branchops.core.feedback.models import (
    DECIDED_STATUSES,
    OPEN_STATUSES,
    Complaint,
    ComplaintPause,
    ComplaintStatus,
    EventKind,
    PauseReason,
    RootCause,
    Satisfaction,
)
from branchops.core.feedback.rules import load_rules
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

S = ComplaintStatus


@dataclass
class CloseInput:
    root_cause: RootCause | None
    root_cause_text: str
    satisfaction: Satisfaction | None
    note: str = ""
    on: date | None = None


@dataclass
class ExtensionInput:
    reason: str
    approval: str = ""  # second extension: who approved (higher branch or HQ)
    customer_told: bool = False  # second extension: the customer was told
    on: date | None = None


def load_complaint(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(translate("Feedback", "This complaint no longer exists."))
    return complaint


def _wrong_status(complaint: Complaint) -> UserError:
    return UserError(
        translate("Feedback", "Not possible while complaint {reference} is {status}.").format(
            reference=complaint.reference, status=status_label(complaint.status)
        )
    )


def _expect(complaint: Complaint, *statuses: ComplaintStatus) -> None:
    if complaint.status not in statuses:
        raise _wrong_status(complaint)


def _day(problems: Problems, complaint: Complaint, on: date | None, field: str = "on") -> date:
    day = on or clock.today()
    if day > clock.today():
        problems.add(field, translate("Feedback", "The date cannot be in the future."))
    elif day < complaint.received_on:
        problems.add(
            field,
            translate(
                "Feedback", "The date cannot be before the complaint was received ({date})."
            ).format(date=complaint.received_on.isoformat()),
        )
    return day


def _step(
    uow: UnitOfWork,
    user: CurrentUser,
    complaint_id: int,
    allowed: tuple[ComplaintStatus, ...],
) -> Complaint:
    require(user, Permission.WRITE)
    complaint = load_complaint(uow.session, complaint_id)
    _expect(complaint, *allowed)
    return complaint


def _move(
    uow: UnitOfWork,
    user: CurrentUser,
    complaint: Complaint,
    status: ComplaintStatus,
    kind: EventKind,
    day: date,
    note: str,
) -> None:
    complaint.status = status
    add_event(uow.session, complaint, kind, user.username, day, note)
    refresh_due(uow.session, complaint)
    uow.commit()


def acknowledge(
    uow: UnitOfWork, user: CurrentUser, complaint_id: int, on: date | None = None, note: str = ""
) -> None:
    complaint = _step(uow, user, complaint_id, (S.RECEIVED,))
    problems = Problems()
    day = _day(problems, complaint, on)
    problems.raise_if_any()
    complaint.acknowledged_on = day
    _move(uow, user, complaint, S.ACKNOWLEDGED, EventKind.ACKNOWLEDGED, day, note)


def start_investigation(
    uow: UnitOfWork, user: CurrentUser, complaint_id: int, on: date | None = None, note: str = ""
) -> None:
    complaint = _step(uow, user, complaint_id, (S.RECEIVED, S.ACKNOWLEDGED, S.REOPENED))
    problems = Problems()
    day = _day(problems, complaint, on)
    problems.raise_if_any()
    complaint.acknowledged_on = complaint.acknowledged_on or day
    _move(uow, user, complaint, S.INVESTIGATING, EventKind.INVESTIGATING, day, note)


def _end_pause(session: Session, complaint: Complaint, day: date, username: str) -> None:
    pause = open_pause(session, complaint.id)
    if pause is None:
        return
    pause.end = max(day, pause.start)
    complaint.paused_since = None
    add_event(session, complaint, EventKind.RESUMED, username, pause.end)


def resolve(
    uow: UnitOfWork,
    user: CurrentUser,
    complaint_id: int,
    resolution: str,
    on: date | None = None,
) -> None:
    """Record the decision given to the customer (答复), which stops the clock."""
    complaint = _step(uow, user, complaint_id, OPEN_STATUSES)
    problems = Problems()
    day = _day(problems, complaint, on, "resolved_on")
    if not resolution.strip():
        problems.add(
            "resolution", translate("Feedback", "Say what was decided and told to the customer.")
        )
    problems.raise_if_any()
    _end_pause(uow.session, complaint, day, user.username)
    complaint.resolution = resolution.strip()
    complaint.resolved_on = day
    _move(uow, user, complaint, S.RESOLVED, EventKind.RESOLVED, day, resolution)


def close(uow: UnitOfWork, user: CurrentUser, complaint_id: int, data: CloseInput) -> None:
    """Close with the root cause and the customer's satisfaction; unsatisfied reopens instead."""
    complaint = _step(uow, user, complaint_id, (S.RESOLVED,))
    problems = Problems()
    day = _day(problems, complaint, data.on)
    if complaint.resolved_on is not None and day < complaint.resolved_on:
        problems.add("on", translate("Feedback", "A complaint cannot close before it is resolved."))
    if data.root_cause is None:
        problems.add("root_cause", translate("Feedback", "Choose the root cause before closing."))
    if not data.root_cause_text.strip():
        problems.add(
            "root_cause_text", translate("Feedback", "Describe the root cause before closing.")
        )
    if data.satisfaction is None:
        problems.add(
            "satisfaction",
            translate("Feedback", "Record whether the customer is satisfied with the resolution."),
        )
    problems.raise_if_any()
    complaint.root_cause = data.root_cause
    complaint.root_cause_text = data.root_cause_text.strip()
    complaint.satisfaction = data.satisfaction
    if data.satisfaction is Satisfaction.UNSATISFIED:
        note = data.note.strip() or translate("Feedback", "The customer is not satisfied.")
        complaint.resolved_on = None
        _move(uow, user, complaint, S.REOPENED, EventKind.REOPENED, day, note)
        return
    complaint.closed_on = day
    _move(uow, user, complaint, S.CLOSED, EventKind.CLOSED, day, data.note)


def reopen(
    uow: UnitOfWork, user: CurrentUser, complaint_id: int, reason: str, on: date | None = None
) -> None:
    complaint = _step(uow, user, complaint_id, DECIDED_STATUSES)
    problems = Problems()
    day = _day(problems, complaint, on)
    if not reason.strip():
        problems.add("reason", translate("Feedback", "Say why the complaint is reopened."))
    problems.raise_if_any()
    complaint.resolved_on = complaint.closed_on = None
    _move(uow, user, complaint, S.REOPENED, EventKind.REOPENED, day, reason)


def extend(uow: UnitOfWork, user: CurrentUser, complaint_id: int, data: ExtensionInput) -> None:
    complaint = _step(uow, user, complaint_id, OPEN_STATUSES)
    rules = load_rules(uow.session)
    if complaint.extensions >= 2:
        raise UserError(
            translate(
                "Feedback", "Complaint {reference} has had both extensions; there is no third."
            ).format(reference=complaint.reference)
        )
    problems = Problems()
    day = _day(problems, complaint, data.on)
    if not data.reason.strip():
        problems.add("reason", translate("Feedback", "Give the reason for the extension."))
    second = complaint.extensions == 1
    if second and not data.approval.strip():
        problems.add(
            "approval",
            translate(
                "Feedback",
                "A second extension needs the approval of the higher branch or HQ: say who "
                "approved it.",
            ),
        )
    if second and not data.customer_told:
        problems.add(
            "customer_told",
            translate("Feedback", "Tell the customer of the second extension first."),
        )
    problems.raise_if_any()
    if second:
        complaint.extension_days += rules.second_extension
        complaint.second_extension_reason = data.reason.strip()
        complaint.second_extension_approval = data.approval.strip()
        complaint.customer_told_of_extension = True
        note = translate("Feedback", "{reason} (approved by {approval}; customer told)").format(
            reason=data.reason.strip(), approval=data.approval.strip()
        )
    else:
        complaint.extension_days = max(0, rules.extended_total - complaint.base_days)
        complaint.extension_reason = data.reason.strip()
        note = data.reason
    complaint.extensions += 1
    add_event(uow.session, complaint, EventKind.EXTENDED, user.username, day, note)
    refresh_due(uow.session, complaint)
    uow.commit()


def open_pause(session: Session, complaint_id: int) -> ComplaintPause | None:
    return session.scalar(
        select(ComplaintPause).where(
            ComplaintPause.complaint_id == complaint_id, ComplaintPause.end.is_(None)
        )
    )


def pause(
    uow: UnitOfWork,
    user: CurrentUser,
    complaint_id: int,
    reason: PauseReason,
    on: date | None = None,
    note: str = "",
) -> None:
    """Stop the clock while waiting for the customer or for an outside appraisal."""
    complaint = _step(uow, user, complaint_id, OPEN_STATUSES)
    if complaint.paused_since is not None:
        raise UserError(translate("Feedback", "The clock of this complaint is already paused."))
    problems = Problems()
    day = _day(problems, complaint, on)
    if day < complaint.clock_start:
        problems.add(
            "on",
            translate("Feedback", "The pause cannot start before the clock did ({date}).").format(
                date=complaint.clock_start.isoformat()
            ),
        )
    problems.raise_if_any()
    uow.session.add(ComplaintPause(complaint_id=complaint.id, reason=reason, start=day, note=note))
    complaint.paused_since = day
    add_event(uow.session, complaint, EventKind.PAUSED, user.username, day, note)
    refresh_due(uow.session, complaint)
    uow.commit()


def resume(
    uow: UnitOfWork, user: CurrentUser, complaint_id: int, on: date | None = None, note: str = ""
) -> None:
    complaint = _step(uow, user, complaint_id, OPEN_STATUSES)
    current = open_pause(uow.session, complaint.id)
    if current is None:
        raise UserError(translate("Feedback", "The clock of this complaint is not paused."))
    problems = Problems()
    day = _day(problems, complaint, on)
    if day < current.start:
        problems.add(
            "on",
            translate(
                "Feedback", "The clock cannot resume before the pause began ({date})."
            ).format(date=current.start.isoformat()),
        )
    problems.raise_if_any()
    current.end = day
    complaint.paused_since = None
    add_event(uow.session, complaint, EventKind.RESUMED, user.username, day, note)
    refresh_due(uow.session, complaint)
    uow.commit()


def restart(
    uow: UnitOfWork, user: CurrentUser, complaint_id: int, facts: str, on: date | None = None
) -> None:
    """A repeat complaint with new facts: a new clock from ``on``, under today's rules."""
    complaint = _step(uow, user, complaint_id, tuple(ComplaintStatus))
    problems = Problems()
    day = _day(problems, complaint, on)
    if not facts.strip():
        problems.add(
            "facts", translate("Feedback", "Describe the new facts that restart the clock.")
        )
    problems.raise_if_any()
    rules = load_rules(uow.session)
    session = uow.session
    _end_pause(session, complaint, day, user.username)
    complaint.clock_start = day
    complaint.working_days = rules.working_days
    complaint.base_days = rules.days_for(complaint.severity)
    complaint.extension_days = complaint.extensions = 0
    complaint.restarts += 1
    complaint.resolved_on = complaint.closed_on = None
    status = S.REOPENED if complaint.status in DECIDED_STATUSES else complaint.status
    _move(uow, user, complaint, status, EventKind.RESTARTED, day, facts)


def request_review(
    uow: UnitOfWork, user: CurrentUser, complaint_id: int, on: date | None = None, note: str = ""
) -> None:
    """The customer disagrees with the decision and asks for a review (核查)."""
    complaint = _step(uow, user, complaint_id, DECIDED_STATUSES)
    if complaint.review_requested_on is not None:
        raise UserError(translate("Feedback", "A review of this complaint was already asked for."))
    rules = load_rules(uow.session)
    counter = day_counter(uow.session)
    problems = Problems()
    day = _day(problems, complaint, on)
    resolved = complaint.resolved_on or complaint.received_on
    latest = counter.add(resolved, rules.review_window, complaint.working_days)
    if day < resolved:
        problems.add(
            "on",
            translate(
                "Feedback", "A review cannot be asked for before the decision ({date})."
            ).format(date=resolved.isoformat()),
        )
    elif day > latest:
        problems.add(
            "on",
            translate(
                "Feedback",
                "A review had to be asked for by {date} ({days} days after the decision).",
            ).format(date=latest.isoformat(), days=rules.review_window),
        )
    problems.raise_if_any()
    complaint.review_requested_on = day
    complaint.review_due_on = counter.add(day, rules.review_days, complaint.working_days)
    add_event(uow.session, complaint, EventKind.REVIEW_REQUESTED, user.username, day, note)
    uow.commit()


def complete_review(
    uow: UnitOfWork, user: CurrentUser, complaint_id: int, outcome: str, on: date | None = None
) -> None:
    require(user, Permission.WRITE)
    complaint = load_complaint(uow.session, complaint_id)
    if complaint.review_requested_on is None or complaint.review_done_on is not None:
        raise UserError(translate("Feedback", "No review of this complaint is open."))
    problems = Problems()
    day = _day(problems, complaint, on)
    if day < complaint.review_requested_on:
        problems.add("on", translate("Feedback", "The review cannot end before it was asked for."))
    if not outcome.strip():
        problems.add("outcome", translate("Feedback", "Say what the review concluded."))
    problems.raise_if_any()
    complaint.review_done_on = day
    complaint.review_outcome = outcome.strip()
    add_event(uow.session, complaint, EventKind.REVIEW_DONE, user.username, day, outcome)
    uow.commit()


def add_note(
    uow: UnitOfWork, user: CurrentUser, complaint_id: int, note: str, on: date | None = None
) -> None:
    """A status note: where the complaint stands (the completeness check looks for these)."""
    require(user, Permission.WRITE)
    complaint = load_complaint(uow.session, complaint_id)
    problems = Problems()
    day = _day(problems, complaint, on)
    if not note.strip():
        problems.add("note", translate("Feedback", "Write the note."))
    problems.raise_if_any()
    add_event(uow.session, complaint, EventKind.NOTE, user.username, day, note)
    uow.commit()
