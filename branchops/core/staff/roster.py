"""The roster (排班表): the grid of a period, cell edits, publishing, changes with a reason.

Draft days change freely (the grid shows the rule checks live). A published day changes only
with a reason and the approve permission; each changed cell is kept as a ``RosterChange`` and any
hard rule the change newly breaks needs a manager's override reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.branch.queries import branch_calendar
from branchops.core.counters import serialise
from branchops.core.errors import ConflictError, ValidationError
from branchops.core.staff import roster_types as rt
from branchops.core.staff.leave import leave_by_cell
from branchops.core.staff.models import (
    LeaveKind,
    RosterChange,
    RosterPublication,
    Staff,
    employed_between,
)
from branchops.core.staff.problem_builder import build_problem, date_range
from branchops.core.staff.roster_check import guard
from branchops.core.staff.roster_store import (
    CellEdit,
    apply_edits,
    cells_between,
    publications_between,
    published_days,
)
from branchops.core.staff.shifts import ShiftRow, list_shifts
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

# Days either side of an edit whose rules (rest, days in a row, weekly hours) it can change.
CONTEXT_DAYS = 7
MAX_NAMED = 8  # cells named in a refusal


@dataclass(frozen=True)
class GridPerson:
    id: int
    employee_no: str
    name: str
    position: str
    hire_date: date | None
    leave_date: date | None  # the last day employed: leaving date, or before deactivation

    def employed_on(self, day: date) -> bool:
        if self.hire_date is not None and day < self.hire_date:
            return False
        return self.leave_date is None or day <= self.leave_date


@dataclass(frozen=True)
class GridData:
    first: date
    last: date
    days: list[date]
    people: list[GridPerson]
    cells: dict[tuple[int, date], str]  # shift code
    leave: dict[tuple[int, date], LeaveKind]
    published: set[date]
    published_at: datetime | None
    changed: dict[tuple[int, date], str]  # old code of cells changed after publication
    shifts: list[ShiftRow]
    closed: set[date]  # days the branch calendar closes (rest days, public holidays)


def load_grid(session: Session, first: date, last: date) -> GridData:
    cells = cells_between(session, first, last)
    with_work = {pid for pid, _ in cells}
    stmt = select(Staff).where(
        or_(employed_between(first, last), Staff.id.in_(with_work) if with_work else false())
    )
    people = [
        GridPerson(
            s.id,
            s.employee_no,
            s.name,
            s.position.name if s.position else "",
            s.hire_date,
            s.last_day_employed,
        )
        for s in session.scalars(stmt.order_by(Staff.employee_no))
    ]
    pubs = publications_between(session, first, last)
    calendar = branch_calendar(session)
    return GridData(
        first=first,
        last=last,
        days=date_range(first, last),
        people=people,
        cells=cells,
        leave=leave_by_cell(session, first, last),
        published=published_days(session, first, last),
        published_at=pubs[-1].published_at if pubs else None,
        changed=changes_since_publication(session, first, last),
        shifts=list_shifts(session),
        closed={d for d in date_range(first, last) if not calendar.is_working_day(d)},
    )


def changes_since_publication(
    session: Session, first: date, last: date
) -> dict[tuple[int, date], str]:
    """Cells of published days changed after their publication: cell -> code before."""
    pubs = publications_between(session, first, last)
    changes = session.scalars(
        select(RosterChange)
        .where(RosterChange.day >= first, RosterChange.day <= last)
        .order_by(RosterChange.changed_at)
    )
    result: dict[tuple[int, date], str] = {}
    for change in changes:
        covering = [p for p in pubs if p.first_day <= change.day <= p.last_day]
        if covering and change.changed_at >= covering[-1].published_at:
            result.setdefault((change.staff_id, change.day), change.old_shift)
    return result


def edit_cells(
    uow: UnitOfWork,
    user: CurrentUser,
    edits: Iterable[CellEdit],
    *,
    reason: str = "",
    override_reason: str = "",
    always_guard: bool = False,
    shown: Mapping[tuple[int, date], str] | None = None,
) -> int:
    """Save cell edits; returns how many cells changed. Published days need ``reason``; there
    (and everywhere with ``always_guard``) a newly broken hard rule needs a manager's override.

    ``shown`` is each edited cell's code ("" = off) as the editor showed it (the grid, the
    automatic roster's reading): a cell someone else changed since, to other than this edit,
    refuses all the edits with a ``ConflictError`` naming those cells."""
    require(user, Permission.WRITE)
    edits = list(edits)
    if not edits:
        return 0
    session = uow.session
    serialise(session, "roster")
    if shown is not None:
        _refuse_changed_meanwhile(session, edits, shown)
    first = min(e.day for e in edits) - timedelta(days=CONTEXT_DAYS)
    last = max(e.day for e in edits) + timedelta(days=CONTEXT_DAYS)
    built = build_problem(session, first, last)
    touched_published = [e for e in edits if e.day in built.published]
    if touched_published:
        require(user, Permission.APPROVE)
        if not reason.strip():
            raise ValidationError.single(
                "reason",
                translate("Roster", "This period is published; give a reason for the change."),
            )
    old = apply_edits(session, edits)
    if (touched_published or always_guard) and old:
        guard(session, user, built, _stored(session, first, last), override_reason)
    if touched_published and old:
        now = clock.now()
        new = {(e.staff_id, e.day): e.shift_code or "" for e in edits}
        for (staff_id, day), before in old.items():
            if day in built.published:
                session.add(
                    RosterChange(
                        staff_id=staff_id,
                        day=day,
                        old_shift=before,
                        new_shift=new[(staff_id, day)],
                        reason=reason.strip(),
                        changed_by=user.username,
                        changed_at=now,
                    )
                )
    uow.commit()
    return len(old)


def _stored(session: Session, first: date, last: date) -> list[rt.Assignment]:
    return [rt.Assignment(p, d, c) for (p, d), c in cells_between(session, first, last).items()]


def publish(
    uow: UnitOfWork, user: CurrentUser, first: date, last: date, *, override_reason: str = ""
) -> int:
    """Publish the days from ``first`` to ``last``. Unaccepted hard-rule breaks stop it unless a
    manager gives ``override_reason``. Returns the publication's id."""
    require(user, Permission.APPROVE)
    if last < first:
        raise ValidationError.single(
            "last", translate("Roster", "The last day cannot be before the first day.")
        )
    session = uow.session
    serialise(session, "roster")  # not while another PC edits cells
    built = build_problem(session, first, last)
    guard(session, user, built, list(built.assignments), override_reason, only_new=False)
    row = RosterPublication(
        first_day=first, last_day=last, published_at=clock.now(), published_by=user.username
    )
    session.add(row)
    session.flush()
    uow.commit()
    return row.id


