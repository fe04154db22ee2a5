"""Helpers shared by the monthly workbook's sheet builders."""

from __future__ import annotations

from branchops.core.kpi import Aggregate, KpiDef
from branchops.excel.kpi_kinds import UNIT_KINDS
from branchops.excel.sheetmodel import Kind, Title
from branchops.excel.workbook.context import ReportContext
from branchops.i18n import translate


def kind_for(kpi: KpiDef, *, aggregated: bool = False) -> Kind:
    """The cell kind of a KPI's value; an average of counts keeps its decimal."""
    kind = UNIT_KINDS.get(kpi.unit, Kind.DECIMAL)
    if aggregated and kind is Kind.INT and kpi.aggregate is Aggregate.MEAN:
        return Kind.NUMBER
    return kind


def sheet_title(ctx: ReportContext, area: str) -> Title:
    """``Quality — 城东支行 (BR0123) · 2026-10`` with the generation stamp under it."""
    head = translate("Report", "{area} — {branch} ({code}) · {month}").format(
        area=area, branch=ctx.profile.name, code=ctx.profile.code, month=ctx.month
    )
    stamp = translate("Report", "Generated {time} · BranchOps {version} · revision {rev}").format(
        time=ctx.generated_at.strftime("%Y-%m-%d %H:%M"), version=ctx.app_version, rev=ctx.revision
    )
    return Title(head, stamp)
