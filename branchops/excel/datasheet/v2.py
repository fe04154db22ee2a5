"""Data-sheet schema version 2: every row is required and every row is under the checksum.

    format              branchops.monthly-hq
    schema_version      2
    branch_code … completeness_gaps        (as in v1)
    figures_sha256      SHA-256 of every value on the visible sheets ("" when not computed)
    audit_entries       rows in the branch's audit chain ("" when the database has none)
    audit_head          the chain's last hash
    audit_head_hmac     the head signed with the HQ key ("" without a key)
    checksum_algorithm, checksum
    (blank)
    kpi                 value   unit   label   higher_is_better
                        (every KPI of the registry, training, feedback, budget and risk
                        included; the label is the English source, translated at HQ)

Against v1: the figures digest and the audit chain head are no longer optional rows a reader
may skip; they are always there and covered by the checksum, so a changed chain head is caught
like a changed KPI. Each KPI row also says its label and direction, so consolidation needs no
KPI registry (nor the database layer it is built on) to name and rank the KPIs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from branchops.excel.cells import clean_text
from branchops.excel.datasheet.parsing import int_value, split, text_value
from branchops.excel.datasheet.payload import (
    FORMAT_NAME,
    DataPayload,
    KpiValue,
    canonical_number,
    rounded,
)

VERSION = 2
KPI_HEADER = ("kpi", "value", "unit", "label", "higher_is_better")
TEXT_FIELDS: tuple[str, ...] = (
    "branch_code",
    "branch_name",
    "region",
    "period",
    "app_version",
    "generated_at",
    "language",
)
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
    "figures_sha256",
    "audit_entries",
    "audit_head",
    "audit_head_hmac",
    "checksum_algorithm",
    "checksum",
)


def _header_values(payload: DataPayload, algorithm: str) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "schema_version": VERSION,
        # as a reader gets them back: what a cell can hold, without spaces around
        **{name: clean_text(getattr(payload, name)).strip() for name in TEXT_FIELDS},
        "revision": payload.revision,
        "pii_masked": int(payload.pii_masked),
        "completeness_gaps": payload.completeness_gaps,
        "figures_sha256": payload.figures_sha256,
        "audit_entries": "" if payload.audit_entries is None else payload.audit_entries,
        "audit_head": payload.audit_head if payload.audit_entries is not None else "",
        "audit_head_hmac": payload.audit_head_hmac if payload.audit_entries is not None else "",
        "checksum_algorithm": algorithm,
    }


def content(payload: DataPayload, algorithm: str) -> bytes:
    header = _header_values(payload, algorithm)
    fields = [[name, str(header[name])] for name in HEADER if name != "checksum"]
    kpis = [
        [k.key, canonical_number(k.value), k.unit, k.label, _direction(k)] for k in payload.kpis
    ]
    text = json.dumps({"fields": fields, "kpis": kpis}, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def rows(payload: DataPayload, algorithm: str, digest: str) -> list[list[Any]]:
    header = _header_values(payload, algorithm) | {"checksum": digest}
    out: list[list[Any]] = [[name, _cell(header[name])] for name in HEADER]
    out.append([])
    out.append(list(KPI_HEADER))
    out.extend(
        [k.key, rounded(k.value), k.unit, k.label or None, _cell(_direction(k))]
        for k in payload.kpis
    )
    return out


def _direction(kpi: KpiValue) -> Any:
    return "" if kpi.higher_is_better is None else int(kpi.higher_is_better)


def _cell(value: Any) -> Any:
    return None if value == "" else value


def parse(sheet_rows: Sequence[Sequence[Any]]) -> tuple[DataPayload, str, str]:
    header, kpis = split(sheet_rows, HEADER)
    entries = text_value(header["audit_entries"])
    payload = DataPayload(
        **{name: text_value(header[name]) for name in TEXT_FIELDS},
        revision=int_value("revision", header["revision"]),
        pii_masked=bool(int_value("pii_masked", header["pii_masked"])),
        completeness_gaps=int_value("completeness_gaps", header["completeness_gaps"]),
        kpis=tuple(kpis),
        audit_entries=int_value("audit_entries", entries) if entries else None,
        audit_head=text_value(header["audit_head"]) if entries else "",
        audit_head_hmac=text_value(header["audit_head_hmac"]) if entries else "",
        figures_sha256=text_value(header["figures_sha256"]),
    )
    return payload, text_value(header["checksum_algorithm"]), text_value(header["checksum"])
