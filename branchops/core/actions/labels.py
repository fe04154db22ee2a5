"""Words shown for action statuses, priorities and sources."""

from __future__ import annotations

from branchops.core.actions.models import ActionStatus, Priority, SourceKind
from branchops.i18n import QT_TRANSLATE_NOOP, translate

STATUS_LABELS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Actions", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Actions", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Actions", "Done"),
    ActionStatus.VERIFIED: QT_TRANSLATE_NOOP("Actions", "Verified"),
}

PRIORITY_LABELS = {
    Priority.LOW: QT_TRANSLATE_NOOP("Actions", "Low"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Actions", "Medium"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Actions", "High"),
    Priority.URGENT: QT_TRANSLATE_NOOP("Actions", "Urgent"),
}

SOURCE_LABELS = {
    SourceKind.INSPECTION: QT_TRANSLATE_NOOP("Actions", "Inspection"),
    SourceKind.COMPLAINT: QT_TRANSLATE_NOOP("Actions", "Complaint"),
    SourceKind.DRILL: QT_TRANSLATE_NOOP("Actions", "Drill"),
    SourceKind.RISK: QT_TRANSLATE_NOOP("Actions", "Risk"),
    SourceKind.BUDGET: QT_TRANSLATE_NOOP("Actions", "Budget"),
    SourceKind.HQ: QT_TRANSLATE_NOOP("Actions", "HQ notice"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("Actions", "Other"),
}


def status_label(status: ActionStatus | str) -> str:
    return translate("Actions", STATUS_LABELS[ActionStatus(status)])


def priority_label(priority: Priority | str) -> str:
    return translate("Actions", PRIORITY_LABELS[Priority(priority)])


def source_label(kind: SourceKind | str) -> str:
    return translate("Actions", SOURCE_LABELS[SourceKind(kind)])
