"""风险与应急演练 Risks and drills: the residual heat map as a table, the high risks, the drill
programme (done vs required in the fiscal year) and the month's drills with their results.

The register is read as it stood at the month's end (``core/risk/standing.py``), so the counts
agree with the KPIs on the summary sheet for any month.
"""

from __future__ import annotations

from branchops.core.listing import ListQuery
from branchops.core.risk.drill_queries import list_drills
from branchops.core.risk.labels import format_seconds, level_label
from branchops.core.risk.measures import drills_done_vs_required, poor_objectives
from branchops.core.risk.programme import due_state_label, programme
from branchops.core.risk.scoring import Level, load_settings
from branchops.core.risk.standing import StandingRisk, standing_risks
from branchops.excel.sheetmodel import Block, Column, Field, Fields, Kind, SheetModel, Table
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.registry import SheetBuilder, register
from branchops.excel.workbook.sheets.common import sheet_title
from branchops.i18n import translate

SCALE = range(1, 6)


def build(ctx: ReportContext) -> SheetModel | None:
    name = translate("Report", "Risks and drills")
    month, session = ctx.month, ctx.session
    today = ctx.generated_at.date()
    as_of = min(month.last_day, today)
    rules = load_settings(session)
    register_rows = standing_risks(session, as_of) if month.first_day <= today else []
    high = [
        r for r in register_rows if rules.level(r.residual_score) in (Level.HIGH, Level.VERY_HIGH)
    ]
    drills = list_drills(
        session,
        ListQuery(
            limit=None,
            sort_key="day",
            filters={"status": "done", "first": month.first_day, "last": month.last_day},
        ),
    )
    figures = Fields(
        [
            Field(translate("Report", "Open risks at month end"), len(register_rows), Kind.INT),
            Field(translate("Report", "High and very high (residual)"), len(high), Kind.INT),
            Field(
                translate("Report", "Reviews past due"),
                sum(1 for r in register_rows if r.review_overdue),
                Kind.INT,
            ),
            Field(translate("Report", "Drills held in the month"), len(drills), Kind.INT),
            Field(
                translate("Report", "Drills done vs required (year to date)"),
                drills_done_vs_required(session, month, today),
                Kind.PERCENT,
            ),
            Field(
                translate("Report", "Objectives rated M or U"),
                poor_objectives(session, month),
                Kind.INT,
            ),
        ],
        title=translate("Report", "Key figures"),
        across=True,
    )
    blocks: list[Block] = [
        sheet_title(ctx, name),
        figures,
        _heat_map(register_rows),
        _high_risks(high, rules),
        _programme(ctx),
        _drills(drills),
    ]
    return SheetModel(name, blocks)


def _heat_map(rows: list[StandingRisk]) -> Table:
    counts: dict[tuple[int, int], int] = {}
    for row in rows:
        cell = (row.residual_likelihood, row.residual_impact)
        counts[cell] = counts.get(cell, 0) + 1
    columns = [Column(translate("Report", "Impact \\ likelihood"))]
    columns += [Column(str(likelihood), Kind.INT) for likelihood in SCALE]
    columns.append(Column(translate("Report", "Total"), Kind.INT))
    table_rows = []
    for impact in reversed(SCALE):
        cells = [counts.get((likelihood, impact), 0) for likelihood in SCALE]
        table_rows.append([str(impact), *cells, sum(cells)])
    totals = [sum(counts.get((likelihood, i), 0) for i in SCALE) for likelihood in SCALE]
    table_rows.append([translate("Report", "Total"), *totals, sum(totals)])
    return Table(
        columns,
        table_rows,
        title=translate("Report", "Residual risk heat map at month end (number of open risks)"),
        key="heat_map",
    )


def _high_risks(rows: list[StandingRisk], rules) -> Table:
    return Table(
        [
            Column(translate("Report", "Code")),
            Column(translate("Report", "Risk"), Kind.USER_TEXT, width=40),
            Column(translate("Report", "Category")),
            Column(translate("Report", "Inherent score"), Kind.INT),
            Column(translate("Report", "Residual score"), Kind.INT),
            Column(translate("Report", "Level")),
            Column(translate("Report", "Owner")),
            Column(translate("Report", "Next review"), Kind.DATE),
            Column(translate("Report", "Review past due"), Kind.BOOL),
        ],
        [
            [
                r.code,
                r.title,
                r.category_label,
                r.inherent_score,
                r.residual_score,
                level_label(rules.level(r.residual_score)),
                r.owner,
                r.next_review,
                r.review_overdue,
            ]
            for r in rows
        ],
        title=translate("Report", "High and very high risks (residual)"),
        main=True,
        empty_text=translate("Report", "No open risk is high or very high."),
    )


def _programme(ctx: ReportContext) -> Table:
    as_of = min(ctx.month.last_day, ctx.generated_at.date())
    rows = (
        programme(ctx.session, ctx.month.first_day, as_of) if ctx.month.first_day <= as_of else []
    )
    return Table(
        [
            Column(translate("Report", "Emergency plan")),
            Column(translate("Report", "Every (months)"), Kind.INT),
            Column(translate("Report", "Required this fiscal year"), Kind.INT),
            Column(translate("Report", "Done so far"), Kind.INT),
            Column(translate("Report", "Last drill"), Kind.DATE),
            Column(translate("Report", "Next due"), Kind.DATE),
            Column(translate("Report", "State")),
        ],
        [
            [
                r.due.name,
                r.due.frequency_months,
                r.required,
                r.done,
                r.due.last_done,
                r.due.next_due,
                due_state_label(r.due.state),
            ]
            for r in rows
        ],
        title=translate("Report", "Drill programme"),
        empty_text=translate("Report", "No emergency plan is in the programme."),
    )


def _drills(rows) -> Table:
    return Table(
        [
            Column(translate("Report", "Date"), Kind.DATE),
            Column(translate("Report", "Emergency plan")),
            Column(translate("Report", "Version"), Kind.INT),
            Column(translate("Report", "Announced"), Kind.BOOL),
            Column(translate("Report", "Duration")),
            Column(translate("Report", "Present"), Kind.INT),
            Column(translate("Report", "Absent"), Kind.INT),
            Column(translate("Report", "Step targets met")),
            Column(translate("Report", "Ratings (P/S/M/U)")),
            Column(translate("Report", "Issues found"), Kind.INT),
        ],
        [
            [
                r.held_on,
                r.plan,
                r.version,
                r.announced,
                format_seconds(r.duration_seconds),
                r.present,
                r.absent,
                r.targets_text,
                r.ratings_text,
                r.issues,
            ]
            for r in rows
        ],
        title=translate("Report", "Drills held in the month"),
        empty_text=translate("Report", "No drill was held this month."),
    )


register(SheetBuilder("risk", 40, build))
