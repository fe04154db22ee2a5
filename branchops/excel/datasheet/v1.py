"""Data-sheet schema version 1: key/value header rows, a blank row, then ``kpi | value | unit``.

    format              branchops.monthly-hq
    schema_version      1
    branch_code …  checksum_algorithm, checksum
    (blank)
    kpi                 value       unit
    quality.avg_score   87.5        score

The checksum covers every header value except the checksum itself, and every KPI row, as the
canonical JSON of ``content``; numbers are compared at twelve significant digits. The audit
chain head rows came later as optional rows outside the checksum, and ``figures_sha256`` as an
optional row inside it.

Written until schema version 2 (``v2.py``); read for the files made before it. ``rows`` still
says exactly what a v1 writer wrote, so tests can make v1 files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from branchops.excel.cells import clean_text
from branchops.excel.datasheet.parsing import KPI_HEADER, int_value, split, text_value
from branchops.excel.datasheet.payload import (
    FORMAT_NAME,
    DataPayload,
    canonical_number,
    rounded,
)

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


def parse(sheet_rows: Sequence[Sequence[Any]]) -> tuple[DataPayload, str, str]:
    header, kpis = split(sheet_rows, HEADER)
    texts: dict[str, Any] = {name: text_value(header[name]) for name in TEXT_FIELDS}
    payload = DataPayload(
        **texts,
        revision=int_value("revision", header["revision"]),
        pii_masked=bool(int_value("pii_masked", header["pii_masked"])),
        completeness_gaps=int_value("completeness_gaps", header["completeness_gaps"]),
        kpis=tuple(kpis),
        **_audit_head(header),
        figures_sha256=text_value(header.get("figures_sha256")),
    )
    return payload, text_value(header["checksum_algorithm"]), text_value(header["checksum"])


def _audit_head(header: dict[str, Any]) -> dict[str, Any]:
    if text_value(header.get("audit_entries")) == "":
        return {}
    return {
        "audit_entries": int_value("audit_entries", header["audit_entries"]),
        "audit_head": text_value(header.get("audit_head")),
        "audit_head_hmac": text_value(header.get("audit_head_hmac")),
    }
