"""Turn one cell into the value its column declares, or say what is wrong in plain words.

Tolerant of what people type: full-width digits and spaces (NFKC), numbers stored as text,
thousands separators, dates as text in common forms or as Excel serial numbers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from typing import Any

from openpyxl.utils.datetime import from_excel

from branchops.excel.imports.spec import ColumnSpec, ValueType, normal_header
from branchops.i18n import current_language, translate

_LIST_SPLIT = re.compile(r"[,，、;；\n]+")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日", "%d/%m/%Y")
_TRUE = {"yes", "y", "true", "1", "是", "在职", "有", "√", "✓"}
_FALSE = {"no", "n", "false", "0", "否", "离职", "无", "×", "✗"}
MAX_SERIAL = 2_958_465  # 9999-12-31


class BadValue(ValueError):
    """The cell cannot be read as its column's type; the message says what to do."""


def text_of(value: Any) -> str:
    """A cell as clean text: NFKC, trimmed, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
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
    if text.isdigit() and len(text) <= 5:
        return _serial(float(text))
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadValue(translate("Import", "write a date as YYYY-MM-DD, e.g. 2024-03-01."))


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


_CHOICE_WORDS: dict[tuple[int, str], tuple[ColumnSpec, dict[str, str]]] = {}


def _choice_words(column: ColumnSpec, language: str) -> dict[str, str]:
    """Every accepted word of a choice column (normalised) → its value, once per language."""
    known = _CHOICE_WORDS.get((id(column), language))
    if known is not None and known[0] is column:
        return known[1]
    found: dict[str, str] = {}
    for choice in column.choices:
        for word in (choice.value, choice.label, choice.title, *choice.aliases):
            found.setdefault(normal_header(word), choice.value)
    _CHOICE_WORDS[(id(column), language)] = (column, found)
    return found


def _choice(column: ColumnSpec, value: Any) -> str:
    chosen = _choice_words(column, current_language()).get(normal_header(value))
    if chosen is not None:
        return chosen
    allowed = ", ".join(c.title for c in column.choices)
    raise BadValue(translate("Import", "choose one of: {allowed}.").format(allowed=allowed))


def convert(column: ColumnSpec, value: Any) -> Any:
    """The cell as the column's type; blank cells give None. Raises ``BadValue``."""
    if is_blank(value):
        return () if column.type is ValueType.LIST else None
    kind = column.type
    if kind is ValueType.TEXT:
        result: Any = text_of(value)
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
    return tuple(part.strip() for part in _LIST_SPLIT.split(text_of(value)) if part.strip())


def _check_range(column: ColumnSpec, number: float) -> None:
    low, high = column.minimum, column.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        raise BadValue(
            translate("Import", "write a number from {low:g} to {high:g}.").format(
                low=low if low is not None else float("-inf"),
                high=high if high is not None else float("inf"),
            )
        )
