"""汇总 Summary: who and when, the KPI table from the KPI registry, and what is missing."""

from __future__ import annotations

from branchops.excel.cells import MaskCount
from branchops.excel.sheetmodel import Column, Field, Fields, Kind, SheetModel, Table, Value
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.registry import SheetBuilder, register
from branchops.excel.workbook.sheets.common import kind_for, sheet_title
from branchops.i18n import translate


def build(ctx: ReportContext) -> SheetModel:
    name = translate("Report", "Summary")
    model = SheetModel(name, [sheet_title(ctx, name)])
    model.add(_kpi_table(ctx), _gaps_table(ctx), _branch_fields(ctx))
    return model


def _kpi_table(ctx: ReportContext) -> Table:
    columns = [
        Column(translate("Report", "KPI"), Kind.TEXT),
        Column(translate("Report", "This month"), Kind.DECIMAL),
        Column(translate("Report", "Previous month"), Kind.DECIMAL),
        Column(translate("Report", "Same month last year"), Kind.DECIMAL),
        Column(translate("Report", "Year to date"), Kind.DECIMAL),
        Column(translate("Report", "Target"), Kind.DECIMAL),
        Column(translate("Report", "Status"), Kind.STATUS),
    ]
    rows = []
    for row in ctx.kpis:
        kind = kind_for(row.kpi)
        rows.append(
            [
                row.kpi.title,
                Value(row.value, kind),
                Value(row.previous, kind),
                Value(row.same_month_last_year, kind),
                Value(row.year_to_date, kind_for(row.kpi, aggregated=True)),
                Value(row.target, kind),
                row.status.value,
            ]
        )
    return Table(
        columns,
        rows,
        title=translate("Report", "Key figures"),
        key="kpis",
        main=True,
        empty_text=translate("Report", "No KPIs are defined."),
    )


def _gaps_table(ctx: ReportContext) -> Table:
    title = translate("Report", "Completeness check")
    if len(ctx.gaps) == 1:
        title = translate("Report", "Completeness check: exported with 1 gap")
    elif ctx.gaps:
        title = translate("Report", "Completeness check: exported with {count} gaps").format(
            count=len(ctx.gaps)
        )
    return Table(
        [
            Column(translate("Report", "No."), Kind.INT, width=5),
            Column(translate("Report", "What is missing"), Kind.TEXT),
        ],
        [[index, gap.message] for index, gap in enumerate(ctx.gaps, start=1)],
        title=title,
        empty_text=translate("Report", "Nothing is missing for this month."),
    )


def _branch_fields(ctx: ReportContext) -> Fields:
    profile = ctx.profile
    masked = masking_claim(ctx.mask_pii, ctx.masked or MaskCount())
    return Fields(
        [
            Field(translate("Report", "Branch code"), profile.code),
            Field(translate("Report", "Branch name"), profile.name),
            Field(translate("Report", "Region"), profile.region),
            Field(translate("Report", "Manager"), profile.manager),
            Field(translate("Report", "Period"), str(ctx.month)),
            Field(
                translate("Report", "Generated at"),
                ctx.generated_at.replace(tzinfo=None),
                Kind.DATETIME,
            ),
            Field(translate("Report", "App version"), ctx.app_version),
            Field(translate("Report", "Revision"), ctx.revision, Kind.INT),
            Field(translate("Report", "Customer personal data"), masked),
        ],
        title=translate("Report", "Report details"),
    )


def masking_claim(mask_pii: bool, found: MaskCount) -> str:
    """What the workbook really did with personal data, counted on its sheets."""
    counts = translate(
        "Report", "{phones} phone numbers, {ids} ID numbers, {names} customer names"
    ).format(phones=found.phones, ids=found.id_numbers, names=found.names)
    if not mask_pii:
        return translate(
            "Report", "NOT masked (unmasked on purpose): {counts} written in full"
        ).format(counts=counts)
    if not found.total:
        return translate("Report", "masked where found; none found in this workbook")
    return translate("Report", "masked: {counts}").format(counts=counts)


register(SheetBuilder("summary", 0, build, after_others=True))
