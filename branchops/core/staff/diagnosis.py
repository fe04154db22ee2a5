"""Why no roster is possible, in words: which day and shift cannot be covered and why.

Two passes. Quick checks look at one need (or one day) at a time: too few people free, too few
with a valid skill, a shift longer than a day may be, assignments to keep that break a hard rule.
Then the relax-and-report pass solves the model again with headcounts and skill counts as slack
variables and explains every need left short in the closest roster found, saying when what
stands in the way is fixed: published, or outside the period.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ortools.sat.python import cp_model

from branchops.core.staff.roster_types import (
    Assignment,
    Need,
    Person,
    PersonId,
    RosterProblem,
    Rule,
    format_day,
    format_hours,
    iso_week,
    join_clauses,
    join_names,
)
from branchops.core.staff.rules import HARD, RosterFacts, check_roster, lapsed_skills
from branchops.core.staff.solver_model import RosterModel
from branchops.core.staff.stop_watcher import StopWatcher
from branchops.i18n import translate

# rules the solver keeps even when they are only warnings in the grid
_ALWAYS_KEPT = {Rule.DOUBLE_BOOKING, Rule.LEAVE_CLASH, Rule.UNAVAILABLE}
_COVERAGE_RULES = {Rule.UNDERSTAFFED, Rule.MISSING_SKILL}


@dataclass(frozen=True)
class Diagnosis:
    day: date | None
    shift_code: str | None
    skill: str | None
    short_by: int
    message: str
    person_id: PersonId | None = None


def diagnose(
    problem: RosterProblem,
    time_limit_s: float = 10.0,
    should_stop: Callable[[], bool] | None = None,
) -> list[Diagnosis]:
    """Reasons an infeasible problem has no roster; never empty."""
    found = quick_checks(problem)
    known = {(d.day, d.shift_code, d.skill) for d in found}
    found += [
        d
        for d in relaxed_shortages(problem, time_limit_s, should_stop)
        if (d.day, d.shift_code, d.skill) not in known
    ]
    if not found:
        found.append(
            Diagnosis(
                None,
                None,
                None,
                0,
                translate(
                    "RosterSolver",
                    "No roster meets the hard rules, even with shifts left uncovered: the "
                    "published assignments, rest times, days in a row and weekly hours cannot "
                    "all be kept together. Unpublish some assignments or relax a rule.",
                ),
            )
        )
    found.sort(key=lambda d: (d.day or date.min, d.shift_code or "", d.skill or ""))
    return found


# -- quick checks -----------------------------------------------------------------------------


def quick_checks(problem: RosterProblem) -> list[Diagnosis]:
    facts = RosterFacts(problem)
    found = _locked_conflicts(facts)
    for key in sorted(facts.needs):
        if facts.is_planned(key[0]):
            found += _need_checks(facts, facts.needs[key])
    for day in facts.days:
        if facts.is_planned(day):
            found += _day_check(facts, day)
    return found


def _locked_conflicts(facts: RosterFacts) -> list[Diagnosis]:
    """Assignments to keep on planned days (published cells beside free ones) that break a
    hard rule, with what the fixed days hold around them. What the fixed days hold among
    themselves constrains nothing, so it is never a reason."""
    kept = [a for a in facts.problem.locked if facts.is_planned(a.day)]
    if not kept:
        return []
    around = [a for a in facts.problem.locked if a.day in facts.fixed_days]
    text = translate("RosterSolver", "A published assignment cannot be kept: {reason}")
    kept_keys = {(a.person_id, a.day) for a in kept}
    return [
        Diagnosis(v.day, v.shift_code, None, 0, text.format(reason=v.message), v.person_id)
        for v in check_roster(facts.problem, [*kept, *around])
        if v.rule not in _COVERAGE_RULES
        and (v.severity == HARD or v.rule in _ALWAYS_KEPT)
        and (v.person_id, v.day) in kept_keys
    ]


def _free(facts: RosterFacts, day: date, code: str) -> list[Person]:
    return [p for p in facts.problem.people if facts.blocked_by(p.id, day, code) is None]


def _away_counts(facts: RosterFacts, day: date, code: str) -> tuple[int, int]:
    reasons = Counter(facts.blocked_by(p.id, day, code) for p in facts.problem.people)
    return reasons[Rule.LEAVE_CLASH], reasons[Rule.UNAVAILABLE]


def _need_checks(facts: RosterFacts, need: Need) -> list[Diagnosis]:
    if not facts.problem.limits.is_hard(Rule.UNDERSTAFFED):
        return []
    day, code = need.day, need.shift_code
    free = _free(facts, day, code)
    on_leave, unavailable = _away_counts(facts, day, code)
    values = {
        "day": format_day(day),
        "shift": facts.shifts[code].name,
        "leave": on_leave,
        "unavailable": unavailable,
        "free": len(free),
    }
    found = []
    too_long = _too_long(facts, day, code)
    if too_long and need.min_headcount > 0:
        return [Diagnosis(day, code, None, need.min_headcount, too_long)]
    if len(free) < need.min_headcount:
        text = translate(
            "RosterSolver",
            "{day} {shift} needs {min} staff; only {free} are not on leave or unavailable "
            "({leave} on leave, {unavailable} unavailable).",
        ).format(**values, min=need.min_headcount)
        found.append(Diagnosis(day, code, None, need.min_headcount - len(free), text))
    if not facts.problem.limits.is_hard(Rule.MISSING_SKILL):
        return found
    for skill, required in sorted(need.required_skills.items()):
        skilled = [p for p in free if p.has_skill(skill, day)]
        if len(skilled) >= required:
            continue
        text = translate(
            "RosterSolver",
            "{day} {shift} needs {required} staff with {skill}; only {count} staff with that "
            "skill are not on leave or unavailable.",
        ).format(
            **values, required=required, skill=facts.problem.skill_name(skill), count=len(skilled)
        )
        lapsed = lapsed_skills(free, skill, day)
        if lapsed:
            text += " " + lapsed
        found.append(Diagnosis(day, code, skill, required - len(skilled), text))
    return found


def _too_long(facts: RosterFacts, day: date, code: str) -> str:
    """Why nobody may work the shift: it is longer than the standard day plus the overtime
    allowed a day (a hard rule); "" when it is not."""
    limits = facts.problem.limits
    policy = limits.overtime
    paid = facts.shifts[code].paid_minutes
    if not limits.is_hard(Rule.DAILY_OVERTIME):
        return ""
    if paid - policy.standard_day_minutes <= policy.daily_max_minutes:
        return ""
    return translate(
        "RosterSolver",
        "{day} {shift} cannot be staffed: it is {hours} h paid, more than the standard "
        "{std:g} h day plus the {max:g} h of overtime allowed a day.",
    ).format(
        day=format_day(day),
        shift=facts.shifts[code].name,
        hours=format_hours(paid),
        std=policy.standard_day_minutes / 60,
        max=policy.daily_max_minutes / 60,
    )


def _day_check(facts: RosterFacts, day: date) -> list[Diagnosis]:
    """One shift a day each: all the day's minimum headcounts need that many different people."""
    if not facts.problem.limits.is_hard(Rule.UNDERSTAFFED):
        return []
    needs = [n for (d, _), n in sorted(facts.needs.items()) if d == day and n.min_headcount]
    total = sum(n.min_headcount for n in needs)
    free = {p.id for n in needs for p in _free(facts, day, n.shift_code)}
    if total <= len(free):
        return []
    text = translate(
        "RosterSolver",
        "{day} needs {total} staff across {shifts}, but only {free} are not on leave or "
        "unavailable, and each works one shift a day at most.",
    ).format(
        day=format_day(day),
        total=total,
        shifts=join_names(facts.shifts[n.shift_code].name for n in needs),
        free=len(free),
    )
    return [Diagnosis(day, None, None, total - len(free), text)]


