"""Roster rule checks, each violation explained in a full sentence.

``check_roster`` is what the roster grid runs live; the solver enforces the same rules
(``RosterFacts`` holds the lookups both share).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise

from branchops.core.staff.overtime import OvertimeSplit, by_month, person_overtime
from branchops.core.staff.roster_types import (
    Assignment,
    Leave,
    Need,
    Person,
    PersonId,
    RosterProblem,
    Rule,
    ShiftType,
    format_day,
    format_hours,
    iso_week,
    join_names,
    leave_credit_minutes,
)
from branchops.i18n import translate

__all__ = ["RosterFacts", "Rule", "Violation", "check_roster"]

HARD = "hard"
WARNING = "warning"
_RULE_ORDER = {rule: index for index, rule in enumerate(Rule)}


@dataclass(frozen=True)
class Violation:
    rule: Rule
    person_id: PersonId | None
    day: date
    shift_code: str | None
    severity: str  # HARD or WARNING
    message: str


class RosterFacts:
    """Lookups over a problem shared by the rule checks, the solver and the diagnosis."""

    def __init__(self, problem: RosterProblem) -> None:
        problem.validate()
        self.problem = problem
        self.days: list[date] = sorted(set(problem.days))
        self.day_set = frozenset(self.days)
        self.shifts: dict[str, ShiftType] = {s.code: s for s in problem.shift_types}
        self.people: dict[PersonId, Person] = {p.id: p for p in problem.people}
        self.needs: dict[tuple[date, str], Need] = {(n.day, n.shift_code): n for n in problem.needs}
        self.leave: dict[tuple[PersonId, date], Leave] = {}
        for item in problem.leave:
            key = (item.person_id, item.day)
            # a full day of leave wins over a half day recorded for the same date
            if key not in self.leave or not item.half_day:
                self.leave[key] = item
        self.unavailable = {(u.person_id, u.day) for u in problem.unavailable}
        self.fixed_days = frozenset(problem.fixed_days) & self.day_set
        self.planned = self.day_set - self.fixed_days
        # what the fixed days hold: (person, day) -> shift code
        self.fixed: dict[tuple[PersonId, date], str] = {
            (a.person_id, a.day): a.shift_code for a in problem.locked if a.day in self.fixed_days
        }
        self._days_with_work = frozenset(day for _, day in self.fixed)

    def is_planned(self, day: date) -> bool:
        return day in self.planned

    def still_to_plan(self, day: date) -> bool:
        """A fixed day that is not published and holds nothing yet: it will be planned later
        (after the period, typically)."""
        return (
            day in self.fixed_days
            and day not in self.problem.published
            and day not in self._days_with_work
        )

    def leave_days(self, person_id: PersonId) -> set[date]:
        return {day for (pid, day) in self.leave if pid == person_id}

    def severity(self, rule: Rule) -> str:
        return HARD if self.problem.limits.is_hard(rule) else WARNING

    def blocked_by(self, person_id: PersonId, day: date, shift_code: str) -> Rule | None:
        """LEAVE_CLASH or UNAVAILABLE when the person cannot work that shift that day."""
        leave = self.leave.get((person_id, day))
        if leave is not None:
            limit = self.problem.limits.half_day_max_paid_minutes
            if not leave.half_day or self.shifts[shift_code].paid_minutes > limit:
                return Rule.LEAVE_CLASH
        if (person_id, day) in self.unavailable:
            return Rule.UNAVAILABLE
        return None

    def week_leave_credit(self, person: Person, week: tuple[int, int]) -> int:
        """Leave minutes counted against the contract in one ISO week of the checked days."""
        credit = sum(
            leave_credit_minutes(person, leave, self.problem.limits)
            for (pid, day), leave in self.leave.items()
            if pid == person.id and day in self.day_set and iso_week(day) == week
        )
        return min(credit, person.contract_minutes_per_week)

    def contract_rule(self, person: Person) -> Rule:
        return Rule.PART_TIME_OVER_CONTRACT if person.part_time else Rule.WEEKLY_OVER_CONTRACT

    def rest_conflict(
        self, first: ShiftType, first_day: date, second: ShiftType, second_day: date
    ) -> Rule | None:
        """DOUBLE_BOOKING when the shifts overlap, SHORT_REST when the rest between is short."""
        _, first_end = first.span_on(first_day)
        second_start, _ = second.span_on(second_day)
        if second_start < first_end:
            return Rule.DOUBLE_BOOKING
        if second_start - first_end < timedelta(hours=self.problem.limits.min_rest_hours):
            return Rule.SHORT_REST
        return None


def check_roster(problem: RosterProblem, assignments: Iterable[Assignment]) -> list[Violation]:
    """Every rule broken by ``assignments`` on the problem's days, hard and warnings alike."""
    facts = RosterFacts(problem)
    items = sorted({a for a in assignments if a.day in facts.day_set})
    for item in items:
        if item.person_id not in facts.people:
            problem.person(item.person_id)  # raises a RosterInputError naming the id
        if item.shift_code not in facts.shifts:
            problem.shift(item.shift_code)
    by_person: dict[PersonId, list[Assignment]] = defaultdict(list)
    for item in items:
        by_person[item.person_id].append(item)

    found: list[Violation] = []
    for person_id, own in by_person.items():
        person = facts.people[person_id]
        found += _double_bookings(facts, person, own)
        found += _availability(facts, person, own)
        found += _rest(facts, person, own)
        found += _consecutive_days(facts, person, own)
        found += _weekly_hours(facts, person, own)
        found += _overtime(facts, person, own)
    found += _coverage(facts, items)
    found.sort(
        key=lambda v: (
            v.day,
            _RULE_ORDER[v.rule],
            -1 if v.person_id is None else v.person_id,
            v.shift_code or "",
        )
    )
    return found


