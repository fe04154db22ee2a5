"""A leave request in words, as it is being filled in: paid or not, how many days it counts and
how they are counted, and what it leaves of the annual balance (or that it is not annual leave)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from branchops.core.staff.entitlement import days_text
from branchops.core.staff.leave_balance import LeaveHistory, service_of, year_position
from branchops.core.staff.leave_count import counted_days, days_by_year
from branchops.core.staff.leave_settings import load_rules
from branchops.core.staff.models import LeaveKind, Staff
from branchops.i18n import translate


def describe_request(
    session: Session,
    staff_id: int | None,
    kind: LeaveKind,
    first,
    last,
    half_day: bool = False,
    leave_id: int | None = None,
) -> str:
    rules = load_rules(session)
    rule = rules.kind(kind)
    person = session.get(Staff, staff_id) if staff_id else None
    days = counted_days(session, staff_id, kind, first, last, half_day, rules)
    total = sum(days.values())
    parts = [translate("Leave", "Paid") if rule.paid else translate("Leave", "Unpaid")]
    if rule.calendar_days:
        counted = translate("Leave", "{days} in calendar days")
    elif rules.count_on == "roster":
        counted = translate("Leave", "{days} in the person's rostered days")
    else:
        counted = translate("Leave", "{days} in statutory working days")
    parts.append(counted.format(days=days_text(total)))
    if rule.standard_days:
        parts.append(
            translate("Leave", "usual length {days}").format(days=days_text(rule.standard_days))
        )
    if kind is not LeaveKind.ANNUAL:
        parts.append(translate("Leave", "not annual leave (实施办法 art. 6)"))
    elif person is not None:
        history = LeaveHistory.load(session, [person.id])
        for year, asked in sorted(days_by_year(days).items()):
            position = year_position(service_of(person), person.id, year, history, rules, leave_id)
            wanted = {d: w for d, w in days.items() if d.year == year}
            left = position.left_for(wanted) - asked
            parts.append(
                translate("Leave", "annual leave left in {year} after this: {days}").format(
                    year=year, days=days_text(left)
                )
            )
    return translate("Leave", " · ").join(parts)
