"""Completeness checks run before the monthly HQ workbook is exported.

Each area contributes checks in ``core/reports/checks/<area>.py``, listed once in
``checks.CHECK_MODULES`` against the area package; an area that is not in ``core/areas.py``
contributes nothing. A check returns the gaps it found for the month, each a sentence in the
user's language saying what is missing and what to do. Exporting anyway records the gaps on the
workbook's summary sheet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from branchops.core.areas import AREA_PACKAGES
from branchops.core.period import Month


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


_CHECKS: dict[str, CompletenessCheck] = {}
_loaded = False


def register(check: CompletenessCheck) -> CompletenessCheck:
    if check.key in _CHECKS and _CHECKS[check.key] is not check:
        raise ValueError(f"completeness check {check.key} registered twice")
    _CHECKS[check.key] = check
    return check


def _load() -> None:
    global _loaded
    if _loaded:
        return
    from branchops.core.reports.checks import CHECK_MODULES

    for package, module in CHECK_MODULES:
        if package in AREA_PACKAGES:
            importlib.import_module(module)
    _loaded = True


def all_checks() -> list[CompletenessCheck]:
    _load()
    return list(_CHECKS.values())


def run_checks(session: Session, month: Month) -> list[Gap]:
    """Every gap of every area's checks for ``month``, in registration order."""
    gaps: list[Gap] = []
    for check in all_checks():
        gaps.extend(check.run(session, month))
    return gaps
