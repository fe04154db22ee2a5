"""What a data sheet says, independent of its layout version, and its checksum."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from functools import cached_property

DATA_SHEET_NAME = "data"
FORMAT_NAME = "branchops.monthly-hq"
SHA256, HMAC_SHA256 = "sha256", "hmac-sha256"


@dataclass(frozen=True)
class KpiValue:
    key: str
    value: float | None
    unit: str
    # v2: the KPI's English label (translated at HQ with the "Kpi" context) and direction, so
    # consolidation names and ranks KPIs without loading the KPI registry; "" / None in v1
    label: str = ""
    higher_is_better: bool | None = None


@dataclass(frozen=True)
class DataPayload:
    branch_code: str
    branch_name: str
    region: str
    period: str  # YYYY-MM
    app_version: str
    generated_at: str  # ISO-8601 with offset
    revision: int
    language: str
    pii_masked: bool
    completeness_gaps: int
    kpis: tuple[KpiValue, ...] = field(default_factory=tuple)
    # The branch's audit chain head when the workbook was made (db/chain_head.py): HQ keeps a
    # copy the branch cannot rewrite. Optional rows; not covered by the v1 checksum, so that a
    # v1 reader that does not know them still verifies the file. The HMAC (with the HQ key)
    # protects the head itself.
    audit_entries: int | None = None
    audit_head: str = ""
    audit_head_hmac: str = ""
    # SHA-256 of every value on the visible sheets (``figures.py``); "" in files made before it
    figures_sha256: str = ""

    @cached_property  # read once per KPI of a consolidation: made once
    def kpi_values(self) -> dict[str, float | None]:
        return {k.key: k.value for k in self.kpis}


def canonical_number(value: float | int | None) -> str:
    """Twelve significant digits: the same text before writing and after any reader."""
    if value is None:
        return ""
    return format(float(value), ".12g")


def rounded(value: float | None) -> float | None:
    """The value as written, so that what is in the cell is what the checksum covers."""
    return None if value is None else float(canonical_number(value))


def algorithm_for(key: str) -> str:
    return HMAC_SHA256 if key else SHA256


def checksum(content: bytes, key: str = "") -> tuple[str, str]:
    """``(algorithm, hex digest)``: HMAC-SHA256 with the HQ key when there is one."""
    if key:
        digest = hmac.new(key.encode("utf-8"), content, hashlib.sha256).hexdigest()
        return HMAC_SHA256, digest
    return SHA256, hashlib.sha256(content).hexdigest()


def verify_checksum(content: bytes, algorithm: str, digest: str, key: str = "") -> bool:
    if algorithm == HMAC_SHA256:
        if not key:
            return False
        expected = hmac.new(key.encode("utf-8"), content, hashlib.sha256).hexdigest()
    elif algorithm == SHA256:
        expected = hashlib.sha256(content).hexdigest()
    else:
        return False
    return hmac.compare_digest(expected, digest.strip().lower())
