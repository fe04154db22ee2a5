"""整改 Corrective actions: opened, closed and overdue in the month, and the open list."""

from __future__ import annotations

from datetime import date

from branchops.core.actions.kpis import closed_on_time, open_actions, overdue_actions
from branchops.core.actions.queries import ActionRow, list_actions
from branchops.core.found_in import found_in_texts
from branchops.core.listing import ListQuery
from branchops.excel.sheetmodel import Column, Field, Fields, Kind, SheetModel, Table
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.registry import SheetBuilder, register
from branchops.excel.workbook.sheets.common import sheet_title
from branchops.i18n import translate


def _open_on(row: ActionRow, day: date) -> bool:
    return row.created_on <= day and (row.done_on is None or row.done_on > day)


def build(ctx: ReportContext) -> SheetModel:
    name = translate("Report", "Corrective actions")
    month = ctx.month
    today = ctx.generated_at.date()
    as_of = min(month.last_day, today)
    active = {"active_first": month.first_day, "active_last": month.last_day}
    rows = list_actions(ctx.session, ListQuery(limit=None, filters={"today": as_of, **active}))
    opened = [r for r in rows if month.first_day <= r.created_on <= month.last_day]
    closed = [r for r in rows if r.done_on and month.first_day <= r.done_on <= month.last_day]
    still_open = [r for r in rows if _open_on(r, as_of)]
    still_open.sort(key=lambda r: (r.due_date >= as_of, r.due_date, r.id))
    # "found in" in the report's language, not the one the action was created in
    found_in = found_in_texts(ctx.session, still_open)
    figures = Fields(
        [
            Field(translate("Report", "Opened in the month"), len(opened), Kind.INT),
            Field(translate("Report", "Closed in the month"), len(closed), Kind.INT),
            # one formula, one place: the figures are the KPIs' own
            Field(
                translate("Report", "Open at month end"),
                open_actions(ctx.session, month, today=today),
                Kind.INT,
            ),
            Field(
                translate("Report", "Overdue at month end"),
                overdue_actions(ctx.session, month, today=today),
                Kind.INT,
            ),
            Field(
                translate("Report", "Closed on time"),
                closed_on_time(ctx.session, month),
                Kind.PERCENT,
            ),
        ],
        title=translate("Report", "Key figures"),
        across=True,
    )
    open_table = Table(
        [
            Column(translate("Report", "Action"), Kind.USER_TEXT, width=40),
            Column(translate("Report", "Source")),
            Column(translate("Report", "Found in"), Kind.USER_TEXT, width=40),
            Column(translate("Report", "Owner")),
            Column(translate("Report", "Priority")),
            Column(translate("Report", "Status")),
            Column(translate("Report", "Opened"), Kind.DATE),
            Column(translate("Report", "Due"), Kind.DATE),
            Column(translate("Report", "Days overdue"), Kind.INT),
        ],
        [
            [
                r.title,
                r.source_label,
                found_in[r.id],
                r.owner,
                r.priority_label,
                r.status_label,
                r.created_on,
                r.due_date,
                max(0, (as_of - r.due_date).days) or None,
            ]
            for r in still_open
        ],
        title=translate("Report", "Open actions at month end"),
        main=True,
        empty_text=translate("Report", "No action is open."),
    )
    closed_table = Table(
        [
            Column(translate("Report", "Action"), Kind.USER_TEXT, width=40),
            Column(translate("Report", "Owner")),
            Column(translate("Report", "Due"), Kind.DATE),
            Column(translate("Report", "Done"), Kind.DATE),
            Column(translate("Report", "On time"), Kind.BOOL),
        ],
        [
            [
                r.title,
                r.owner,
                r.due_date,
                r.done_on,
                r.done_on is not None and r.done_on <= r.due_date,
            ]
            for r in closed
        ],
        title=translate("Report", "Closed in the month"),
        empty_text=translate("Report", "No action was closed this month."),
    )
    # The main list last: its header repeats on every page it continues on (print titles).
    return SheetModel(name, [sheet_title(ctx, name), figures, closed_table, open_table])


register(SheetBuilder("actions", 20, build))
