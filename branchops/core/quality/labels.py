"""Words shown for the quality enums, and the choice between Chinese and English content.

Template content (names, item texts) is data with a Chinese and an optional English text;
``localized`` picks the one for the current language. Everything else goes through translation.
"""

from __future__ import annotations

from branchops.core.quality.models import (
    AnswerType,
    Category,
    InspectionResult,
    InspectionStatus,
    Recurrence,
)
from branchops.i18n import QT_TRANSLATE_NOOP, current_language, translate

CATEGORY_LABELS = {
    Category.ENVIRONMENT: QT_TRANSLATE_NOOP("Quality", "Environment and hygiene"),
    Category.APPEARANCE: QT_TRANSLATE_NOOP("Quality", "Staff appearance"),
    Category.ETIQUETTE: QT_TRANSLATE_NOOP("Quality", "Service etiquette"),
    Category.COMPLIANCE: QT_TRANSLATE_NOOP("Quality", "Process compliance"),
    Category.SECURITY: QT_TRANSLATE_NOOP("Quality", "Safety and security"),
    Category.FACILITIES: QT_TRANSLATE_NOOP("Quality", "Equipment and facilities"),
}

ANSWER_TYPE_LABELS = {
    AnswerType.PASS_FAIL: QT_TRANSLATE_NOOP("Quality", "Pass / fail / N/A"),
    AnswerType.SCALE: QT_TRANSLATE_NOOP("Quality", "Scale 0–N"),
    AnswerType.YES_NO: QT_TRANSLATE_NOOP("Quality", "Yes / no"),
    AnswerType.CHOICE: QT_TRANSLATE_NOOP("Quality", "Drop-down with scores"),
    AnswerType.NUMBER: QT_TRANSLATE_NOOP("Quality", "Number with limits"),
}

RECURRENCE_LABELS = {
    Recurrence.NONE: QT_TRANSLATE_NOOP("Quality", "Not scheduled"),
    Recurrence.DAILY: QT_TRANSLATE_NOOP("Quality", "Every working day"),
    Recurrence.WEEKLY: QT_TRANSLATE_NOOP("Quality", "Weekly"),
    Recurrence.MONTHLY: QT_TRANSLATE_NOOP("Quality", "Monthly"),
}

STATUS_LABELS = {
    InspectionStatus.DRAFT: QT_TRANSLATE_NOOP("Quality", "Draft"),
    InspectionStatus.COMPLETED: QT_TRANSLATE_NOOP("Quality", "Completed"),
}

RESULT_LABELS = {
    InspectionResult.PASSED: QT_TRANSLATE_NOOP("Quality", "Passed"),
    InspectionResult.FAILED: QT_TRANSLATE_NOOP("Quality", "Failed"),
}

ANSWER_LABELS = {
    "pass": QT_TRANSLATE_NOOP("Quality", "Pass"),
    "fail": QT_TRANSLATE_NOOP("Quality", "Fail"),
    "yes": QT_TRANSLATE_NOOP("Quality", "Yes"),
    "no": QT_TRANSLATE_NOOP("Quality", "No"),
    "na": QT_TRANSLATE_NOOP("Quality", "N/A"),
}


def category_label(category: Category | str) -> str:
    return translate("Quality", CATEGORY_LABELS[Category(category)])


def answer_type_label(answer_type: AnswerType | str) -> str:
    return translate("Quality", ANSWER_TYPE_LABELS[AnswerType(answer_type)])


def recurrence_label(recurrence: Recurrence | str) -> str:
    return translate("Quality", RECURRENCE_LABELS[Recurrence(recurrence)])


def status_label(status: InspectionStatus | str) -> str:
    return translate("Quality", STATUS_LABELS[InspectionStatus(status)])


def result_label(result: InspectionResult | str | None) -> str:
    return "" if result is None else translate("Quality", RESULT_LABELS[InspectionResult(result)])


def fixed_answer_label(value: str) -> str:
    """Pass, fail, yes, no and N/A in the current language; other values unchanged."""
    source = ANSWER_LABELS.get(value)
    return translate("Quality", source) if source else value


def localized(chinese: str, english: str) -> str:
    """The English text when English is chosen and there is one; the Chinese otherwise."""
    if current_language() == "en" and english.strip():
        return english
    return chinese
