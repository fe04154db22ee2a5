"""Demo step 25: shift types, needs, special days, leave, published rosters and a draft.

Rosters are generated greedily (not by the solver) from the first demo month to the end of next
month; months up to the current one are published, next month stays a draft. Rows go in with
bulk inserts so the large scale (five years, ~20,000 assignments) takes seconds.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select

from branchops.core import settings
from branchops.core.branch.queries import branch_calendar
from branchops.core.calendar import statutory_calendar
from branchops.core.demo import DemoContext, DemoStep, register
from branchops.core.period import Month
from branchops.core.staff.entitlement import Service
from branchops.core.staff.entitlement import statutory as entitled_days
from branchops.core.staff.greedy import greedy_roster
from branchops.core.staff.models import (
    Employment,
    LeaveDay,
    LeaveKind,
    LeaveRequest,
    LeaveStatus,
    NeedSkill,
    RosterAssignment,
    RosterChange,
    RosterPublication,
    ShiftPreference,
    ShiftType,
    Skill,
    SpecialDay,
    Staff,
    StaffingNeed,
    TimesheetEntry,
    Unavailability,
)
from branchops.core.staff.problem_builder import build_problem, date_range
from branchops.core.staff.schedule_settings import MONTHLY_LABOUR_BUDGET_HOURS
from branchops.core.staff.shifts import paid_minutes

SHIFTS = (
    ("E", "早班", time(8, 30), time(17, 0), 60, "#ffd27f"),
    ("L", "晚班", time(11, 30), time(20, 0), 60, "#9ecae1"),
    ("D", "值班", time(9, 0), time(16, 0), 30, "#c7e9c0"),
)
# A busy branch staffs for at most this many people, however many worked there over the years.
STAFFING_BASE = 25


def _shifts_and_needs(ctx: DemoContext, skills: dict[str, int]) -> dict[str, ShiftType]:
    session = ctx.session
    shifts = {
        code: ShiftType(
            code=code,
            name=name,
            start=start,
            end=end,
            break_minutes=brk,
            colour=colour,
            sort_order=i,
            overnight=False,
        )
        for i, (code, name, start, end, brk, colour) in enumerate(SHIFTS)
    }
    session.add_all(shifts.values())
    session.flush()
    base = min(len(ctx.shared.get("staff_ids", [])) or ctx.staff_count, STAFFING_BASE)
    for weekday in range(6):
        saturday = weekday == 5
        early = max(2, round(base * (0.2 if saturday else 0.3)))
        late = max(1, round(base * (0.12 if saturday else 0.2)))
        _need(
            session,
            shifts["E"],
            early,
            None,
            {skills["cashier"]: 1, skills["supervisor"]: 1},
            weekday=weekday,
        )
        _need(session, shifts["L"], late, late + 2, {skills["cashier"]: 1}, weekday=weekday)
    return shifts


def _need(session, shift, low, high, skill_counts, **owner) -> None:
    need = StaffingNeed(shift_type_id=shift.id, min_headcount=low, max_headcount=high, **owner)
    need.skills = [NeedSkill(skill_id=k, count=v) for k, v in skill_counts.items()]
    session.add(need)


def _special_days(ctx: DemoContext, shifts: dict[str, ShiftType], skills: dict[str, int]) -> None:
    session = ctx.session
    base = min(ctx.staff_count, STAFFING_BASE)
    years = sorted({m.year for m in ctx.months} | {ctx.months[-1].shift(1).year})
    for year in years:
        for quarter_end in (3, 6, 9, 12):
            last = Month(year, quarter_end).last_day
            special = SpecialDay(name="季末高峰", first_day=last - timedelta(days=2), last_day=last)
            session.add(special)
            session.flush()
            _need(
                session,
                shifts["E"],
                round(base * 0.36),
                None,
                {skills["cashier"]: 2, skills["supervisor"]: 1},
                special_day_id=special.id,
            )
            _need(
                session,
                shifts["L"],
                round(base * 0.24),
                None,
                {skills["cashier"]: 1},
                special_day_id=special.id,
            )
        duty = SpecialDay(name="国庆值班", first_day=date(year, 10, 1), last_day=date(year, 10, 3))
        session.add(duty)
        session.flush()
        _need(session, shifts["D"], 2, 3, {skills["supervisor"]: 1}, special_day_id=duty.id)


def _leave(ctx: DemoContext, staff: list[Staff], last: date) -> None:
    rng = ctx.rng("leave")
    calendar = branch_calendar(ctx.session)
    statutory = statutory_calendar(calendar.country)  # leave counts Monday-Friday working days
    rows, day_rows = [], []
    next_id = (ctx.session.scalar(select(func.max(LeaveRequest.id))) or 0) + 1
    for person in staff:
        start = max(ctx.first_day, person.hire_date or ctx.first_day)
        end = min(last, person.leave_date or last)
        service = Service(person.first_work_date, person.hire_date, person.leave_date)
        for year in range(start.year, end.year + 1):
            plans = [(LeaveKind.ANNUAL, rng.randint(2, 5)) for _ in range(rng.randint(1, 2))]
            plans += [(LeaveKind.SICK, rng.randint(1, 3)) for _ in range(rng.randint(0, 2))]
            if rng.random() < 0.4:
                plans.append((LeaveKind.PERSONAL, 1))
            if rng.random() < 0.3:
                plans.append((LeaveKind.TRAINING, rng.randint(1, 2)))
            taken: list[tuple[date, date]] = []
            annual_left = entitled_days(service, year).days
            for kind, length in plans:
                first = date(year, 1, 1) + timedelta(days=rng.randrange(0, 360))
                while not calendar.is_working_day(first):  # nobody asks leave for a holiday
                    first += timedelta(days=1)
                final = first + timedelta(days=length - 1)
                if first < start or final > end or any(a <= final and first <= b for a, b in taken):
                    continue
                if final.year != year:
                    continue  # each year's leave within that year, as the entitlement is
                half = kind is LeaveKind.PERSONAL and rng.random() < 0.5
                counted = list(statutory.working_days(first, final))
                if kind is LeaveKind.ANNUAL:
                    if len(counted) > annual_left:
                        continue  # within the year's entitlement, as an approver would insist
                    annual_left -= len(counted)
                taken.append((first, final))
                status = LeaveStatus.APPROVED
                if first > ctx.today and rng.random() < 0.4:
                    status = LeaveStatus.REQUESTED
                weight = 0.5 if half else 1.0
                rows.append(
                    {
                        "id": next_id,
                        "staff_id": person.id,
                        "kind": kind,
                        "first_day": first,
                        "last_day": final,
                        "half_day": half,
                        "status": status,
                        "days": weight * len(counted),
                        "note": "",
                        "decided_by": "" if status is LeaveStatus.REQUESTED else "陈静",
                    }
                )
                day_rows += [
                    {"leave_request_id": next_id, "day": d, "days": weight} for d in counted
                ]
                next_id += 1
    if rows:
        ctx.session.execute(insert(LeaveRequest), rows)
    if day_rows:
        ctx.session.execute(insert(LeaveDay), day_rows)


def _availability(ctx: DemoContext, staff: list[Staff], shifts: dict[str, ShiftType]) -> None:
    rng = ctx.rng("availability")
    session = ctx.session
    for person in staff:
        if person.employment is Employment.PART_TIME:
            session.add(
                Unavailability(
                    staff_id=person.id,
                    first_day=ctx.first_day,
                    weekday=rng.randrange(5),
                    note="兼职固定休息",
                )
            )
        elif rng.random() < 0.15:
            session.add(ShiftPreference(staff_id=person.id, shift_type_id=shifts["E"].id))
        elif rng.random() < 0.1:
            session.add(ShiftPreference(staff_id=person.id, weekday=5, prefers=False))


def _roster(ctx: DemoContext, shifts: dict[str, ShiftType], last: date) -> None:
    session = ctx.session
    session.flush()
    built = build_problem(session, ctx.first_day, last, with_context=False)
    ids = {code: s.id for code, s in shifts.items()}
    assignments = greedy_roster(built.problem)
    rng = random.Random(f"{ctx.seed}:roster-changes")
    current = Month.of(ctx.today)
    published_at = {
        m: datetime.combine(m.first_day - timedelta(days=5), time(17, 30)) for m in ctx.months
    }
    changes = []
    cells = {(a.person_id, a.day): a.shift_code for a in assignments}
    later = [k for k, c in cells.items() if Month.of(k[1]) == current and c in ("E", "L")]
    for key in rng.sample(sorted(later), min(3, len(later))):
        old = cells[key]
        cells[key] = "L" if old == "E" else "E"
        changes.append(
            {
                "staff_id": key[0],
                "day": key[1],
                "old_shift": old,
                "new_shift": cells[key],
                "reason": "员工申请调班",
                "changed_by": "陈静",
                "changed_at": published_at[current] + timedelta(days=3),
            }
        )
    session.execute(
        insert(RosterAssignment),
        [{"staff_id": p, "day": d, "shift_type_id": ids[c]} for (p, d), c in sorted(cells.items())],
    )
    session.execute(
        insert(RosterPublication),
        [
            {
                "first_day": m.first_day,
                "last_day": m.last_day,
                "published_at": published_at[m],
                "published_by": "陈静",
            }
            for m in ctx.months
        ],
    )
    if changes:
        session.execute(insert(RosterChange), changes)
    _timesheet(ctx, cells, shifts)


def _timesheet(ctx: DemoContext, cells: dict, shifts: dict[str, ShiftType]) -> None:
    rng = ctx.rng("timesheet")
    paid = {code: paid_minutes(s.start, s.end, s.break_minutes) for code, s in shifts.items()}
    rows = []
    for (pid, day), code in sorted(cells.items()):
        if day < ctx.today and rng.random() < 0.04:
            extra = rng.choice((30, 60, 90, 120, -60))
            rows.append(
                {
                    "staff_id": pid,
                    "day": day,
                    "actual_minutes": paid[code] + extra,
                    "note": "加班" if extra > 0 else "提前离岗",
                }
            )
    if rows:
        ctx.session.execute(insert(TimesheetEntry), rows)


def _schedule(ctx: DemoContext) -> None:
    session = ctx.session
    skills = dict(session.execute(select(Skill.code, Skill.id)).all())
    staff = list(session.scalars(select(Staff).order_by(Staff.id)))
    last = ctx.months[-1].shift(1).last_day
    shifts = _shifts_and_needs(ctx, skills)
    _special_days(ctx, shifts, skills)
    _leave(ctx, staff, last)
    _availability(ctx, staff, shifts)
    _roster(ctx, shifts, last)
    base = min(ctx.staff_count, STAFFING_BASE)
    weekly_shifts = (
        5 * (round(base * 0.3) + round(base * 0.2)) + round(base * 0.2) + round(base * 0.12)
    )
    settings.put(session, MONTHLY_LABOUR_BUDGET_HOURS, float(round(weekly_shifts * 7.5 * 4.4)))
    ctx.shared["roster_days"] = date_range(ctx.first_day, last)


register(DemoStep("schedule", 25, _schedule))
