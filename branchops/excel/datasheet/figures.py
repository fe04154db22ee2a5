"""The figures digest: one SHA-256 over every value on the visible sheets of a monthly workbook.

The writer adds each cell as it renders it; the data sheet carries the digest inside the content
its checksum covers, so HQ, reading the visible sheets back (python-calamine), can tell whether a
figure shown to people was changed after export. Values are compared in a canonical form that
survives any reader: numbers at twelve significant digits, dates as ISO dates, times to the
minute, text with line breaks as ``\\n``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from branchops.excel.datasheet.payload import DATA_SHEET_NAME, canonical_number


def canonical(value: Any) -> str | None:
    """The value as both sides see it, or None for an empty cell."""
    kind = type(value)  # the common cases first: the answers of the checks below
    if kind is str:
        if "\r" in value:
            return value.replace("\r\n", "\n").replace("\r", "\n")
        return value or None
    if kind is float or kind is int:
        return canonical_number(value)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        rounded = (value + timedelta(seconds=30)).replace(second=0, microsecond=0, tzinfo=None)
        return rounded.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0).isoformat(timespec="minutes")
    if isinstance(value, int | float | Decimal):
        return canonical_number(float(value))
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


class FiguresDigest:
    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def add(self, sheet: str, row: int, column: int, value: Any) -> None:
        text = canonical(value)
        if text is not None:
            self._hash.update(_record(_place(sheet, row), column, text).encode())

    def add_rows(self, sheet: str, rows: Iterable[Sequence[Any]]) -> None:
        """As ``add`` for every cell, in one update (the same bytes, so the same digest)."""
        parts = []
        for number, row in enumerate(rows, start=1):
            place = _place(sheet, number)
            for column, value in enumerate(row, start=1):
                text = canonical(value)
                if text is not None:
                    parts.append(_record(place, column, text))
        self._hash.update("".join(parts).encode())

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _place(sheet: str, row: int) -> str:
    return f"{sheet}\x1f{row}\x1f"


def _record(place: str, column: int, text: str) -> str:
    """One cell as the digest takes it: sheet, row, column and canonical text, separated."""
    return f"{place}{column}\x1f{text}\x1e"


def read_figures_digest(path: Path) -> str:
    """The digest of the visible sheets of the workbook at ``path`` (the data sheet left out)."""
    digest = FiguresDigest()
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError):
        return ""
    try:
        for meta in workbook.sheets_metadata:
            if meta.name == DATA_SHEET_NAME or meta.visible != SheetVisibleEnum.Visible:
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            digest.add_rows(meta.name, sheet.to_python(skip_empty_area=False))
    finally:
        workbook.close()
    return digest.hexdigest()
