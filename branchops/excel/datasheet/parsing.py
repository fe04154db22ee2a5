"""Cell-level rules every data-sheet version shares: header rows, numbers, the KPI table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from branchops.core.period import Month
from branchops.excel.datasheet.errors import DataSheetError
from branchops.excel.datasheet.payload import FORMAT_NAME, KpiValue
from branchops.i18n import translate

KPI_HEADER = ("kpi", "value", "unit")


def text_value(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def int_value(name: str, value: Any) -> int:
    try:
        return int(float(text_value(value)))
    except ValueError:
        raise DataSheetError(
            translate("Consolidation", "The data sheet's {field} is not a number.").format(
                field=name
            )
        ) from None


def cells_of(row: Sequence[Any]) -> list[Any]:
    return [None if c == "" else c for c in row]


def split(
    sheet_rows: Sequence[Sequence[Any]], required: Sequence[str]
) -> tuple[dict[str, Any], list[KpiValue]]:
    """The ``name → value`` header rows and the KPI rows below the ``kpi`` header; refuses a
    sheet that lacks a required row, another format, or a period that is not ``YYYY-MM``."""
    header: dict[str, Any] = {}
    index = 0
    for index, raw in enumerate(sheet_rows):  # noqa: B007 - index is used after the loop
        row = cells_of(raw)
        key = text_value(row[0]) if row else ""
        if key == KPI_HEADER[0]:
            break
        if key:
            header[key] = row[1] if len(row) > 1 else None
    else:
        raise DataSheetError(translate("Consolidation", "The data sheet has no KPI table."))
    missing = [name for name in required if name not in header]
    if missing:
        raise DataSheetError(
            translate("Consolidation", "The data sheet lacks the rows: {names}.").format(
                names=", ".join(missing)
            )
        )
    if text_value(header["format"]) != FORMAT_NAME:
        raise DataSheetError(
            translate("Consolidation", "The data sheet is not a BranchOps monthly data sheet.")
        )
    period = text_value(header["period"])
    try:
        Month.parse(period)
    except ValueError:
        raise DataSheetError(
            translate("Consolidation", "The data sheet's period {period} is not YYYY-MM.").format(
                period=period
            )
        ) from None
    kpis = [kpi_row(cells_of(raw)) for raw in sheet_rows[index + 1 :]]
    return header, [k for k in kpis if k is not None]


def kpi_row(row: list[Any]) -> KpiValue | None:
    key = text_value(row[0]) if row else ""
    if not key:
        return None
    value = row[1] if len(row) > 1 else None
    if value is not None and not isinstance(value, int | float):
        raise DataSheetError(
            translate("Consolidation", "The value of KPI {key} is not a number.").format(key=key)
        )
    unit = text_value(row[2]) if len(row) > 2 else ""
    label = text_value(row[3]) if len(row) > 3 else ""
    direction = text_value(row[4]) if len(row) > 4 else ""
    better = None if direction not in ("0", "1") else direction == "1"
    return KpiValue(key, None if value is None else float(value), unit, label, better)
