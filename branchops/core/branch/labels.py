"""Words shown for the weekdays of the opening hours (and wherever a weekday is named)."""

from __future__ import annotations

from branchops.i18n import QT_TRANSLATE_NOOP, translate

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
)


def weekday_name(weekday: int) -> str:
    return translate("Weekdays", _WEEKDAYS[weekday])
