"""Cell values that are safe to give Excel: formula-proof text and masked personal data.

Every workbook BranchOps writes puts its values in cells through ``put`` (or ``new_cell`` for a
write-only sheet) — never ``ws.append`` of raw strings nor ``ws.cell(value=...)``. Text is stored
as a string cell *and*, when a spreadsheet could read it as a formula, flagged with Excel's quote
prefix (what typing a leading apostrophe does), so a value such as ``=HYPERLINK(...)``, ``+1`` or
``@SUM(A1)`` shows exactly as typed in Excel, WPS and LibreOffice, stays text when the cell is
edited, and reads back as the same string. openpyxl turns any string starting with ``=`` into a
formula when it is assigned; ``put`` sets the string type *after* the assignment, which is the
only order that works.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

# A cell starting with one of these is read as a formula (or DDE) by some spreadsheet program.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
EXCEL_MAX_TEXT = 32_767
MASK = "****"

# Full-width digits, plus, minus and space read as their ASCII forms (one character for one, so
# positions in the text stay the same).
_WIDE = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)}, "＋": "+", "－": "-"})
_WIDE[0x3000] = " "
_SEP = r"[\s\-]?"
_MOBILE_RE = re.compile(
    rf"(?<![\d+])((?:\+|00)?86{_SEP}|\(\+?86\){_SEP})?(1[3-9]\d){_SEP}(\d{{4}}){_SEP}(\d{{4}})(?!\d)"
)
_LANDLINE_RE = re.compile(r"(?<!\d)(0\d{2,3})[\s-]?(\d{3,4})[\s-]?(\d{4})(?!\d)")
# Resident identity card number: 6 digits of region, 8 of birth date, 3 of sequence, a check
# digit or X.
_ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])")


def clean_text(value: object) -> str:
    """``value`` as text Excel can store: no control characters, no more than Excel's limit."""
    text = str(value)
    if not text.isprintable():  # printable text has no control characters: the common case
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:EXCEL_MAX_TEXT]


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet treat this text as a formula if it were typed or re-entered?"""
    return text.startswith(FORMULA_TRIGGERS)


def put(cell: Cell, value: Any) -> Cell:
    """Give ``cell`` its value: a string is always a string cell, never a formula."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"
        if is_formula_like(text):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def new_cell(ws: Any, value: Any) -> Cell:
    """A cell for ``ws.append`` on a write-only sheet, holding ``value`` formula-safely."""
    return put(WriteOnlyCell(ws), value)


def mask_phone(value: str) -> str:
    """``13812341234`` (also ``+86 138…``, full-width digits) → ``138****1234``; other numbers
    keep only their last four digits."""
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return ""
    digits = re.sub(r"[^0-9]", "", text)
    if len(digits) == 13 and digits.startswith("861"):
        digits = digits[2:]
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


@dataclass
class MaskCount:
    """How many pieces of personal data masking replaced (the summary sheet states it)."""

    phones: int = 0
    id_numbers: int = 0
    names: int = 0

    def add(self, other: MaskCount) -> None:
        self.phones += other.phones
        self.id_numbers += other.id_numbers
        self.names += other.names

    @property
    def total(self) -> int:
        return self.phones + self.id_numbers + self.names


def mask_free_text(text: str, count: MaskCount | None = None) -> str:
    """Mask every identity card number and mobile or landline number written inside free text:
    ``+86 138…``, ``86138…``, full-width digits and spaced or dashed forms included."""
    count = count if count is not None else MaskCount()
    plain = text.translate(_WIDE)

    def id_number(match: re.Match[str]) -> str:
        count.id_numbers += 1
        return f"{match.group(1)}{'*' * 8}{match.group(2)}"

    def mobile(match: re.Match[str]) -> str:
        count.phones += 1
        return f"{match.group(1) or ''}{match.group(2)}{MASK}{match.group(4)}"

    def landline(match: re.Match[str]) -> str:
        count.phones += 1
        return f"{match.group(1)}-{MASK}{match.group(3)}"

    masked = _ID_RE.sub(id_number, plain)
    masked = _MOBILE_RE.sub(mobile, masked)
    masked = _LANDLINE_RE.sub(landline, masked)
    return masked if masked != plain else text
