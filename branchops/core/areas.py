"""The business areas, declared once. Adding an area is one line in ``AREAS`` plus its own files.

Everything an area contributes is found by module name, so no other list needs editing:

- ``branchops.core.<key>``: ``models``, ``service`` (writes), ``queries`` (reads), ``labels``,
  ``kpis`` (KPI registrations) and ``demo`` (a demo step) are required; ``checks`` (completeness
  checks before export), ``agenda`` (items for the dashboard) and ``found_in`` (the "found in"
  text of the actions it raises, rebuilt in the report's language) are optional;
- ``branchops.excel.workbook.sheets.<key>``: the area's sheet of the monthly workbook;
- ``branchops.excel.imports.kinds.<key>``: the area's import kinds (``KINDS``);
- ``branchops.ui.<key>.pages``: the area's pages (``PAGES``), declared without importing them.

Nothing here imports an area: the window is drawn from ``ui.<key>.pages`` before SQLAlchemy loads.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

REQUIRED_CORE_MODULES = ("models", "service", "queries", "labels", "kpis", "demo")


@dataclass(frozen=True)
class Area:
    key: str  # the package name under branchops.core (and ui, sheets, kinds)

    @property
    def package(self) -> str:
        return f"branchops.core.{self.key}"


AREAS: tuple[Area, ...] = (
    Area("branch"),
    Area("quality"),
    Area("actions"),
    Area("staff"),
    Area("training"),
    Area("budget"),
    Area("risk"),
    Area("feedback"),
)


def area_keys() -> tuple[str, ...]:
    return tuple(area.key for area in AREAS)


def module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def contributions(pattern: str) -> list[tuple[str, str]]:
    """``(area key, module)`` for every area that has ``pattern`` (``{key}`` is the area's key)."""
    found = ((area.key, pattern.format(key=area.key)) for area in AREAS)
    return [(key, module) for key, module in found if module_exists(module)]
