"""What every sheet builder of the monthly workbook gets: one read session and the month's facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from branchops.core.branch.queries import ProfileData
from branchops.core.kpi import KpiRow
from branchops.core.period import Month
from branchops.core.reports.completeness import Gap
from branchops.excel.cells import MaskCount


@dataclass
class ReportContext:
    session: Session  # read-only use: builders call core services with it
    month: Month
    profile: ProfileData
    kpis: list[KpiRow]
    gaps: list[Gap]
    generated_at: datetime  # aware, local time
    revision: int
    language: str
    mask_pii: bool
    app_version: str
    # What masking found on the other sheets (set before the ``after_others`` builders run).
    masked: MaskCount | None = None
    # Values computed once and shared between builders (e.g. a 12-month trend).
    cache: dict[str, object] = field(default_factory=dict)

    def cached(self, key: str, compute: Callable[[], object]) -> object:
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    @property
    def trend_months(self) -> list[Month]:
        """The twelve months ending with the report's month, oldest first."""
        return [self.month.shift(-i) for i in range(11, -1, -1)]