def previous_week_edits(session: Session, week_start: date, days: int = 7) -> list[CellEdit]:
    """Edits that make ``days`` days from ``week_start`` repeat the week before, for everyone
    employed on the target day (a person with leave that day is left off)."""
    source = week_start - timedelta(days=7)
    before = cells_between(session, source, source + timedelta(days=days - 1))
    grid = load_grid(session, week_start, week_start + timedelta(days=days - 1))
    edits = []
    for person in grid.people:
        for day in grid.days:
            code = before.get((person.id, day - timedelta(days=7)))
            if not person.employed_on(day) or (person.id, day) in grid.leave:
                code = None
            if (code or "") != grid.cells.get((person.id, day), ""):
                edits.append(CellEdit(person.id, day, code))
    return edits


def _refuse_changed_meanwhile(
    session: Session, edits: list[CellEdit], shown: Mapping[tuple[int, date], str]
) -> None:
    first, last = min(e.day for e in edits), max(e.day for e in edits)
    current = cells_between(session, first, last)
    clashes = sorted(
        (
            (e.staff_id, e.day)
            for e in edits
            if (e.staff_id, e.day) in shown
            and current.get((e.staff_id, e.day), "") != shown[(e.staff_id, e.day)]
            and current.get((e.staff_id, e.day), "") != (e.shift_code or "")
        ),
        key=lambda k: (k[1], k[0]),
    )
    if clashes:
        raise _changed_meanwhile(session, clashes)


def _changed_meanwhile(session: Session, cells: list[tuple[int, date]]) -> ConflictError:
    ids = {pid for pid, _ in cells}
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())
    shown = ", ".join(f"{names.get(pid, pid)} {day:%Y-%m-%d}" for pid, day in cells[:MAX_NAMED])
    if len(cells) > MAX_NAMED:
        shown += translate("Roster", " and {count} more").format(count=len(cells) - MAX_NAMED)
    return ConflictError(
        translate(
            "Roster",
            "Someone changed these cells since they were shown: {cells}. "
            "Nothing was saved; look at them again and repeat the change.",
        ).format(cells=shown)
    )
