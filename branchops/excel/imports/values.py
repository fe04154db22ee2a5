"""Turn one cell into the value its column declares, or say what is wrong in plain words.

Tolerant of what people type: full-width digits and spaces (NFKC), numbers stored as text,
thousands separators, dates as text in common forms or as Excel serial numbers.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from datetime import date, datetime
from typing import Any

from openpyxl.utils.datetime import from_excel

from branchops.excel.imports.reader import ERROR_LITERALS, CellError, NoSavedValue
from branchops.excel.imports.spec import (
    ColumnSpec,
    ValueType,
    bound_text,
    is_clear_marker,
    normal_header,
)
from branchops.i18n import translate

_LIST_SPLIT = re.compile(r"[,，、;；\n]+")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
# Characters nobody types on purpose in a name or a list: invisible ones (zero-width space,
# direction overrides, soft hyphen …) and control characters.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Co", "Cs", "Cn"})
LARGEST_WHOLE = 1e15  # beyond this a float is not written as all its digits
_TRUE = {"yes", "y", "true", "1", "是", "在职", "有", "√", "✓"}
_FALSE = {"no", "n", "false", "0", "否", "离职", "无", "×", "✗"}
MAX_SERIAL = 2_958_465  # 9999-12-31


class BadValue(ValueError):
    """The cell cannot be read as its column's type; the message says what to do."""


class _Clear:
    """The value of a cell holding the clear marker: erase what BranchOps has stored."""

    def __repr__(self) -> str:
        return "CLEAR"


CLEAR = _Clear()


def text_of(value: Any) -> str:
    """A cell as clean text: NFKC, trimmed, whole numbers without ``.0``."""
    if value is None:
        return ""
    if type(value) is str and value.isascii() and value.isprintable():
        return " ".join(value.split())  # nothing for NFKC to change
    if isinstance(value, float) and value.is_integer() and abs(value) < LARGEST_WHOLE:
        value = int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split())


def is_blank(value: Any) -> bool:
    return text_of(value) == ""


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise BadValue(translate("Import", "write a number."))
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = text_of(value).replace(",", "").replace(" ", "")
        try:
            number = float(text)
        except ValueError:
            number = math.nan
    if not math.isfinite(number):  # "nan", "inf" and "1e999" parse as floats but are no numbers
        raise BadValue(translate("Import", "write a number, e.g. 40."))
    return number


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(float(value))
    text = text_of(value)
    iso = _ISO_DATE.match(text)
    if iso:
        return _calendar_day(*(int(part) for part in iso.groups()))
    if text.isdigit() and len(text) <= 5:
        return _serial(float(text))
    parts = _DAY_MONTH_YEAR.match(text)
    if parts:
        return _day_month(text, *(int(p) for p in parts.groups()))
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadValue(translate("Import", "write a date as YYYY-MM-DD, e.g. 2024-03-01."))


def _day_month(text: str, first: int, second: int, year: int) -> date:
    """``13/5/2026`` is 13 May, ``5/13/2026`` is 13 May; ``1/5/2026`` could be either: refused."""
    if first <= 12 and second <= 12 and first != second:
        raise BadValue(
            translate(
                "Import",
                "{text} could be read with day and month either way round; write it as "
                "YYYY-MM-DD (e.g. {example}).",
            ).format(text=text, example=f"{year}-{second:02d}-{first:02d}")
        )
    day, month = (first, second) if first > 12 else (second, first)
    return _calendar_day(year, month, day)


def _calendar_day(year: int, month: int, day: int) -> date:
    """The date, or what is wrong with it: 2025-02-29 is written right but is no day."""
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        raise BadValue(translate("Import", "write a date as YYYY-MM-DD, e.g. 2024-03-01."))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise BadValue(
            translate("Import", "{year}-{month:02d} has no day {day}: it has {days} days.").format(
                year=year, month=month, day=day, days=days
            )
        )
    return date(year, month, day)


def _serial(number: float) -> date:
    if not 1 <= number <= MAX_SERIAL:
        raise BadValue(translate("Import", "write a date as YYYY-MM-DD, e.g. 2024-03-01."))
    return from_excel(number).date()


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = normal_header(value)
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise BadValue(translate("Import", "write Yes or No."))


def _choice(column: ColumnSpec, value: Any) -> str:
    word = normal_header(value)
    for choice in column.choices:
        if word in choice.words():
            return choice.value
    if column.open_choices:
        return text_of(value)
    allowed = ", ".join(c.title for c in column.choices)
    raise BadValue(translate("Import", "choose one of: {allowed}.").format(allowed=allowed))


def _not_data(value: Any) -> None:
    """Refuse what Excel shows as an error, and formulas saved without their result."""
    if isinstance(value, NoSavedValue):
        raise BadValue(
            translate(
                "Import",
                "the cell has a formula whose result was never saved (the file was made by a "
                "program, not saved in Excel). Open the file in Excel or WPS, save it, and import "
                "again — or type the value itself.",
            )
        )
    text = str(value).strip() if isinstance(value, CellError | str) else ""
    if isinstance(value, CellError) or text.upper() in ERROR_LITERALS:
        raise BadValue(
            translate(
                "Import",
                "the cell shows the Excel error {error}, not a value. Correct the formula (or "
                "type the value itself) and import again.",
            ).format(error=text)
        )


def _visible(text: str) -> str:
    if text.isprintable():  # the usual case, decided in C: no control, format or private char
        return text
    for ch in text:
        if unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
            name = unicodedata.name(ch, "")
            raise BadValue(
                translate(
                    "Import",
                    "it contains the invisible character U+{code:04X} {name}; retype the text "
                    "without it.",
                ).format(code=ord(ch), name=name.lower())
            )
    return text


def convert(column: ColumnSpec, value: Any) -> Any:
    """The cell as the column's type; blank cells give None, the clear marker ``CLEAR``.
    Raises ``BadValue``."""
    _not_data(value)
    if is_blank(value):
        return () if column.type is ValueType.LIST else None
    if is_clear_marker(value):
        return CLEAR
    kind = column.type
    if kind is ValueType.TEXT:
        result: Any = _visible(text_of(value))
        if column.max_length and len(result) > column.max_length:
            raise BadValue(
                translate("Import", "shorten it to {limit} characters.").format(
                    limit=column.max_length
                )
            )
        return result
    if kind in (ValueType.INT, ValueType.NUMBER):
        number = _number(value)
        if kind is ValueType.INT and not number.is_integer():
            raise BadValue(translate("Import", "write a whole number."))
        _check_range(column, number)
        return int(number) if kind is ValueType.INT else number
    if kind is ValueType.DATE:
        return _date(value)
    if kind is ValueType.BOOL:
        return _bool(value)
    if kind is ValueType.CHOICE:
        return _choice(column, value)
    text = _visible(text_of(value))
    return tuple(part.strip() for part in _LIST_SPLIT.split(text) if part.strip())


def _check_range(column: ColumnSpec, number: float) -> None:
    low, high = column.minimum, column.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        if high is None:
            text = translate("Import", "write a number of at least {low}.")
        elif low is None:
            text = translate("Import", "write a number of at most {high}.")
        else:
            text = translate("Import", "write a number from {low} to {high}.")
        raise BadValue(
            text.format(
                low=bound_text(low) if low is not None else "",
                high=bound_text(high) if high is not None else "",
            )
        )
