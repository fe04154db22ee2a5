"""Words shown for employment types, leave kinds and statuses, and kinds of availability."""

from __future__ import annotations

from branchops.core.staff.models import Employment, LeaveKind, LeaveStatus
from branchops.i18n import QT_TRANSLATE_NOOP, translate

EMPLOYMENT_LABELS = {
    Employment.FULL_TIME: QT_TRANSLATE_NOOP("StaffPage", "Full time"),
    Employment.PART_TIME: QT_TRANSLATE_NOOP("StaffPage", "Part time"),
}
# the kinds of an availability row (``availability.py``): unavailable; a shift preferred, avoided
AVAILABILITY_KIND_LABELS = {
    "unavailable": QT_TRANSLATE_NOOP("LeavePage", "Unavailable"),
    "prefers": QT_TRANSLATE_NOOP("LeavePage", "Prefers"),
    "avoids": QT_TRANSLATE_NOOP("LeavePage", "Avoids"),
}
LEAVE_KIND_LABELS = {
    LeaveKind.ANNUAL: QT_TRANSLATE_NOOP("Leave", "Annual"),
    LeaveKind.SICK: QT_TRANSLATE_NOOP("Leave", "Sick"),
    LeaveKind.PERSONAL: QT_TRANSLATE_NOOP("Leave", "Personal"),
    LeaveKind.TRAINING: QT_TRANSLATE_NOOP("Leave", "Training"),
    LeaveKind.OTHER: QT_TRANSLATE_NOOP("Leave", "Other"),
    LeaveKind.MARRIAGE: QT_TRANSLATE_NOOP("Leave", "Marriage"),
    LeaveKind.MATERNITY: QT_TRANSLATE_NOOP("Leave", "Maternity"),
    LeaveKind.PATERNITY: QT_TRANSLATE_NOOP("Leave", "Paternity"),
    LeaveKind.BEREAVEMENT: QT_TRANSLATE_NOOP("Leave", "Bereavement"),
    LeaveKind.WORK_INJURY: QT_TRANSLATE_NOOP("Leave", "Work injury"),
}
LEAVE_STATUS_LABELS = {
    LeaveStatus.REQUESTED: QT_TRANSLATE_NOOP("Leave", "Requested"),
    LeaveStatus.APPROVED: QT_TRANSLATE_NOOP("Leave", "Approved"),
    LeaveStatus.REJECTED: QT_TRANSLATE_NOOP("Leave", "Rejected"),
    LeaveStatus.CANCELLED: QT_TRANSLATE_NOOP("Leave", "Cancelled"),
}


def leave_kind_label(kind: LeaveKind) -> str:
    return translate("Leave", LEAVE_KIND_LABELS[kind])


def leave_status_label(status: LeaveStatus) -> str:
    return translate("Leave", LEAVE_STATUS_LABELS[status])


def employment_label(employment: Employment) -> str:
    return translate("StaffPage", EMPLOYMENT_LABELS[employment])


def availability_kind_label(kind: str) -> str:
    return translate("LeavePage", AVAILABILITY_KIND_LABELS[kind])
