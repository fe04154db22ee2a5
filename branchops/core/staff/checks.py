"""Staffing completeness: the month's roster is published, leave requests are decided."""

from __future__ import annotations

from sqlalchemy.orm import Session

from branchops.core.branch.queries import branch_calendar
from branchops.core.listing import ListQuery
from branchops.core.period import Month
from branchops.core.reports.completeness import CompletenessCheck, Gap, register
from branchops.core.staff.leave import list_leave
from branchops.core.staff.models import LeaveStatus
from branchops.core.staff.roster_store import published_days
from branchops.i18n import translate

AREA = "staff"


def roster_published(session: Session, month: Month) -> list[Gap]:
    calendar = branch_calendar(session)
    working = list(calendar.working_days(month.first_day, month.last_day))
    published = published_days(session, month.first_day, month.last_day)
    missing = [day for day in working if day not in published]
    if not missing:
        return []
    return [
        Gap(
            AREA,
            "staff.roster_published",
            translate(
                "Report",
                "The roster is not published for {count} working days of {month} (from "
                "{first}); publish it on the Roster page.",
            ).format(count=len(missing), month=month, first=missing[0].isoformat()),
        )
    ]


def leave_decided(session: Session, month: Month) -> list[Gap]:
    query = ListQuery(
        limit=None, filters={"status": LeaveStatus.REQUESTED.value, "year": month.year}
    )
    pending = [
        r
        for r in list_leave(session, query)
        if r.first_day <= month.last_day and r.last_day >= month.first_day
    ]
    if not pending:
        return []
    return [
        Gap(
            AREA,
            "staff.leave_decided",
            translate(
                "Report",
                "{count} leave requests in {month} still await a decision ({names}); approve "
                "or reject them on the Leave page.",
            ).format(count=len(pending), month=month, names=", ".join(r.name for r in pending[:3])),
        )
    ]


register(CompletenessCheck("staff.roster_published", AREA, roster_published))
register(CompletenessCheck("staff.leave_decided", AREA, leave_decided))