# -- relax and report -------------------------------------------------------------------------


def relaxed_shortages(
    problem: RosterProblem,
    time_limit_s: float,
    should_stop: Callable[[], bool] | None = None,
) -> list[Diagnosis]:
    """Needs left short in the roster closest to meeting them, each with the reason."""
    built = RosterModel(problem, relax_coverage=True, with_objective=False)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, time_limit_s)
    solver.parameters.num_workers = 2
    with StopWatcher(solver, should_stop):
        status = solver.solve(built.model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return []
    roster = built.assignments(solver)
    facts = built.facts
    found = []
    for slack in built.slacks:
        short = solver.value(slack.var)
        if short > 0:
            need = facts.needs.get((slack.day, slack.shift_code))
            found.append(
                _explain(
                    facts, roster, slack.day, slack.shift_code, slack.skill, short, slack.over, need
                )
            )
    return found


def _explain(
    facts: RosterFacts,
    roster: tuple[Assignment, ...],
    day: date,
    code: str,
    skill: str | None,
    short: int,
    over: bool,
    need: Need | None,
) -> Diagnosis:
    values = {"day": format_day(day), "shift": facts.shifts[code].name, "short": short}
    if over:
        text = translate(
            "RosterSolver",
            "{day} {shift} allows at most {max} staff, but the published assignments put "
            "{short} more there.",
        ).format(**values, max=need.max_headcount if need and need.max_headcount else 0)
        return Diagnosis(day, code, None, short, text)
    candidates = [p for p in _free(facts, day, code) if skill is None or p.has_skill(skill, day)]
    in_shift = {a.person_id for a in roster if a.day == day and a.shift_code == code}
    reasons = _reason_text(
        facts, roster, [p for p in candidates if p.id not in in_shift], day, code
    )
    if skill is None:
        text = translate(
            "RosterSolver",
            "{day} {shift} cannot be covered: it is {short} short of the {min} staff it needs. "
            "{free} staff are free that day; {reasons}.",
        ).format(
            **values, min=need.min_headcount if need else 0, free=len(candidates), reasons=reasons
        )
    else:
        text = translate(
            "RosterSolver",
            "{day} {shift} cannot be covered: it is {short} short of staff with {skill} "
            "({required} needed). {free} staff with that skill are free that day; {reasons}.",
        ).format(
            **values,
            skill=facts.problem.skill_name(skill),
            required=need.required_skills.get(skill, 0) if need else 0,
            free=len(candidates),
            reasons=reasons,
        )
        lapsed = lapsed_skills(_free(facts, day, code), skill, day)
        if lapsed:
            text += " " + lapsed
    return Diagnosis(day, code, skill, short, text)


def _reason_text(
    facts: RosterFacts,
    roster: tuple[Assignment, ...],
    others: list[Person],
    day: date,
    code: str,
) -> str:
    """Why each free person is not on the shift in the closest roster, counted by reason."""
    by_person: dict[PersonId, list[Assignment]] = defaultdict(list)
    for item in roster:
        by_person[item.person_id].append(item)
    counts = Counter(_why_not(facts, by_person[p.id], p, day, code) for p in others)
    phrases = {
        "other_shift": translate("RosterSolver", "{n} on another shift that day"),
        "rest": translate("RosterSolver", "{n} short of rest next to another shift"),
        "rest_published": translate("RosterSolver", "{n} short of rest next to a published shift"),
        "rest_outside": translate(
            "RosterSolver", "{n} short of rest next to a shift outside the period"
        ),
        "days": translate("RosterSolver", "{n} at the limit of {max} days in a row"),
        "days_published": translate(
            "RosterSolver", "{n} at the limit of {max} days in a row, counting published days"
        ),
        "days_outside": translate(
            "RosterSolver",
            "{n} at the limit of {max} days in a row, counting days outside the period",
        ),
        "hours": translate("RosterSolver", "{n} at their weekly hours limit"),
        "hours_published": translate(
            "RosterSolver", "{n} at their weekly hours limit, counting published shifts"
        ),
        "hours_outside": translate(
            "RosterSolver",
            "{n} at their weekly hours limit, counting shifts outside the period",
        ),
        "overtime": translate("RosterSolver", "{n} at the monthly overtime limit"),
        "elsewhere": translate("RosterSolver", "{n} needed on other shifts"),
    }
    parts = [
        phrases[key].format(n=counts[key], max=facts.problem.limits.max_consecutive_days)
        for key in phrases
        if counts[key]
    ]
    if not parts:
        return translate("RosterSolver", "none of them can be added without breaking a hard rule")
    return translate("RosterSolver", "of those not on it, {list}").format(list=join_clauses(parts))


def _fixed_kind(facts: RosterFacts, days: list[date]) -> str:
    """ "_published" or "_outside" when fixed days are among ``days`` (published wins), else ""."""
    fixed = [d for d in days if d in facts.fixed_days]
    if not fixed:
        return ""
    return "_published" if any(d in facts.problem.published for d in fixed) else "_outside"


def _why_not(
    facts: RosterFacts, own: list[Assignment], person: Person, day: date, code: str
) -> str:
    limits = facts.problem.limits
    shift = facts.shifts[code]
    if any(a.day == day for a in own):
        return "other_shift"
    for item in own:
        other = facts.shifts[item.shift_code]
        if item.day < day:
            clash = facts.rest_conflict(other, item.day, shift, day)
        else:
            clash = facts.rest_conflict(shift, day, other, item.day)
        if clash is Rule.DOUBLE_BOOKING or (clash is Rule.SHORT_REST and limits.is_hard(clash)):
            return "rest" + _fixed_kind(facts, [item.day])
    run = _run_with(own, day)
    if limits.is_hard(Rule.TOO_MANY_DAYS) and len(run) > limits.max_consecutive_days:
        return "days" + _fixed_kind(facts, run)
    week = iso_week(day)
    in_week = [a for a in own if iso_week(a.day) == week]
    worked = sum(facts.shifts[a.shift_code].paid_minutes for a in in_week)
    caps = []
    if limits.is_hard(Rule.WEEKLY_OVER_LEGAL):
        caps.append(limits.legal_weekly_hours * 60)
    if limits.is_hard(facts.contract_rule(person)):
        caps.append(person.contract_minutes_per_week - facts.week_leave_credit(person, week))
    if caps and worked + shift.paid_minutes > min(caps):
        return "hours" + _fixed_kind(facts, [a.day for a in in_week])
    if limits.is_hard(Rule.MONTHLY_OVERTIME) and _over_monthly(facts, own, person, day, code):
        return "overtime"
    return "elsewhere"


def _over_monthly(
    facts: RosterFacts, own: list[Assignment], person: Person, day: date, code: str
) -> bool:
    with_it = [*own, Assignment(person.id, day, code)]
    return any(
        v.rule is Rule.MONTHLY_OVERTIME
        for v in check_roster(facts.problem, with_it)
        if v.person_id == person.id
    )


def _run_with(own: list[Assignment], day: date) -> list[date]:
    """The run of consecutive working days through ``day`` if it were worked."""
    worked = {a.day for a in own} | {day}
    run = [day]
    for step in (-1, 1):
        current = day + timedelta(days=step)
        while current in worked:
            run.append(current)
            current += timedelta(days=step)
    return sorted(run)
