"""Small pieces shared by the feedback tabs and dialogs: combos of enum labels, dates."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox

from branchops.core.feedback.labels import label
from branchops.core.period import Month
from branchops.i18n import translate


def enum_combo(members: Iterable[enum.Enum], blank: str | None = None) -> QComboBox:
    """A combo of translated labels with the members as data (a first blank item if asked)."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for member in members:
        combo.addItem(label(member), member)
    return combo


E = TypeVar("E", bound=enum.Enum)


def member(combo: QComboBox, cls: type[E]) -> E | None:
    """The chosen member (Qt hands enum data back as plain strings), or None for the blank."""
    value = combo.currentData()
    return None if value is None or value == "" else cls(value)


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def month_combo(last: Month, count: int) -> QComboBox:
    combo = QComboBox()
    combo.addItem(translate("FeedbackPage", "All months"), None)
    for back in range(count):
        month = last.shift(-back)
        combo.addItem(str(month), str(month))
    return combo


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def from_qdatetime(value: QDateTime) -> datetime:
    day, moment = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())
