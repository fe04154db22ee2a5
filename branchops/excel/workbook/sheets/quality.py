"""质量 Quality: inspections done vs due, scores by template and category, critical failures,
the most-failed items (Pareto) and a native chart of the 12-month score trend."""

from __future__ import annotations

from collections import Counter

from branchops.core.listing import ListQuery
from branchops.core.quality.analysis import (
    Period,
    category_scores,
    most_failed_items,
    score_trend,
)
from branchops.core.quality.kpis import average_score, critical_failures
from branchops.core.quality.labels import category_label
from branchops.core.quality.queries import list_inspections
from branchops.core.quality.schedule import DueState, due_rows, due_state_label
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

DONE_STATES = (DueState.DONE, DueState.DONE_LATE)
PARETO_ITEMS = 10


def build(ctx: ReportContext) -> SheetModel:
    name = translate("Report", "Quality")
    month, session = ctx.month, ctx.session
    today = ctx.generated_at.date()
    due = (
        []
        if month.first_day > today
        else due_rows(session, month.first_day, min(month.last_day, today), today)
    )
    done = sum(1 for r in due if r.state in DONE_STATES)
    figures = Fields(
        [
            Field(translate("Report", "Inspections due"), len(due), Kind.INT),
            Field(translate("Report", "Inspections done"), done, Kind.INT),
            Field(
                translate("Report", "Done vs due"), done / len(due) if due else None, Kind.PERCENT
            ),
            Field(translate("Report", "Average score"), average_score(session, month), Kind.SCORE),
            Field(
                translate("Report", "Critical failures"),
                critical_failures(session, month),
                Kind.INT,
            ),
        ],
        title=translate("Report", "Key figures"),
        across=True,
    )
    trend = _trend(ctx)
    chart = Chart(
        "trend",
        category_column=0,
        series_columns=tuple(range(1, len(trend.columns))),
        title=translate("Report", "Average inspection score, last 12 months"),
        y_title=translate("Report", "Score"),
        y_min=0,
        y_max=100,
    )
    blocks: list[Block] = [
        sheet_title(ctx, name),
        figures,
        _by_template(due),
        _scores(ctx),
        _categories(ctx),
        _critical(ctx),
        _pareto(ctx),
        trend,
        chart,
    ]
    return SheetModel(name, blocks)


def _by_template(due: list) -> Table:
    counts: dict[str, Counter] = {}
    for row in due:
        counts.setdefault(row.template, Counter())[row.state] += 1
    rows = []
    for template, states in counts.items():
        total = sum(states.values())
        made = states[DueState.DONE] + states[DueState.DONE_LATE]
        open_states = ", ".join(
            f"{due_state_label(s)} {n}" for s, n in states.items() if s not in DONE_STATES
        )
        rows.append([template, total, made, states[DueState.DONE_LATE], made / total, open_states])
    return Table(
        [
            Column(translate("Report", "Checklist")),
            Column(translate("Report", "Inspections due"), Kind.INT),
            Column(translate("Report", "Inspections done"), Kind.INT),
            Column(translate("Report", "Of which late"), Kind.INT),
            Column(translate("Report", "Done vs due"), Kind.PERCENT),
            Column(translate("Report", "Not done")),
        ],
        rows,
        title=translate("Report", "Inspections done vs due"),
        main=True,
        empty_text=translate("Report", "No inspection was due this month."),
    )


def _scores(ctx: ReportContext) -> Table:
    series = score_trend(ctx.session, ctx.month, ctx.month)
    return Table(
        [
            Column(translate("Report", "Checklist")),
            Column(translate("Report", "Average score"), Kind.SCORE),
        ],
        [[template, points[-1][1]] for template, points in series.items() if points],
        title=translate("Report", "Scores by checklist"),
        empty_text=translate("Report", "No inspection was completed this month."),
    )


def _categories(ctx: ReportContext) -> Table:
    scores = category_scores(ctx.session, Period.months(ctx.month, ctx.month))
    return Table(
        [
            Column(translate("Report", "Category")),
            Column(translate("Report", "Score"), Kind.SCORE),
        ],
        [[category_label(c), score] for c, score in scores.items()],
        title=translate("Report", "Scores by category"),
        empty_text=translate("Report", "No inspection was completed this month."),
    )


def _critical(ctx: ReportContext) -> Table:
    query = ListQuery(
        limit=None,
        filters={"first": ctx.month.first_day, "last": ctx.month.last_day, "critical": True},
    )
    rows = [
        [r.performed_at, r.template, r.inspector, r.score, r.critical_failures, r.failed_items]
        for r in list_inspections(ctx.session, query)
    ]
    return Table(
        [
            Column(translate("Report", "Performed"), Kind.DATETIME),
            Column(translate("Report", "Checklist")),
            Column(translate("Report", "Inspector"), Kind.USER_TEXT),
            Column(translate("Report", "Score"), Kind.SCORE),
            Column(translate("Report", "Critical failures"), Kind.INT),
            Column(translate("Report", "Failed items"), Kind.INT),
        ],
        rows,
        title=translate("Report", "Inspections with critical failures"),
        empty_text=translate("Report", "No critical failure this month."),
    )


def _pareto(ctx: ReportContext) -> Table:
    items = most_failed_items(ctx.session, Period.months(ctx.month, ctx.month), limit=PARETO_ITEMS)
    total = sum(i.failures for i in items)
    rows, running = [], 0
    for item in items:
        running += item.failures
        rows.append([item.template, item.text, item.failures, running / total])
    return Table(
        [
            Column(translate("Report", "Checklist")),
            Column(translate("Report", "Item"), Kind.USER_TEXT, width=50),
            Column(translate("Report", "Failures"), Kind.INT),
            Column(translate("Report", "Cumulative share"), Kind.PERCENT),
        ],
        rows,
        title=translate("Report", "Most failed items (Pareto)"),
        empty_text=translate("Report", "No item failed this month."),
    )


def _trend(ctx: ReportContext) -> Table:
    months = ctx.trend_months
    series = score_trend(ctx.session, months[0], months[-1])
    by_month = {name: dict(points) for name, points in series.items()}
    rows = []
    for month in months:
        overall = average_score(ctx.session, month)
        rows.append([str(month), overall, *(by_month[n].get(month) for n in by_month)])
    columns = [
        Column(translate("Report", "Month")),
        Column(translate("Report", "All checklists"), Kind.SCORE),
        *(Column(n, Kind.SCORE) for n in by_month),
    ]
    return Table(
        columns,
        rows,
        title=translate("Report", "Score trend, last 12 months"),
        key="trend",
    )


register(SheetBuilder("quality", 10, build))
