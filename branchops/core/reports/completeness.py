"""Completeness checks run before the monthly HQ workbook is exported.

Each area contributes checks in ``core/reports/checks/<area>.py``, listed once in
``checks.CHECK_MODULES`` against the area package; an area that is not in ``core/areas.py``
contributes nothing. A check returns the gaps it found for the month, each a sentence in the
user's language saying what is missing and what to do. Exporting anyway records the gaps on the
workbook's summary sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from branchops.core.period import Month
from branchops.core.registry import Registry, of_active_areas


@dataclass(frozen=True)
class Gap:
    area: str  # the area's short name, e.g. "quality"
    check: str  # the check's key
    message: str  # translated: what is missing and what to do


CheckFunction = Callable[[Session, Month], list[Gap]]


@dataclass(frozen=True)
class CompletenessCheck:
    key: str
    area: str
    run: CheckFunction


def _check_modules() -> list[str]:
    from branchops.core.reports.checks import CHECK_MODULES

    return of_active_areas(CHECK_MODULES)


CHECKS: Registry[CompletenessCheck] = Registry("completeness check", _check_modules)


def register(check: CompletenessCheck) -> CompletenessCheck:
    return CHECKS.register(check)


def all_checks() -> list[CompletenessCheck]:
    return CHECKS.all()


def run_checks(session: Session, month: Month) -> list[Gap]:
    """Every gap of every area's checks for ``month``, in registration order."""
    gaps: list[Gap] = []
    for check in all_checks():
        gaps.extend(check.run(session, month))
    return gaps
