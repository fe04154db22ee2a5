"""Quality completeness: every inspection due in the month was done."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.period import Month
from branchops.core.quality.schedule import DueState, due_rows
from branchops.core.reports.completeness import CompletenessCheck, Gap, register
from branchops.i18n import translate

AREA = "quality"
NOT_DONE = (DueState.MISSED, DueState.LATE, DueState.DUE, DueState.DRAFT)
EXAMPLES = 3


def inspections_done(session: Session, month: Month, today: date | None = None) -> list[Gap]:
    today = today or clock.today()
    if month.first_day > today:
        return []
    rows = due_rows(session, month.first_day, min(month.last_day, today), today, NOT_DONE)
    if not rows:
        return []
    rows.sort(key=lambda r: r.due)
    examples = "; ".join(f"{r.template} {r.due.isoformat()}" for r in rows[:EXAMPLES])
    if len(rows) > EXAMPLES:
        examples += " …"
    return [
        Gap(
            AREA,
            "quality.inspections_done",
            translate(
                "Report",
                "{count} inspections due in {month} were not done: {examples}. Record them on "
                "the Quality page, or explain them to HQ.",
            ).format(count=len(rows), month=month, examples=examples),
        )
    ]


register(CompletenessCheck("quality.inspections_done", AREA, inspections_done))