def check_coverage(problem: RosterProblem, assignments: Iterable[Assignment]) -> list[Violation]:
    """Only the coverage rules (each shift's headcount and required skills), which need no
    context days: what the coverage KPI counts, without the person rules' work."""
    facts = RosterFacts(problem)
    items = sorted({a for a in assignments if a.day in facts.day_set})
    for item in items:
        if item.person_id not in facts.people:
            problem.person(item.person_id)  # raises a RosterInputError naming the id
    return _coverage(facts, items)


def _violation(
    facts: RosterFacts,
    rule: Rule,
    person_id: PersonId | None,
    day: date,
    shift_code: str | None,
    message: str,
) -> Violation:
    return Violation(rule, person_id, day, shift_code, facts.severity(rule), message)


def _double_bookings(
    facts: RosterFacts, person: Person, own: Sequence[Assignment]
) -> list[Violation]:
    by_day: dict[date, list[str]] = defaultdict(list)
    for item in own:
        by_day[item.day].append(facts.shifts[item.shift_code].name)
    message = translate(
        "RosterRules", "{name} is rostered for {shifts} on {day}; one shift a day is the most."
    )
    return [
        _violation(
            facts,
            Rule.DOUBLE_BOOKING,
            person.id,
            day,
            None,
            message.format(name=person.name, shifts=join_names(names), day=format_day(day)),
        )
        for day, names in by_day.items()
        if len(names) > 1
    ]


