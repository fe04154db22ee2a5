"""培训 Training: key figures, compliance by course (with a chart), certificates expiring within
30 days of the month's end or expired, hours per person against the yearly target, and the
month's sessions.

Staff names are written as they are, like the staffing sheet: the branch's masking setting is for
customers' personal data.
"""

from __future__ import annotations

from datetime import date

from branchops.core.listing import ListQuery
from branchops.core.training import kpis
from branchops.core.training.compliance import compliance_matrix
from branchops.core.training.labels import CellState, state_label
from branchops.core.training.lists import list_sessions
from branchops.core.training.queries import trained_minutes
from branchops.core.training.reminders import expiring
from branchops.core.training.yearly import hours_per_person
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


def _day(ctx: ReportContext) -> date:
    return kpis.as_of(ctx.month, ctx.generated_at.date()) or ctx.month.last_day


def build(ctx: ReportContext) -> SheetModel:
    name = translate("Report", "Training")
    session, month = ctx.session, ctx.month
    day = _day(ctx)
    matrix = compliance_matrix(session, day)
    figures = Fields(
        [
            Field(translate("Report", "Training compliance"), matrix.overall.rate, Kind.PERCENT),
            Field(
                translate("Report", "Training hours"),
                kpis.hours_trained(session, month),
                Kind.HOURS,
            ),
            Field(
                translate("Report", "Certificates expiring within 30 days"),
                kpis.expiring_certificates(session, month, ctx.generated_at.date()),
                Kind.INT,
            ),
            Field(
                translate("Report", "Sessions held vs planned"),
                kpis.sessions_held(session, month),
                Kind.PERCENT,
            ),
        ],
        title=translate("Report", "Key figures"),
        across=True,
    )
    by_course = Table(
        [
            Column(translate("Report", "Course"), Kind.TEXT),
            Column(translate("Report", "Required"), Kind.INT),
            Column(translate("Report", "Compliant"), Kind.INT),
            Column(translate("Report", "Compliance"), Kind.PERCENT),
            Column(translate("Report", "Due for renewal"), Kind.INT),
            Column(translate("Report", "Expired"), Kind.INT),
            Column(translate("Report", "Missing"), Kind.INT),
        ],
        [_course_row(matrix, course) for course in matrix.courses],
        title=translate("Report", "Compliance by course on {day}").format(day=day.isoformat()),
        key="courses",
        main=True,
        empty_text=translate("Report", "No course is required of anyone."),
    )
    chart = Chart(
        "courses",
        category_column=0,
        series_columns=(3,),
        title=translate("Report", "Training compliance by course"),
        kind=ChartKind.BAR,
        y_title=translate("Report", "Compliance"),
        y_min=0,
        y_max=1,
    )
    return SheetModel(
        name,
        [
            sheet_title(ctx, name),
            figures,
            by_course,
            chart,
            _expiring(ctx, day),
            _hours(ctx),
            _sessions(ctx),
        ],
    )


def _course_row(matrix, course) -> list:
    cells = [c for (_, cid), c in matrix.cells.items() if cid == course.id]
    share = matrix.by_course(course.id)
    return [
        course.title,
        share.required,
        share.compliant,
        share.rate,
        sum(1 for c in cells if c.state is CellState.DUE),
        sum(1 for c in cells if c.state is CellState.EXPIRED),
        sum(1 for c in cells if c.state is CellState.MISSING),
    ]


def _expiring(ctx: ReportContext, day: date) -> Table:
    rows = [r for r in expiring(ctx.session, day, kpis.EXPIRY_WINDOW_DAYS) if r.certificate]
    return Table(
        [
            Column(translate("Report", "Employee no."), Kind.TEXT),
            Column(translate("Report", "Name"), Kind.TEXT),
            Column(translate("Report", "Certificate"), Kind.TEXT),
            Column(translate("Report", "Valid until"), Kind.DATE),
            Column(translate("Report", "Days left"), Kind.INT),
            Column(translate("Report", "Status"), Kind.TEXT),
        ],
        [
            [r.employee_no, r.name, r.what, r.valid_until, r.days_left, state_label(r.state)]
            for r in rows
        ],
        title=translate("Report", "Certificates expiring within 30 days or expired"),
        empty_text=translate("Report", "No certificate expires within 30 days."),
    )


def _hours(ctx: ReportContext) -> Table:
    month = ctx.month
    this_month = trained_minutes(ctx.session, month.first_day, month.last_day)
    year = {r.staff_id: r for r in hours_per_person(ctx.session, month.year)}
    to_date = trained_minutes(ctx.session, date(month.year, 1, 1), month.last_day)
    rows = []
    for person in year.values():
        ytd = round(to_date.get(person.staff_id, 0) / 60, 2)
        rows.append(
            [
                person.employee_no,
                person.name,
                person.position,
                round(this_month.get(person.staff_id, 0) / 60, 2),
                ytd,
                person.target,
                ytd / person.target if person.target else None,
            ]
        )
    return Table(
        [
            Column(translate("Report", "Employee no."), Kind.TEXT),
            Column(translate("Report", "Name"), Kind.TEXT),
            Column(translate("Report", "Position"), Kind.TEXT),
            Column(translate("Report", "Hours this month"), Kind.HOURS),
            Column(translate("Report", "Hours this year"), Kind.HOURS),
            Column(translate("Report", "Yearly target"), Kind.HOURS),
            Column(translate("Report", "Of target"), Kind.PERCENT),
        ],
        rows,
        title=translate("Report", "Training hours per person"),
        empty_text=translate("Report", "Nobody was employed this year."),
    )


def _sessions(ctx: ReportContext) -> Table:
    month = ctx.month
    query = ListQuery(limit=None, filters={"first": month.first_day, "last": month.last_day})
    rows = sorted(list_sessions(ctx.session, query), key=lambda r: (r.day, r.id))
    return Table(
        [
            Column(translate("Report", "Day"), Kind.DATE),
            Column(translate("Report", "Course"), Kind.TEXT),
            Column(translate("Report", "Status"), Kind.TEXT),
            Column(translate("Report", "Trainer"), Kind.USER_TEXT),
            Column(translate("Report", "Hours"), Kind.HOURS),
            Column(translate("Report", "Present"), Kind.INT),
            Column(translate("Report", "Passed"), Kind.INT),
        ],
        [[r.day, r.course, r.status_label, r.trainer, r.hours, r.present, r.passed] for r in rows],
        title=translate("Report", "Training sessions of the month"),
        empty_text=translate("Report", "No training session this month."),
    )


register(SheetBuilder("training", 40, build))
