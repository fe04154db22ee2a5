"""Rule checks of a stored roster period, with the manager's recorded overrides applied.

A change that breaks a hard rule anew (a published change, a swap, publishing) is refused with
``RuleWarning`` unless a manager gives a reason, which is recorded as a ``RuleOverride``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import UserError
from branchops.core.period import Month
from branchops.core.staff import roster_types as rt
from branchops.core.staff.models import RuleOverride
from branchops.core.staff.overtime import month_span
from branchops.core.staff.problem_builder import BuiltProblem, build_problem, with_assignments
from branchops.core.staff.rules import HARD, Violation, check_roster
from branchops.core.users.permissions import CurrentUser, Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate

RULE_LABELS = {
    rt.Rule.DOUBLE_BOOKING: QT_TRANSLATE_NOOP("RosterRuleNames", "Double booking"),
    rt.Rule.LEAVE_CLASH: QT_TRANSLATE_NOOP("RosterRuleNames", "Clash with leave"),
    rt.Rule.SHORT_REST: QT_TRANSLATE_NOOP("RosterRuleNames", "Rest too short"),
    rt.Rule.TOO_MANY_DAYS: QT_TRANSLATE_NOOP("RosterRuleNames", "Too many days in a row"),
    rt.Rule.WEEKLY_OVER_CONTRACT: QT_TRANSLATE_NOOP("RosterRuleNames", "Over contracted hours"),
    rt.Rule.WEEKLY_OVER_LEGAL: QT_TRANSLATE_NOOP("RosterRuleNames", "Over the legal weekly limit"),
    rt.Rule.UNDERSTAFFED: QT_TRANSLATE_NOOP("RosterRuleNames", "Understaffed shift"),
    rt.Rule.OVERSTAFFED: QT_TRANSLATE_NOOP("RosterRuleNames", "Overstaffed shift"),
    rt.Rule.MISSING_SKILL: QT_TRANSLATE_NOOP("RosterRuleNames", "Missing required skill"),
    rt.Rule.UNAVAILABLE: QT_TRANSLATE_NOOP("RosterRuleNames", "Unavailable day"),
    rt.Rule.PART_TIME_OVER_CONTRACT: QT_TRANSLATE_NOOP(
        "RosterRuleNames", "Part-timer over contract"
    ),
    rt.Rule.DAILY_OVERTIME: QT_TRANSLATE_NOOP("RosterRuleNames", "Too much overtime in a day"),
    rt.Rule.MONTHLY_OVERTIME: QT_TRANSLATE_NOOP("RosterRuleNames", "Over the monthly overtime cap"),
}

OverrideKey = tuple[str, int | None, date, str]


def rule_label(rule: rt.Rule) -> str:
    return translate("RosterRuleNames", RULE_LABELS[rule])


def key_of(v: Violation) -> OverrideKey:
    return (v.rule.value, v.person_id, v.day, v.shift_code or "")


@dataclass(frozen=True)
class CheckedViolation:
    violation: Violation
    override_reason: str | None  # set when a manager accepted it

    @property
    def blocking(self) -> bool:
        return self.violation.severity == HARD and self.override_reason is None


class RuleWarning(UserError):
    """Hard rules broken by a change; a manager may accept them with a reason."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        if len(violations) == 1:
            head = translate(
                "Roster", "This breaks a roster rule; a manager can accept it with a reason:"
            )
        else:
            head = translate(
                "Roster",
                "This breaks {count} roster rules; a manager can accept them with a reason:",
            ).format(count=len(violations))
        super().__init__("\n".join([head, *(v.message for v in violations)]))


def overrides_between(session: Session, first: date, last: date) -> dict[OverrideKey, str]:
    rows = session.scalars(
        select(RuleOverride).where(RuleOverride.day >= first, RuleOverride.day <= last)
    )
    return {(r.rule, r.staff_id, r.day, r.shift_code): r.reason for r in rows}


_PERSON_WEEK_RULES = frozenset(
    {rt.Rule.WEEKLY_OVER_CONTRACT, rt.Rule.WEEKLY_OVER_LEGAL, rt.Rule.PART_TIME_OVER_CONTRACT}
)


def involved_days(v: Violation, worked: set[date]) -> set[date]:
    """The days a violation is about; ``worked`` holds the days its person works."""
    if v.person_id is None:
        return {v.day}
    if v.rule is rt.Rule.TOO_MANY_DAYS:
        days = {v.day}
        for step in (timedelta(days=-1), timedelta(days=1)):
            day = v.day + step
            while day in worked:
                days.add(day)
                day += step
        return days
    if v.rule in (rt.Rule.SHORT_REST, rt.Rule.DOUBLE_BOOKING) and v.shift_code is not None:
        earlier = [d for d in worked if d < v.day]  # the rest (or overlap) since that shift
        return {v.day, max(earlier)} if earlier else {v.day}
    if v.rule in _PERSON_WEEK_RULES:
        week = rt.iso_week(v.day)
        return {d for d in worked if rt.iso_week(d) == week} | {v.day}
    if v.rule is rt.Rule.MONTHLY_OVERTIME:  # the month's days and its weeks' Mondays before
        first, last = month_span(Month.of(v.day))
        return {d for d in worked if first <= d <= last} | {v.day}
    return {v.day}


def checked(
    session: Session, built: BuiltProblem, assignments: Iterable[rt.Assignment] | None = None
) -> list[CheckedViolation]:
    """Rule checks of the planned days (``assignments`` replaces their stored ones), with the
    context days' stored assignments around them; a violation is kept when it involves at
    least one planned day (a rest across the edge, a run of days, an ISO week split by it)."""
    items = list(built.assignments if assignments is None else assignments)
    items = [a for a in items if built.is_planned(a.day)] + list(built.context)
    worked: dict[int, set[date]] = defaultdict(set)
    for item in items:
        worked[item.person_id].add(item.day)
    found = [
        v
        for v in check_roster(built.problem, items)
        if any(
            built.is_planned(d)
            for d in involved_days(v, worked.get(v.person_id, set()) if v.person_id else set())
        )
    ]
    days = built.problem.days
    accepted = overrides_between(session, days[0], days[-1]) if days else {}
    return [CheckedViolation(v, accepted.get(key_of(v))) for v in found]


def check_period(session: Session, first: date, last: date) -> list[CheckedViolation]:
    return checked(session, build_problem(session, first, last))


def summary(found: list[CheckedViolation]) -> Counter[rt.Rule]:
    return Counter(c.violation.rule for c in found)


def guard(
    session: Session,
    user: CurrentUser,
    built_before: BuiltProblem,
    after: list[rt.Assignment],
    override_reason: str,
    *,
    only_new: bool = True,
) -> None:
    """Refuse hard-rule breaks the change brings (all of them when not ``only_new``) unless a
    manager gives ``override_reason``; then record an override per broken rule."""
    before_keys = set()
    if only_new:
        before_keys = {key_of(c.violation) for c in checked(session, built_before)}
    built_after = with_assignments(built_before, after)
    new = [
        c.violation
        for c in checked(session, built_after)
        if c.blocking and key_of(c.violation) not in before_keys
    ]
    if not new:
        return
    if not override_reason.strip() or not user.allowed(Permission.MANAGE):
        raise RuleWarning(new)
    now = clock.now()
    for v in new:
        session.add(
            RuleOverride(
                rule=v.rule.value,
                staff_id=v.person_id,
                day=v.day,
                shift_code=v.shift_code or "",
                message=v.message,
                reason=override_reason.strip(),
                overridden_by=user.username,
                overridden_at=now,
            )
        )
    session.flush()
