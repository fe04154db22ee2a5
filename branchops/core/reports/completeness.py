"""Completeness checks run before the monthly HQ workbook is exported.

Each area contributes checks in ``core/<area>/checks.py`` (found by name, see ``core/areas.py``).
A check returns the gaps it found for the month, each a sentence in the
user's language saying what is missing and what to do. Exporting anyway records the gaps on the
workbook's summary sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from branchops.core.period import Month
from branchops.core.registry import Registry, per_area


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


CHECKS: Registry[CompletenessCheck] = Registry(
    "completeness check", per_area("branchops.core.{key}.checks")
)


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
