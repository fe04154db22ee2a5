"""Data-sheet schema version 1: key/value header rows, a blank row, then ``kpi | value | unit``.

    format              branchops.monthly-hq
    schema_version      1
    branch_code …  checksum_algorithm, checksum
    (blank)
    kpi                 value       unit
    quality.avg_score   87.5        score

The checksum covers every header value except the checksum itself, and every KPI row, as the
canonical JSON of ``content``; numbers are compared at twelve significant digits.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from branchops.core.period import Month
from branchops.excel.cells import clean_text
from branchops.excel.datasheet.errors import DataSheetError
from branchops.excel.datasheet.payload import (
    FORMAT_NAME,
    DataPayload,
    KpiValue,
    canonical_number,
    rounded,
)
from branchops.i18n import translate

VERSION = 1
TEXT_FIELDS: tuple[str, ...] = (
    "branch_code",
    "branch_name",
    "region",
    "period",
    "app_version",
    "generated_at",
)
TEXT_FIELDS += ("language",)
INT_FIELDS = ("revision", "completeness_gaps")
HEADER = (
    "format",
    "schema_version",
    "branch_code",
    "branch_name",
    "region",
    "period",
    "app_version",
    "generated_at",
    "revision",
    "language",
    "pii_masked",
    "completeness_gaps",
    "checksum_algorithm",
    "checksum",
)
KPI_HEADER = ("kpi", "value", "unit")
# Rows a reader tolerates when they are missing, and skips when it does not know them.
OPTIONAL_HEADER = ("audit_entries", "audit_head", "audit_head_hmac")
# Written when known, covered by the checksum when present; files made before it lack the row.
OPTIONAL = ("figures_sha256",)


def _names(payload: DataPayload) -> list[str]:
    """The header rows of this payload, in order: the optional ones before the checksum."""
    optional = [name for name in OPTIONAL if getattr(payload, name)]
    return [*HEADER[:-2], *optional, *HEADER[-2:]]


def _header_values(payload: DataPayload, algorithm: str) -> dict[str, Any]:
    return {
        **{name: getattr(payload, name) for name in OPTIONAL if getattr(payload, name)},
        "format": FORMAT_NAME,
        "schema_version": VERSION,
        # as a reader gets them back: what a cell can hold, without spaces around
        **{name: clean_text(getattr(payload, name)).strip() for name in TEXT_FIELDS},
        "revision": payload.revision,
        "pii_masked": int(payload.pii_masked),
        "completeness_gaps": payload.completeness_gaps,
        "checksum_algorithm": algorithm,
    }


def content(payload: DataPayload, algorithm: str) -> bytes:
    header = _header_values(payload, algorithm)
    fields = [[name, str(header[name])] for name in _names(payload) if name != "checksum"]
    kpis = [[k.key, canonical_number(k.value), k.unit] for k in payload.kpis]
    text = json.dumps({"fields": fields, "kpis": kpis}, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def rows(payload: DataPayload, algorithm: str, digest: str) -> list[list[Any]]:
    header = _header_values(payload, algorithm) | {"checksum": digest}
    out: list[list[Any]] = [[name, header[name]] for name in _names(payload)]
    if payload.audit_entries is not None:
        out += [
            ["audit_entries", payload.audit_entries],
            ["audit_head", payload.audit_head],
            ["audit_head_hmac", payload.audit_head_hmac],
        ]
    out.append([])
    out.append(list(KPI_HEADER))
    out.extend([k.key, rounded(k.value), k.unit] for k in payload.kpis)
    return out


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _int(name: str, value: Any) -> int:
    try:
        return int(float(_text(value)))
    except ValueError:
        raise DataSheetError(
            translate("Consolidation", "The data sheet's {field} is not a number.").format(
                field=name
            )
        ) from None


def _cells(row: Sequence[Any]) -> list[Any]:
    return [None if c == "" else c for c in row]


def parse(sheet_rows: Sequence[Sequence[Any]]) -> tuple[DataPayload, str, str]:
    header: dict[str, Any] = {}
    index = 0
    for index, raw in enumerate(sheet_rows):  # noqa: B007 - index is used after the loop
        row = _cells(raw)
        key = _text(row[0]) if row else ""
        if key == KPI_HEADER[0]:
            break
        if key:
            header[key] = row[1] if len(row) > 1 else None
    else:
        raise DataSheetError(translate("Consolidation", "The data sheet has no KPI table."))
    missing = [name for name in HEADER if name not in header]
    if missing:
        raise DataSheetError(
            translate("Consolidation", "The data sheet lacks the rows: {names}.").format(
                names=", ".join(missing)
            )
        )
    if _text(header["format"]) != FORMAT_NAME:
        raise DataSheetError(
            translate("Consolidation", "The data sheet is not a BranchOps monthly data sheet.")
        )
    period = _text(header["period"])
    try:
        Month.parse(period)
    except ValueError:
        raise DataSheetError(
            translate("Consolidation", "The data sheet's period {period} is not YYYY-MM.").format(
                period=period
            )
        ) from None
    kpis = [_kpi(_cells(raw)) for raw in sheet_rows[index + 1 :]]
    texts: dict[str, Any] = {name: _text(header[name]) for name in TEXT_FIELDS}
    payload = DataPayload(
        **texts,
        revision=_int("revision", header["revision"]),
        pii_masked=bool(_int("pii_masked", header["pii_masked"])),
        completeness_gaps=_int("completeness_gaps", header["completeness_gaps"]),
        kpis=tuple(k for k in kpis if k is not None),
        **_audit_head(header),
        figures_sha256=_text(header.get("figures_sha256")),
    )
    return payload, _text(header["checksum_algorithm"]), _text(header["checksum"])


def _audit_head(header: dict[str, Any]) -> dict[str, Any]:
    if _text(header.get("audit_entries")) == "":
        return {}
    return {
        "audit_entries": _int("audit_entries", header["audit_entries"]),
        "audit_head": _text(header.get("audit_head")),
        "audit_head_hmac": _text(header.get("audit_head_hmac")),
    }


def _kpi(row: list[Any]) -> KpiValue | None:
    key = _text(row[0]) if row else ""
    if not key:
        return None
    value = row[1] if len(row) > 1 else None
    if value is not None and not isinstance(value, int | float):
        raise DataSheetError(
            translate("Consolidation", "The value of KPI {key} is not a number.").format(key=key)
        )
    unit = _text(row[2]) if len(row) > 2 else ""
    return KpiValue(key, None if value is None else float(value), unit)
