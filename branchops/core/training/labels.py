"""Words shown for course categories, session and attendance states and compliance states."""

from __future__ import annotations

import enum

from branchops.core.training.models import AttendanceStatus, CourseCategory, SessionStatus
from branchops.i18n import QT_TRANSLATE_NOOP, current_language, translate


class CellState(enum.StrEnum):
    """A person's standing for one required course on one day."""

    VALID = "valid"
    DUE = "due"  # valid, but expiring within the renewal window
    EXPIRED = "expired"
    MISSING = "missing"


CATEGORY_LABELS = {
    CourseCategory.COMPLIANCE: QT_TRANSLATE_NOOP("Training", "Compliance / AML"),
    CourseCategory.CONSUMER: QT_TRANSLATE_NOOP("Training", "Consumer protection"),
    CourseCategory.FIRE_SAFETY: QT_TRANSLATE_NOOP("Training", "Fire safety"),
    CourseCategory.SECURITY: QT_TRANSLATE_NOOP("Training", "Security"),
    CourseCategory.SERVICE: QT_TRANSLATE_NOOP("Training", "Service etiquette"),
    CourseCategory.PRODUCT: QT_TRANSLATE_NOOP("Training", "Product knowledge"),
    CourseCategory.INFOSEC: QT_TRANSLATE_NOOP("Training", "Information security"),
    CourseCategory.FIRST_AID: QT_TRANSLATE_NOOP("Training", "First aid"),
    CourseCategory.OPERATIONS: QT_TRANSLATE_NOOP("Training", "Counter operations"),
    CourseCategory.INDUCTION: QT_TRANSLATE_NOOP("Training", "Induction"),
    CourseCategory.OTHER: QT_TRANSLATE_NOOP("Training", "Other"),
}

SESSION_STATUS_LABELS = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("Training", "Planned"),
    SessionStatus.HELD: QT_TRANSLATE_NOOP("Training", "Held"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("Training", "Cancelled"),
}

ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Training", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Training", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("Training", "Excused"),
}

STATE_LABELS = {
    CellState.VALID: QT_TRANSLATE_NOOP("Training", "Valid"),
    CellState.DUE: QT_TRANSLATE_NOOP("Training", "Due for renewal"),
    CellState.EXPIRED: QT_TRANSLATE_NOOP("Training", "Expired"),
    CellState.MISSING: QT_TRANSLATE_NOOP("Training", "Missing"),
}


def category_label(category: CourseCategory | str) -> str:
    return translate("Training", CATEGORY_LABELS[CourseCategory(category)])


def session_status_label(status: SessionStatus | str) -> str:
    return translate("Training", SESSION_STATUS_LABELS[SessionStatus(status)])


def attendance_label(status: AttendanceStatus | str) -> str:
    return translate("Training", ATTENDANCE_LABELS[AttendanceStatus(status)])


def state_label(state: CellState | str) -> str:
    return translate("Training", STATE_LABELS[CellState(state)])


def course_title(title: str, title_en: str) -> str:
    """The English title when English is chosen and there is one; the Chinese otherwise."""
    if current_language() == "en" and title_en.strip():
        return title_en
    return title


def validity_text(months: int | None) -> str:
    if months is None:
        return translate("Training", "Once")
    if months % 12 == 0:
        return translate("Training", "{years} yr").format(years=months // 12)
    return translate("Training", "{months} mo").format(months=months)


def result_text(status: AttendanceStatus, passed: bool, score: float | None, mark: float | None):
    """Passed / Failed / Attended / No score yet / the attendance status, in words."""
    if status is not AttendanceStatus.PRESENT:
        return attendance_label(status)
    if mark is None:
        return translate("Training", "Attended")
    if score is None:
        return translate("Training", "No score yet")
    return translate("Training", "Passed") if passed else translate("Training", "Failed")
