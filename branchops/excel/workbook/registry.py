"""The sheet builders of the monthly workbook: one module per area, one line in ``SHEET_MODULES``.

A builder reads from core services and returns a ``SheetModel`` (or None to leave its sheet out);
the workbook renders them in ``order``. A builder whose area package is not in ``core/areas.py``
is never loaded, so it is simply not registered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from branchops.core.registry import Registry, of_active_areas
from branchops.excel.sheetmodel import SheetModel
from branchops.excel.workbook.context import ReportContext

# (area package or None for every workbook, sheet module)
SHEET_MODULES: tuple[tuple[str | None, str], ...] = (
    (None, "branchops.excel.workbook.sheets.summary"),
    ("branchops.core.quality", "branchops.excel.workbook.sheets.quality"),
    ("branchops.core.actions", "branchops.excel.workbook.sheets.actions"),
    ("branchops.core.staff", "branchops.excel.workbook.sheets.staffing"),
    ("branchops.core.feedback", "branchops.excel.workbook.sheets.feedback"),
)

SheetBuild = Callable[[ReportContext], SheetModel | None]


@dataclass(frozen=True)
class SheetBuilder:
    key: str
    order: int
    build: SheetBuild


BUILDERS: Registry[SheetBuilder] = Registry("sheet builder", lambda: of_active_areas(SHEET_MODULES))


def register(builder: SheetBuilder) -> SheetBuilder:
    return BUILDERS.register(builder)


def builders() -> list[SheetBuilder]:
    return sorted(BUILDERS.all(), key=lambda b: b.order)
