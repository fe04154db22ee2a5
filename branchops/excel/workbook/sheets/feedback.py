"""客户反馈 Customer feedback: counts by type, category and channel, CSAT and NPS, 满意率 per
teller, the month's complaints with status and days taken (customers' names and phones masked
unless unmasked on purpose), and native charts of the 12-month CSAT and NPS trend."""

from __future__ import annotations

from branchops.core.feedback import kpis
from branchops.core.feedback.labels import category_label, channel_label, kind_label
from branchops.core.feedback.models import Category, Channel, FeedbackKind
from branchops.core.feedback.report import complaints_per_month, month_complaints
from branchops.core.feedback.satisfaction import (
    MonthFigures,
    figures_by,
    month_figures,
    staff_ranking,
    trend,
)
from branchops.excel.sheetmodel import (
    Block,
    Chart,
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

RANKED_STAFF = 30


def build(ctx: ReportContext) -> SheetModel:
    name = translate("Report", "Customer feedback")
    month = ctx.month
    figures = month_figures(ctx.session, month)
    blocks: list[Block] = [
        sheet_title(ctx, name),
        _key_figures(ctx, figures),
        _by_kind(figures),
        _by_category(ctx),
        _by_channel(figures),
        _ranking(ctx),
        _complaints(ctx),
    ]
    trend_table = _trend(ctx)
    blocks += [
        trend_table,
        Chart(
            "feedback_trend",
            category_column=0,
            series_columns=(3,),
            title=translate("Report", "CSAT, last 12 months"),
            y_title=translate("Report", "CSAT"),
            y_min=0,
            y_max=1,
        ),
        Chart(
            "feedback_trend",
            category_column=0,
            series_columns=(4,),
            title=translate("Report", "NPS, last 12 months"),
            y_title=translate("Report", "NPS"),
            y_min=-100,
            y_max=100,
        ),
    ]
    return SheetModel(name, blocks)


def _key_figures(ctx: ReportContext, figures: MonthFigures) -> Fields:
    total = figures.total
    session, month = ctx.session, ctx.month
    return Fields(
        [
            Field(translate("Report", "Feedback records"), total.records, Kind.INT),
            Field(
                translate("Report", "Complaints"),
                figures.count(kind=FeedbackKind.COMPLAINT),
                Kind.INT,
            ),
            Field(translate("Report", "Praise"), figures.count(kind=FeedbackKind.PRAISE), Kind.INT),
            Field(translate("Report", "CSAT"), total.csat, Kind.PERCENT),
            Field(translate("Report", "Mean rating (1–5)"), total.mean_rating, Kind.DECIMAL),
            Field(translate("Report", "NPS"), total.nps, Kind.NUMBER),
            Field(
                translate("Report", "Resolved within deadline"),
                kpis.resolved_on_time(session, month),
                Kind.PERCENT,
            ),
            Field(
                translate("Report", "Overdue open complaints"),
                kpis.overdue_open(session, month, ctx.generated_at.date()),
                Kind.INT,
            ),
            Field(
                translate("Report", "Regulator-forwarded"),
                figures.count(kind=FeedbackKind.COMPLAINT, channel=Channel.REGULATOR),
                Kind.INT,
            ),
        ],
        title=translate("Report", "Key figures"),
        across=True,
    )


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _by_kind(figures: MonthFigures) -> Table:
    total = figures.total.records
    rows = [
        [kind_label(kind), figures.count(kind=kind), _share(figures.count(kind=kind), total)]
        for kind in FeedbackKind
    ]
    return Table(
        [
            Column(translate("Report", "Type")),
            Column(translate("Report", "Records"), Kind.INT),
            Column(translate("Report", "Share"), Kind.PERCENT),
        ],
        rows,
        title=translate("Report", "Records by type"),
    )


def _by_category(ctx: ReportContext) -> Table:
    month = ctx.month
    first, last = month.first_day, month.last_day
    all_records = figures_by(ctx.session, first, last, "category")
    rows = []
    for category in [*Category, None]:
        found = all_records.get(category)
        if found is None:
            continue
        label = category_label(category) or translate("Report", "Not categorised")
        rows.append([label, found.records, found.answers, found.csat])
    return Table(
        [
            Column(translate("Report", "Category")),
            Column(translate("Report", "Records"), Kind.INT),
            Column(translate("Report", "Ratings"), Kind.INT),
            Column(translate("Report", "CSAT"), Kind.PERCENT),
        ],
        rows,
        title=translate("Report", "Records by category"),
        empty_text=translate("Report", "No feedback this month."),
    )


def _by_channel(figures: MonthFigures) -> Table:
    by_channel = figures.by_channel()
    rows = [
        [
            channel_label(channel),
            found.records,
            figures.count(kind=FeedbackKind.COMPLAINT, channel=channel),
            found.answers,
            found.csat,
            found.nps,
        ]
        for channel, found in sorted(by_channel.items(), key=lambda i: list(Channel).index(i[0]))
    ]
    return Table(
        [
            Column(translate("Report", "Channel")),
            Column(translate("Report", "Records"), Kind.INT),
            Column(translate("Report", "Complaints"), Kind.INT),
            Column(translate("Report", "Ratings"), Kind.INT),
            Column(translate("Report", "CSAT"), Kind.PERCENT),
            Column(translate("Report", "NPS"), Kind.NUMBER),
        ],
        rows,
        title=translate("Report", "Records by channel"),
        empty_text=translate("Report", "No feedback this month."),
    )


def _ranking(ctx: ReportContext) -> Table:
    month = ctx.month
    ranked = staff_ranking(ctx.session, month.first_day, month.last_day)[:RANKED_STAFF]
    rows = [
        [rank, r.name, r.figures.answers, r.figures.csat, r.figures.mean_rating]
        for rank, r in enumerate(ranked, start=1)
    ]
    return Table(
        [
            Column(translate("Report", "Rank"), Kind.INT),
            Column(translate("Report", "Staff member")),
            Column(translate("Report", "Ratings"), Kind.INT),
            Column(translate("Report", "Satisfaction rate"), Kind.PERCENT),
            Column(translate("Report", "Mean rating (1–5)"), Kind.DECIMAL),
        ],
        rows,
        title=translate("Report", "Satisfaction rate per staff member"),
        empty_text=translate("Report", "No ratings of staff members this month."),
    )


def _complaints(ctx: ReportContext) -> Table:
    as_of = min(ctx.month.last_day, ctx.generated_at.date())
    rows = [
        [
            c.reference,
            c.received_on,
            c.channel_label,
            c.regulator,
            c.severity_label,
            c.category_label,
            c.customer_name,
            c.customer_phone,
            c.description,
            c.status_label,
            c.due_on,
            c.resolved_on,
            c.days_taken,
            c.within_deadline,
            c.root_cause_text,
        ]
        for c in month_complaints(ctx.session, ctx.month, as_of)
    ]
    return Table(
        [
            Column(translate("Report", "Complaint no.")),
            Column(translate("Report", "Received"), Kind.DATE),
            Column(translate("Report", "Channel")),
            Column(translate("Report", "Regulator-forwarded"), Kind.BOOL),
            Column(translate("Report", "Severity")),
            Column(translate("Report", "Category")),
            Column(translate("Report", "Customer"), Kind.PERSON),
            Column(translate("Report", "Phone"), Kind.PHONE),
            Column(translate("Report", "Complaint"), Kind.USER_TEXT, width=40),
            Column(translate("Report", "Status")),
            Column(translate("Report", "Deadline"), Kind.DATE),
            Column(translate("Report", "Decided"), Kind.DATE),
            Column(translate("Report", "Days taken"), Kind.INT),
            Column(translate("Report", "Within deadline"), Kind.BOOL),
            Column(translate("Report", "Root cause"), Kind.USER_TEXT, width=30),
        ],
        rows,
        title=translate("Report", "Complaints received in the month"),
        main=True,
        empty_text=translate("Report", "No complaint was received this month."),
    )


def _trend(ctx: ReportContext) -> Table:
    months = ctx.trend_months
    points = trend(ctx.session, months[0], months[-1])
    complaints = {m: n for m, n, _ in complaints_per_month(ctx.session, months[0], months[-1])}
    rows = [[str(m), f.records, complaints[m], f.csat, f.nps] for m, f in points]
    return Table(
        [
            Column(translate("Report", "Month")),
            Column(translate("Report", "Records"), Kind.INT),
            Column(translate("Report", "Complaints"), Kind.INT),
            Column(translate("Report", "CSAT"), Kind.PERCENT),
            Column(translate("Report", "NPS"), Kind.NUMBER),
        ],
        rows,
        title=translate("Report", "Trend, last 12 months"),
        key="feedback_trend",
    )


register(SheetBuilder("feedback", 40, build))
