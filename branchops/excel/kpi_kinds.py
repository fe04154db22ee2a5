"""The cell kind of each KPI unit, shared by the monthly workbook and consolidation."""

from __future__ import annotations

from branchops.core.kpi_unit import Unit
from branchops.excel.sheetmodel import Kind

UNIT_KINDS: dict[Unit, Kind] = {
    Unit.PERCENT: Kind.PERCENT,
    Unit.SCORE: Kind.SCORE,
    Unit.COUNT: Kind.INT,
    Unit.HOURS: Kind.HOURS,
    Unit.MONEY: Kind.MONEY,
    Unit.NUMBER: Kind.DECIMAL,
}
