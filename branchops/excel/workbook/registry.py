"""The sheet builders of the monthly workbook: the summary sheet, then one module per area,
``excel/workbook/sheets/<area key>.py`` (found by name, see ``core/areas.py``).

A builder reads from core services and returns a ``SheetModel`` (or None to leave its sheet out);
the workbook renders them in ``order``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from branchops.core.registry import Registry, per_area
from branchops.excel.sheetmodel import SheetModel
from branchops.excel.workbook.context import ReportContext

SUMMARY_MODULE = "branchops.excel.workbook.sheets.summary"

SheetBuild = Callable[[ReportContext], SheetModel | None]


@dataclass(frozen=True)
class SheetBuilder:
    key: str
    order: int
    build: SheetBuild
    # built after every other sheet (still shown in ``order``): it may state what they hold,
    # e.g. the summary's count of masked personal data
    after_others: bool = False


def _sheet_modules() -> list[tuple[str | None, str]]:
    return [(None, SUMMARY_MODULE), *per_area("branchops.excel.workbook.sheets.{key}")()]


BUILDERS: Registry[SheetBuilder] = Registry("sheet builder", _sheet_modules)


def register(builder: SheetBuilder) -> SheetBuilder:
    return BUILDERS.register(builder)


def builders() -> list[SheetBuilder]:
    return sorted(BUILDERS.all(), key=lambda b: b.order)