def _availability(facts: RosterFacts, person: Person, own: Sequence[Assignment]) -> list[Violation]:
    found = []
    for item in own:
        rule = facts.blocked_by(person.id, item.day, item.shift_code)
        if rule is None:
            continue
        shift = facts.shifts[item.shift_code]
        values = {"name": person.name, "day": format_day(item.day), "shift": shift.name}
        if rule is Rule.UNAVAILABLE:
            text = translate(
                "RosterRules",
                "{name} is rostered for {shift} on {day} but is unavailable that day.",
            ).format(**values)
        elif facts.leave[(person.id, item.day)].half_day:
            text = translate(
                "RosterRules",
                "{name} has half a day of approved leave on {day}, so {shift} ({hours} h paid) "
                "does not fit (at most {max} h beside half a day of leave).",
            ).format(
                **values,
                hours=format_hours(shift.paid_minutes),
                max=format_hours(facts.problem.limits.half_day_max_paid_minutes),
            )
        else:
            text = translate(
                "RosterRules", "{name} is rostered for {shift} on {day} but is on approved leave."
            ).format(**values)
        found.append(_violation(facts, rule, person.id, item.day, item.shift_code, text))
    return found


def _spans(facts: RosterFacts, own: Sequence[Assignment]) -> list[tuple[datetime, Assignment]]:
    return sorted(
        ((facts.shifts[a.shift_code].span_on(a.day)[0], a) for a in own), key=lambda t: t[0]
    )


def _rest(facts: RosterFacts, person: Person, own: Sequence[Assignment]) -> list[Violation]:
    found = []
    spans = _spans(facts, own)
    # shifts on the same day are double bookings already; rest is checked between days
    for (_, first), (_, second) in pairwise(spans):
        if first.day == second.day:
            continue
        a, b = facts.shifts[first.shift_code], facts.shifts[second.shift_code]
        rule = facts.rest_conflict(a, first.day, b, second.day)
        if rule is None:
            continue
        values = {
            "name": person.name,
            "a": a.name,
            "day_a": format_day(first.day),
            "b": b.name,
            "day_b": format_day(second.day),
        }
        if rule is Rule.DOUBLE_BOOKING:
            text = translate(
                "RosterRules", "{name}'s {a} on {day_a} overlaps {b} on {day_b}."
            ).format(**values)
        else:
            rest = b.span_on(second.day)[0] - a.span_on(first.day)[1]
            text = translate(
                "RosterRules",
                "{name} has only {hours:.1f} h rest between {a} on {day_a} and {b} on {day_b} "
                "(minimum {min:g} h).",
            ).format(
                **values,
                hours=rest.total_seconds() / 3600,
                min=facts.problem.limits.min_rest_hours,
            )
        found.append(_violation(facts, rule, person.id, second.day, second.shift_code, text))
    return found


def _consecutive_days(
    facts: RosterFacts, person: Person, own: Sequence[Assignment]
) -> list[Violation]:
    limit = facts.problem.limits.max_consecutive_days
    days = sorted({a.day for a in own})
    runs: list[list[date]] = []
    for day in days:
        if runs and runs[-1][-1] + timedelta(days=1) == day:
            runs[-1].append(day)
        else:
            runs.append([day])
    message = translate(
        "RosterRules", "{name} works {count} days in a row from {first} to {last} (maximum {max})."
    )
    return [
        _violation(
            facts,
            Rule.TOO_MANY_DAYS,
            person.id,
            run[limit],
            None,
            message.format(
                name=person.name,
                count=len(run),
                first=format_day(run[0]),
                last=format_day(run[-1]),
                max=limit,
            ),
        )
        for run in runs
        if len(run) > limit
    ]


