"""Automatic roster (自动排班): solve a period, show the result as a diff, save it on acceptance.

Solving never writes: the current draft stays as it is until the user accepts the result (a
crash, a timeout or a cancel without a roster change nothing). Published days are kept whole
unless the user asks to change them; then accepting needs a reason, recorded for every changed
cell as for a change made by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from branchops.core.errors import ValidationError
from branchops.core.staff import roster_types as rt
from branchops.core.staff.problem_builder import BuiltProblem, build_problem
from branchops.core.staff.roster import edit_cells
from branchops.core.staff.roster_store import CellEdit, cells_between
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # OR-Tools (and pandas: ~0.8 s, ~90 MiB) load only when the solver runs
    from branchops.core.staff.solver import RosterSolution, SolverProgress

MIN_TIME_LIMIT_S = 1
MAX_TIME_LIMIT_S = 3600

STATUS_LABELS = {
    "optimal": QT_TRANSLATE_NOOP("AutoRosterStatus", "best possible"),
    "feasible": QT_TRANSLATE_NOOP("AutoRosterStatus", "good, not proven the best"),
    "cancelled_with_solution": QT_TRANSLATE_NOOP("AutoRosterStatus", "stopped early"),
    "infeasible": QT_TRANSLATE_NOOP("AutoRosterStatus", "no roster meets the hard rules"),
    "no_solution_in_time": QT_TRANSLATE_NOOP("AutoRosterStatus", "none found in time"),
}


def status_label(status: str) -> str:
    if status not in STATUS_LABELS:
        return status
    return translate("AutoRosterStatus", STATUS_LABELS[status])


@dataclass(frozen=True)
class DiffRow:
    staff_id: int
    day: date
    before: str  # "" = off
    after: str


@dataclass(frozen=True)
class AutoResult:
    first: date
    last: date
    solution: RosterSolution  # its assignments: the planned days only
    diff: tuple[DiffRow, ...]
    locked_days: frozenset[date]  # published days kept whole
    planned: frozenset[date] = frozenset()  # the days the solver decided (and accept writes)
    # The planned cells as the solver read them ("" = off): a cell changed since is someone
    # else's edit, which accepting must not overwrite unseen.
    before: Mapping[tuple[int, date], str] = field(default_factory=dict)

    @property
    def messages(self) -> list[str]:
        return [d.message for d in self.solution.diagnosis]


def validate_time_limit(time_limit_s: float) -> None:
    if not MIN_TIME_LIMIT_S <= time_limit_s <= MAX_TIME_LIMIT_S:
        raise ValidationError.single(
            "time_limit_s",
            translate(
                "Roster", "The time limit must be from 1 to {max} seconds (got {value:g})."
            ).format(max=MAX_TIME_LIMIT_S, value=time_limit_s),
        )


def prepare(
    session: Session, first: date, last: date, *, unlock_published: bool = False
) -> BuiltProblem:
    if last < first:
        raise ValidationError.single(
            "last", translate("Roster", "The last day cannot be before the first day.")
        )
    return build_problem(session, first, last, unlock_published=unlock_published)


def diff(
    before: dict[tuple[int, date], str], after: list[rt.Assignment], days: set[date]
) -> list[DiffRow]:
    target = {(a.person_id, a.day): a.shift_code for a in after}
    rows = [
        DiffRow(pid, day, before.get((pid, day), ""), target.get((pid, day), ""))
        for pid, day in set(before) | set(target)
        if day in days and before.get((pid, day), "") != target.get((pid, day), "")
    ]
    return sorted(rows, key=lambda r: (r.day, r.staff_id))


def run_auto_roster(
    built: BuiltProblem,
    time_limit_s: float,
    on_progress: Callable[[SolverProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> AutoResult:
    """Solve (pure: no database); safe to run on a worker thread.

    The context days around the planned ones are fixed in the problem; the result keeps only
    the planned days."""
    validate_time_limit(time_limit_s)
    from branchops.core.staff.solver import solve_roster

    problem = built.problem
    solution = solve_roster(problem, time_limit_s, on_progress, should_stop)
    days = frozenset(d for d in built.planned_days if built.is_decided(d))
    planned = tuple(a for a in solution.assignments if a.day in days)
    solution = replace(solution, assignments=planned)
    before = {(a.person_id, a.day): a.shift_code for a in built.assignments}
    changes = diff(before, list(planned), set(days)) if solution.has_roster else []
    read = {key: code for key, code in before.items() if key[1] in days}
    return AutoResult(built.first, built.last, solution, tuple(changes), built.kept, days, read)


def accept(
    uow: UnitOfWork,
    user: CurrentUser,
    result: AutoResult,
    *,
    reason: str = "",
    override_reason: str = "",
) -> int:
    """Save the solver's roster as the draft of the period; returns the number of changed cells.

    Cells of the planned days are compared with the database now: a cell someone changed since
    the solver read it (another PC, another window), to other than the solver's choice, refuses
    the whole roster with a ``ConflictError`` naming those cells, and nothing is saved. The days
    kept whole are not touched. A change to a published day needs ``reason`` and is recorded
    with it (``roster.edit_cells``)."""
    require(user, Permission.WRITE)
    if not result.solution.has_roster:
        raise ValidationError.single("result", translate("Roster", "There is no roster to accept."))
    current = {
        key: code
        for key, code in cells_between(uow.session, result.first, result.last).items()
        if key[1] in result.planned
    }
    target = {(a.person_id, a.day): a.shift_code for a in result.solution.assignments}
    edits = [
        CellEdit(pid, day, target.get((pid, day)))
        for pid, day in sorted(set(current) | set(target), key=lambda k: (k[1], k[0]))
        if current.get((pid, day), "") != target.get((pid, day), "")
    ]
    shown = {(e.staff_id, e.day): result.before.get((e.staff_id, e.day), "") for e in edits}
    return edit_cells(uow, user, edits, reason=reason, override_reason=override_reason, shown=shown)
