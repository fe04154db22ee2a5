"""人员 Staffing: headcount, hours, overtime by kind (working day 150 %, rest day 200 %,
public holiday 300 %), coverage gaps, leave, hours per person, overtime over the legal limits."""

from __future__ import annotations

from branchops.core.staff.kpis import headcount, leave_days
from branchops.core.staff.roster_check import check_period, rule_label
from branchops.core.staff.roster_types import Rule
from branchops.core.staff.timesheet import month_timesheet
from branchops.excel.sheetmodel import (
    Chart,
    ChartKind,
    Column,
    Field,
    Fields,
    Kind,
    SheetModel,
    Table,
)
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.registry import SheetBuilder, register
from branchops.excel.workbook.sheets.common import sheet_title
from branchops.i18n import translate

COVERAGE_RULES = (Rule.UNDERSTAFFED, Rule.MISSING_SKILL)


def build(ctx: ReportContext) -> SheetModel:
    name = translate("Report", "Staffing")
    session, month = ctx.session, ctx.month
    sheet = month_timesheet(session, month, today=ctx.generated_at.date())
    gaps = [
        c.violation
        for c in check_period(session, month.first_day, month.last_day)
        if c.violation.rule in COVERAGE_RULES and c.override_reason is None
    ]
    gaps.sort(key=lambda v: (v.day, v.shift_code or "", v.rule.value))
    figures = Fields(
        [
            Field(
                translate("Report", "Headcount at month end"), headcount(session, month), Kind.INT
            ),
            Field(translate("Report", "Planned hours"), sheet.planned_hours, Kind.HOURS),
            Field(translate("Report", "Actual hours"), sheet.actual_hours, Kind.HOURS),
            Field(translate("Report", "Overtime hours"), sheet.overtime_hours, Kind.HOURS),
            Field(
                translate("Report", "Overtime on working days (150 %)"),
                sheet.overtime_working_hours,
                Kind.HOURS,
            ),
            Field(
                translate("Report", "Overtime on rest days (200 %)"),
                sheet.overtime_rest_hours,
                Kind.HOURS,
            ),
            Field(
                translate("Report", "Overtime on public holidays (300 %)"),
                sheet.overtime_holiday_hours,
                Kind.HOURS,
            ),
            Field(
                translate("Report", "Labour-hours budget"), sheet.budget_hours or None, Kind.HOURS
            ),
            Field(translate("Report", "Budget used"), sheet.budget_used, Kind.PERCENT),
            Field(
                translate("Report", "Shifts with coverage gaps"),
                len({(v.day, v.shift_code) for v in gaps}),
                Kind.INT,
            ),
            Field(translate("Report", "Leave days"), leave_days(session, month), Kind.NUMBER),
        ],
        title=translate("Report", "Key figures"),
        across=True,
    )
    people = Table(
        [
            Column(translate("Report", "Employee no."), Kind.TEXT),
            Column(translate("Report", "Name"), Kind.TEXT),
            Column(translate("Report", "Planned hours"), Kind.HOURS),
            Column(translate("Report", "Actual hours"), Kind.HOURS),
            Column(translate("Report", "Difference"), Kind.HOURS),
            Column(translate("Report", "Overtime hours"), Kind.HOURS),
            Column(translate("Report", "Working day 150 %"), Kind.HOURS),
            Column(translate("Report", "Rest day 200 %"), Kind.HOURS),
            Column(translate("Report", "Holiday 300 %"), Kind.HOURS),
            Column(translate("Report", "Leave days"), Kind.NUMBER),
        ],
        [
            [
                r.employee_no,
                r.name,
                r.planned_hours,
                r.actual_hours,
                r.difference_hours,
                r.overtime_hours,
                r.overtime_working_hours,
                r.overtime_rest_hours,
                r.overtime_holiday_hours,
                r.leave_days,
            ]
            for r in sheet.rows
        ],
        title=translate("Report", "Hours per person"),
        key="people",
        main=True,
        empty_text=translate("Report", "Nobody was rostered this month."),
    )
    coverage = Table(
        [
            Column(translate("Report", "Day"), Kind.DATE),
            Column(translate("Report", "Shift"), Kind.TEXT),
            Column(translate("Report", "Rule"), Kind.TEXT),
            Column(translate("Report", "Details"), Kind.TEXT, width=60),
        ],
        [[v.day, v.shift_code or "", rule_label(v.rule), v.message] for v in gaps],
        title=translate("Report", "Coverage gaps"),
        empty_text=translate("Report", "Every shift was covered."),
    )
    names = {r.staff_id: (r.employee_no, r.name) for r in sheet.rows}
    limits = Table(
        [
            Column(translate("Report", "Employee no."), Kind.TEXT),
            Column(translate("Report", "Name"), Kind.TEXT),
            Column(translate("Report", "Day"), Kind.DATE),
            Column(translate("Report", "Details"), Kind.TEXT, width=60),
        ],
        [[*names.get(w.staff_id, ("", "")), w.day, w.message] for w in sheet.warnings],
        title=translate("Report", "Overtime over the limits"),
        empty_text=translate("Report", "No overtime over the daily or monthly limit."),
    )
    rules = Table(
        [Column(translate("Report", "How overtime is counted"), Kind.TEXT, width=100)],
        [[text] for text in sheet.rules],
    )
    chart = Chart(
        "people",
        category_column=1,
        series_columns=(2, 3),
        title=translate("Report", "Planned and actual hours per person"),
        kind=ChartKind.BAR,
        y_title=translate("Report", "Hours"),
    )
    # The main list last: its header repeats on every page it continues on (print titles).
    return SheetModel(
        name, [sheet_title(ctx, name), figures, coverage, chart, limits, rules, people]
    )


register(SheetBuilder("staffing", 30, build))