def _weekly_hours(facts: RosterFacts, person: Person, own: Sequence[Assignment]) -> list[Violation]:
    limits = facts.problem.limits
    minutes: dict[tuple[int, int], int] = defaultdict(int)
    first_day: dict[tuple[int, int], date] = {}
    for item in own:
        week = iso_week(item.day)
        minutes[week] += facts.shifts[item.shift_code].paid_minutes
        first_day[week] = min(first_day.get(week, item.day), item.day)
    found = []
    for week, worked in sorted(minutes.items()):
        values = {"name": person.name, "hours": format_hours(worked), "week": week[1]}
        if worked > limits.legal_weekly_hours * 60:
            text = translate(
                "RosterRules",
                "{name} is rostered {hours} h in week {week}, over the legal limit of {max:g} h.",
            ).format(**values, max=limits.legal_weekly_hours)
            found.append(
                _violation(facts, Rule.WEEKLY_OVER_LEGAL, person.id, first_day[week], None, text)
            )
        credit = facts.week_leave_credit(person, week)
        if worked + credit <= person.contract_minutes_per_week:
            continue
        contract = format_hours(person.contract_minutes_per_week)
        if credit:
            text = translate(
                "RosterRules",
                "{name} is rostered {hours} h plus {leave} h of leave in week {week}, "
                "over the contracted {contract} h.",
            ).format(**values, leave=format_hours(credit), contract=contract)
        else:
            text = translate(
                "RosterRules",
                "{name} is rostered {hours} h in week {week}, over the contracted {contract} h.",
            ).format(**values, contract=contract)
        rule = facts.contract_rule(person)
        found.append(_violation(facts, rule, person.id, first_day[week], None, text))
    return found


def _coverage(facts: RosterFacts, items: Sequence[Assignment]) -> list[Violation]:
    staffed: dict[tuple[date, str], list[Person]] = defaultdict(list)
    for item in items:
        staffed[(item.day, item.shift_code)].append(facts.people[item.person_id])
    found = []
    for key in sorted(set(staffed) | set(facts.needs)):
        day, code = key
        if day not in facts.day_set:
            continue
        found += _need_violations(facts, day, code, facts.needs.get(key), staffed.get(key, []))
    return found


def _need_violations(
    facts: RosterFacts, day: date, code: str, need: Need | None, people: list[Person]
) -> list[Violation]:
    shift = facts.shifts[code].name
    values = {"day": format_day(day), "shift": shift, "count": len(people)}
    if need is None:
        text = translate(
            "RosterRules",
            "{day} {shift} has {count} staff rostered but the shift is not run that day.",
        ).format(**values)
        return [_violation(facts, Rule.OVERSTAFFED, None, day, code, text)]
    found = []
    if understaffed(need, len(people)):
        text = translate(
            "RosterRules", "{day} {shift} has {count} of the {min} staff it needs."
        ).format(**values, min=need.min_headcount)
        found.append(_violation(facts, Rule.UNDERSTAFFED, None, day, code, text))
    if need.max_headcount is not None and len(people) > need.max_headcount:
        text = translate(
            "RosterRules", "{day} {shift} has {count} staff, more than the {max} allowed."
        ).format(**values, max=need.max_headcount)
        found.append(_violation(facts, Rule.OVERSTAFFED, None, day, code, text))
    for skill, required in sorted(need.required_skills.items()):
        found += _skill_violation(facts, day, code, skill, required, people)
    return found


def understaffed(need: Need, headcount: int) -> bool:
    """The shift has fewer people rostered than it needs (UNDERSTAFFED)."""
    return headcount < need.min_headcount


def skill_holders(people: Sequence[Person], skill: str, day: date) -> list[Person]:
    return [p for p in people if p.has_skill(skill, day)]


def short_of_a_skill(need: Need, people: Sequence[Person], day: date) -> bool:
    """Some required skill has fewer holders among the shift's people than required
    (MISSING_SKILL)."""
    return any(
        len(skill_holders(people, skill, day)) < required
        for skill, required in need.required_skills.items()
    )


def _skill_violation(
    facts: RosterFacts, day: date, code: str, skill: str, required: int, people: list[Person]
) -> list[Violation]:
    have = skill_holders(people, skill, day)
    if len(have) >= required:
        return []
    values = {
        "day": format_day(day),
        "shift": facts.shifts[code].name,
        "required": required,
        "skill": facts.problem.skill_name(skill),
        "have": len(have),
    }
    lapsed = lapsed_skills(people, skill, day)
    if lapsed:
        text = translate(
            "RosterRules",
            "{day} {shift} needs {required} staff with {skill} but has {have}: {lapsed}",
        ).format(**values, lapsed=lapsed)
    else:
        text = translate(
            "RosterRules", "{day} {shift} needs {required} staff with {skill} but has {have}."
        ).format(**values)
    return [_violation(facts, Rule.MISSING_SKILL, None, day, code, text)]


