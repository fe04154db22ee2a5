"""The sheet builders of the monthly workbook: one module per area, one line in ``SHEET_MODULES``.

A builder reads from core services and returns a ``SheetModel`` (or None to leave its sheet out);
the workbook renders them in ``order``. A builder whose area package is not in ``core/areas.py``
is never loaded, so it is simply not registered.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from branchops.core.areas import AREA_PACKAGES
from branchops.excel.sheetmodel import SheetModel
from branchops.excel.workbook.context import ReportContext

# (area package or None for every workbook, sheet module)
SHEET_MODULES: tuple[tuple[str | None, str], ...] = (
    (None, "branchops.excel.workbook.sheets.summary"),
    ("branchops.core.quality", "branchops.excel.workbook.sheets.quality"),
    ("branchops.core.actions", "branchops.excel.workbook.sheets.actions"),
    ("branchops.core.staff", "branchops.excel.workbook.sheets.staffing"),
)

SheetBuild = Callable[[ReportContext], SheetModel | None]


@dataclass(frozen=True)
class SheetBuilder:
    key: str
    order: int
    build: SheetBuild


_BUILDERS: dict[str, SheetBuilder] = {}
_loaded = False


def register(builder: SheetBuilder) -> SheetBuilder:
    if builder.key in _BUILDERS and _BUILDERS[builder.key] is not builder:
        raise ValueError(f"sheet builder {builder.key} registered twice")
    _BUILDERS[builder.key] = builder
    return builder


def builders() -> list[SheetBuilder]:
    global _loaded
    if not _loaded:
        for area, module in SHEET_MODULES:
            if area is None or area in AREA_PACKAGES:
                importlib.import_module(module)
        _loaded = True
    return sorted(_BUILDERS.values(), key=lambda b: b.order)
