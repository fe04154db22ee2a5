"""Risk completeness: no required drill is overdue at the month's end."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.period import Month
from branchops.core.reports.completeness import CompletenessCheck, Gap, register
from branchops.core.risk.programme import plan_dues
from branchops.i18n import translate

AREA = "risk"
KEY = "risk.drills_overdue"


def drills_overdue(session: Session, month: Month, today: date | None = None) -> list[Gap]:
    today = today or clock.today()
    if month.first_day > today:
        return []
    day = min(month.last_day, today)
    late = [row for row in plan_dues(session, day) if row.overdue]
    if not late:
        return []
    names = "; ".join(
        translate("Report", "{plan} (due {date})").format(plan=r.name, date=r.next_due.isoformat())
        for r in late
    )
    return [
        Gap(
            AREA,
            KEY,
            translate(
                "Report",
                "{count} required drills were overdue at the end of {month}: {plans}. Record "
                "them on the Risks and drills page, or explain them to HQ.",
            ).format(count=len(late), month=month, plans=names),
        )
    ]


register(CompletenessCheck(KEY, AREA, drills_overdue))
