"""Words shown for the feedback enums (translated at the call)."""

from __future__ import annotations

import enum

from branchops.core.feedback.models import (
    Category,
    Channel,
    ComplaintStatus,
    EventKind,
    FeedbackKind,
    PauseReason,
    RatingScale,
    RootCause,
    Satisfaction,
    Severity,
)
from branchops.i18n import QT_TRANSLATE_NOOP, translate

CHANNEL_LABELS = {
    Channel.COUNTER: QT_TRANSLATE_NOOP("Feedback", "At the counter"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Feedback", "Phone"),
    Channel.BOOK: QT_TRANSLATE_NOOP("Feedback", "Comment book"),
    Channel.SURVEY: QT_TRANSLATE_NOOP("Feedback", "Survey"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("Feedback", "Online"),
    Channel.REGULATOR: QT_TRANSLATE_NOOP("Feedback", "Forwarded by the regulator"),
    Channel.DEVICE: QT_TRANSLATE_NOOP("Feedback", "Evaluation device"),
}

KIND_LABELS = {
    FeedbackKind.COMPLAINT: QT_TRANSLATE_NOOP("Feedback", "Complaint"),
    FeedbackKind.PRAISE: QT_TRANSLATE_NOOP("Feedback", "Praise"),
    FeedbackKind.SUGGESTION: QT_TRANSLATE_NOOP("Feedback", "Suggestion"),
    FeedbackKind.INQUIRY: QT_TRANSLATE_NOOP("Feedback", "Inquiry"),
    FeedbackKind.RATING: QT_TRANSLATE_NOOP("Feedback", "Rating"),
}

CATEGORY_LABELS = {
    Category.ATTITUDE: QT_TRANSLATE_NOOP("Feedback", "Service attitude"),
    Category.WAITING: QT_TRANSLATE_NOOP("Feedback", "Waiting time"),
    Category.PROCESS: QT_TRANSLATE_NOOP("Feedback", "Business process"),
    Category.FACILITIES: QT_TRANSLATE_NOOP("Feedback", "Environment and facilities"),
    Category.PRODUCT: QT_TRANSLATE_NOOP("Feedback", "Products"),
    Category.FEES: QT_TRANSLATE_NOOP("Feedback", "Fees"),
    Category.SYSTEM: QT_TRANSLATE_NOOP("Feedback", "System failure"),
}

SCALE_LABELS = {
    RatingScale.THREE: QT_TRANSLATE_NOOP("Feedback", "3-level scale"),
    RatingScale.FIVE: QT_TRANSLATE_NOOP("Feedback", "5-level scale"),
}

SEVERITY_LABELS = {
    Severity.GENERAL: QT_TRANSLATE_NOOP("Feedback", "General"),
    Severity.SERIOUS: QT_TRANSLATE_NOOP("Feedback", "Serious"),
    Severity.MAJOR: QT_TRANSLATE_NOOP("Feedback", "Major"),
}

STATUS_LABELS = {
    ComplaintStatus.RECEIVED: QT_TRANSLATE_NOOP("Feedback", "Received"),
    ComplaintStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Feedback", "Acknowledged"),
    ComplaintStatus.INVESTIGATING: QT_TRANSLATE_NOOP("Feedback", "Investigating"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("Feedback", "Resolved"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("Feedback", "Closed"),
    ComplaintStatus.REOPENED: QT_TRANSLATE_NOOP("Feedback", "Reopened"),
}

ROOT_CAUSE_LABELS = {
    RootCause.STAFF: QT_TRANSLATE_NOOP("Feedback", "Staff conduct"),
    RootCause.PROCESS: QT_TRANSLATE_NOOP("Feedback", "Process or rules"),
    RootCause.SYSTEM: QT_TRANSLATE_NOOP("Feedback", "System or equipment failure"),
    RootCause.PRODUCT: QT_TRANSLATE_NOOP("Feedback", "Product design"),
    RootCause.FEES: QT_TRANSLATE_NOOP("Feedback", "Fee policy"),
    RootCause.CAPACITY: QT_TRANSLATE_NOOP("Feedback", "Too few staff or counters"),
    RootCause.FACILITIES: QT_TRANSLATE_NOOP("Feedback", "Environment and facilities"),
    RootCause.COMMUNICATION: QT_TRANSLATE_NOOP("Feedback", "Explanation or misunderstanding"),
    RootCause.OTHER: QT_TRANSLATE_NOOP("Feedback", "Other"),
}

SATISFACTION_LABELS = {
    Satisfaction.SATISFIED: QT_TRANSLATE_NOOP("Feedback", "Satisfied"),
    Satisfaction.UNSATISFIED: QT_TRANSLATE_NOOP("Feedback", "Not satisfied"),
}

PAUSE_LABELS = {
    PauseReason.CUSTOMER: QT_TRANSLATE_NOOP("Feedback", "Waiting for the customer"),
    PauseReason.APPRAISAL: QT_TRANSLATE_NOOP("Feedback", "Outside appraisal or testing"),
}

EVENT_LABELS = {
    EventKind.RECEIVED: QT_TRANSLATE_NOOP("Feedback", "Received"),
    EventKind.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Feedback", "Acknowledged"),
    EventKind.INVESTIGATING: QT_TRANSLATE_NOOP("Feedback", "Investigation started"),
    EventKind.RESOLVED: QT_TRANSLATE_NOOP("Feedback", "Resolved"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("Feedback", "Closed"),
    EventKind.REOPENED: QT_TRANSLATE_NOOP("Feedback", "Reopened"),
    EventKind.EXTENDED: QT_TRANSLATE_NOOP("Feedback", "Deadline extended"),
    EventKind.PAUSED: QT_TRANSLATE_NOOP("Feedback", "Clock paused"),
    EventKind.RESUMED: QT_TRANSLATE_NOOP("Feedback", "Clock resumed"),
    EventKind.RESTARTED: QT_TRANSLATE_NOOP("Feedback", "Clock restarted (new facts)"),
    EventKind.REVIEW_REQUESTED: QT_TRANSLATE_NOOP("Feedback", "Review requested"),
    EventKind.REVIEW_DONE: QT_TRANSLATE_NOOP("Feedback", "Review done"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("Feedback", "Status note"),
    EventKind.ACTION: QT_TRANSLATE_NOOP("Feedback", "Corrective action raised"),
}

_TABLES: dict[type[enum.Enum], dict] = {
    Channel: CHANNEL_LABELS,
    FeedbackKind: KIND_LABELS,
    Category: CATEGORY_LABELS,
    RatingScale: SCALE_LABELS,
    Severity: SEVERITY_LABELS,
    ComplaintStatus: STATUS_LABELS,
    RootCause: ROOT_CAUSE_LABELS,
    Satisfaction: SATISFACTION_LABELS,
    PauseReason: PAUSE_LABELS,
    EventKind: EVENT_LABELS,
}


def label(member: enum.Enum | None) -> str:
    """The translated word for any feedback enum member ("" for None)."""
    if member is None:
        return ""
    return translate("Feedback", _TABLES[type(member)][member])


def channel_label(value: Channel | str) -> str:
    return label(Channel(value))


def kind_label(value: FeedbackKind | str) -> str:
    return label(FeedbackKind(value))


def category_label(value: Category | str | None) -> str:
    return label(Category(value)) if value else ""


def status_label(value: ComplaintStatus | str) -> str:
    return label(ComplaintStatus(value))
