"""Inspections on the agenda: due in the range, in progress, late, or missed in the last month."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.agenda_item import AgendaItem
from branchops.core.quality.schedule import OPEN_STATES, DueState, due_rows
from branchops.i18n import translate

LOOK_BACK_DAYS = 31


def agenda_items(session: Session, first: date, last: date) -> list[AgendaItem]:
    today = clock.today()
    start = min(first, today - timedelta(days=LOOK_BACK_DAYS))
    wanted = (*OPEN_STATES, DueState.UPCOMING)
    items = []
    for row in due_rows(session, start, last, today, wanted):
        if row.state is DueState.UPCOMING and row.due < first:
            continue
        overdue = row.state in (DueState.LATE, DueState.MISSED)
        items.append(
            AgendaItem(
                area="quality",
                key=f"inspection:{row.template_id}:{row.due.isoformat()}",
                due=row.due,
                title=translate("Agenda", "Inspection {template}: {state}").format(
                    template=row.template, state=row.state_label
                ),
                overdue=overdue,
                page="quality",
                filters={"tab": "due"},
            )
        )
    return items
