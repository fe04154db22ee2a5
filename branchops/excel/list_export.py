"""Export any list the user sees to an .xlsx file (§12): the visible, filtered, sorted rows.

The UI tables call ``write_list`` with their column titles, kinds and PII columns; the same
formula-safety and masking rules as the monthly workbook apply.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from branchops import clock
from branchops.excel.cells import clean_text
from branchops.excel.files import save_atomically
from branchops.excel.render import RenderOptions, new_workbook, render_sheet
from branchops.excel.sheetmodel import Column, Kind, SheetModel, Table, Title
from branchops.i18n import translate

# The UI's column kinds (ui/widgets/table_model.py ColumnKind values) map onto sheet kinds.
_KINDS = {kind.value: kind for kind in Kind}


def _kind(value: Kind | str | Any) -> Kind:
    if isinstance(value, Kind):
        return value
    raw = getattr(value, "value", value)
    return _KINDS.get(str(raw), Kind.TEXT)


def _pii_kind(kind: Kind, rows: Sequence[Sequence[Any]], index: int) -> Kind:
    """A PII column holds phone numbers (mostly digits) or names."""
    if kind in (Kind.PHONE, Kind.PERSON):
        return kind
    sample = [str(r[index]) for r in rows[:50] if index < len(r) and r[index]]
    digits = sum(sum(ch.isdigit() for ch in s) >= len(s) * 0.6 for s in sample)
    return Kind.PHONE if sample and digits * 2 >= len(sample) else Kind.PERSON


def list_model(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    column_kinds: Sequence[Kind | str] | None = None,
    pii_columns: Collection[int] = (),
    *,
    exported_at: datetime | None = None,
) -> SheetModel:
    kinds = [_kind(k) for k in (column_kinds or [Kind.TEXT] * len(headers))]
    kinds += [Kind.TEXT] * (len(headers) - len(kinds))
    for index in pii_columns:
        if 0 <= index < len(kinds):
            kinds[index] = _pii_kind(kinds[index], rows, index)
    columns = [Column(h, k) for h, k in zip(headers, kinds, strict=False)]
    stamp = (exported_at or clock.now()).strftime("%Y-%m-%d %H:%M")
    subtitle = translate("Excel", "Exported {time} · {count} rows").format(
        time=stamp, count=len(rows)
    )
    return SheetModel(
        clean_text(title) or translate("Excel", "List"),
        [
            Title(title, subtitle),
            Table(columns, rows, main=True, empty_text=translate("Excel", "No rows.")),
        ],
    )


def write_list(
    path: str | Path,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    column_kinds: Sequence[Kind | str] | None = None,
    pii_columns: Collection[int] = (),
    *,
    mask_pii: bool = True,
) -> Path:
    """Write one list as a formatted sheet; the file appears complete or not at all."""
    target = Path(path)
    wb = new_workbook()
    model = list_model(title, headers, rows, column_kinds, pii_columns)
    render_sheet(wb, model, RenderOptions(mask_pii=mask_pii))
    save_atomically(wb, target)
    return target
