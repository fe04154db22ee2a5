"""Cell values that are safe to give Excel: formula-proof text and masked personal data.

Text that came from a user or an imported file is never written as a formula: it is stored as a
string cell *and* flagged with Excel's quote prefix (what typing a leading apostrophe does), so a
value such as ``=HYPERLINK(...)``, ``+1`` or ``@SUM(A1)`` shows exactly as typed in Excel, WPS and
LibreOffice, stays text when the cell is edited, and reads back as the same string.
"""

from __future__ import annotations

import re
import unicodedata

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

# A cell starting with one of these is read as a formula (or DDE) by some spreadsheet program.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
EXCEL_MAX_TEXT = 32_767
MASK = "****"

_MOBILE_RE = re.compile(r"(?<!\d)(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)")
_LANDLINE_RE = re.compile(r"(?<!\d)(0\d{2,3})[\s-]?(\d{3,4})[\s-]?(\d{4})(?!\d)")


def clean_text(value: object) -> str:
    """``value`` as text Excel can store: no control characters, no more than Excel's limit."""
    text = str(value)
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:EXCEL_MAX_TEXT]


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet treat this text as a formula if it were typed or re-entered?"""
    return text.startswith(FORMULA_TRIGGERS)


def mask_phone(value: str) -> str:
    """``13812341234`` → ``138****1234``; other numbers keep only their last four digits."""
    text = value.strip()
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}{MASK}{digits[-4:]}"
    if len(digits) <= 4:
        return MASK
    return f"{MASK}{digits[-4:]}"


def mask_name(value: str) -> str:
    """``张三丰`` → ``张**``, ``Li Na`` → ``L****``: the first character and a mask."""
    text = value.strip()
    if not text:
        return ""
    first = text[0]
    if unicodedata.east_asian_width(first) in ("W", "F"):
        return first + "*" * max(1, len(text) - 1)
    return first + MASK


def mask_phones_in_text(text: str) -> str:
    """Mask every mobile or landline number written inside free text."""
    text = _MOBILE_RE.sub(lambda m: f"{m.group(1)}{MASK}{m.group(3)}", text)
    return _LANDLINE_RE.sub(lambda m: f"{m.group(1)}-{MASK}{m.group(3)}", text)