def lapsed_skills(people: Sequence[Person], skill: str, day: date) -> str:
    """ "Y's skill expired on 2026-03-15." for everyone among ``people`` whose ``skill`` has
    lapsed by ``day`` (naming the certificate when training granted it); "" when nobody's has."""
    texts = []
    for p in people:
        if p.skill_periods.get(skill):
            text = p.lapse_text(skill, day)
            if text:
                texts.append(
                    translate("RosterRules", "{who}: the skill has expired.").format(who=text)
                )
        elif (expired := p.skills.get(skill)) is not None and not p.has_skill(skill, day):
            texts.append(
                translate("RosterRules", "{name}'s skill expired on {expired}.").format(
                    name=p.name, expired=format_day(expired)
                )
            )
    return " ".join(texts)


def worked_minutes(facts: RosterFacts, own: Sequence[Assignment]) -> dict[date, int]:
    minutes: dict[date, int] = defaultdict(int)
    for item in own:
        minutes[item.day] += facts.shifts[item.shift_code].paid_minutes
    return dict(minutes)


def _overtime(facts: RosterFacts, person: Person, own: Sequence[Assignment]) -> list[Violation]:
    """At most ``daily_max`` beyond the standard day, and ``monthly_max`` of overtime a month
    (劳动法 art. 41), on the kinds ``overtime.py`` counts."""
    policy = facts.problem.limits.overtime
    worked = worked_minutes(facts, own)
    found = []
    for day, minutes in sorted(worked.items()):
        over = max(0, minutes - policy.standard_day_minutes)
        if over <= policy.daily_max_minutes:
            continue
        text = translate(
            "RosterRules",
            "{name} is rostered {hours} h on {day}, {over} h beyond the standard {std:g} h day; "
            "overtime is at most {max:g} h a day.",
        ).format(
            name=person.name,
            hours=format_hours(minutes),
            day=format_day(day),
            over=format_hours(over),
            std=policy.standard_day_minutes / 60,
            max=policy.daily_max_minutes / 60,
        )
        found.append(_violation(facts, Rule.DAILY_OVERTIME, person.id, day, None, text))
    if not worked:
        return found
    splits = person_overtime(
        worked,
        facts.days[0],
        facts.days[-1],
        facts.problem.calendar,
        policy,
        leave=facts.leave_days(person.id),
        contract_minutes=person.contract_minutes_per_week,
    )
    for month, total in sorted(by_month(splits.items()).items()):
        if total.total <= policy.monthly_max_minutes:
            continue
        running, crossed = 0, month.first_day
        for day in sorted(d for d in splits if month.first_day <= d <= month.last_day):
            running += splits[day].total
            if running > policy.monthly_max_minutes:
                crossed = day
                break
        found.append(
            _violation(
                facts,
                Rule.MONTHLY_OVERTIME,
                person.id,
                crossed,
                None,
                monthly_overtime_text(person.name, str(month), total, policy.monthly_max_minutes),
            )
        )
    return found


def monthly_overtime_text(name: str, month: str, total: OvertimeSplit, limit: int) -> str:
    return translate(
        "RosterRules",
        "{name} has {hours} h of overtime in {month} ({working} h on working days, {rest} h on "
        "rest days, {holiday} h on public holidays), over the limit of {max:g} h a month.",
    ).format(
        name=name,
        hours=format_hours(total.total),
        month=month,
        working=format_hours(total.working_day),
        rest=format_hours(total.rest_day),
        holiday=format_hours(total.holiday),
        max=limit / 60,
    )
