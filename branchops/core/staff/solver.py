"""Automatic rostering with OR-Tools CP-SAT: run the search, report progress, honour a cancel.

The model is built in ``solver_model`` (variables, hard rules, coverage) and
``solver_objective`` (soft goals in "minute points"); reported objective and bound are divided
by ``POINT``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from ortools.sat.python import cp_model, cp_model_helper

from branchops.core.staff.diagnosis import Diagnosis, diagnose, quick_checks
from branchops.core.staff.greedy import greedy_roster
from branchops.core.staff.roster_types import Assignment, RosterInputError, RosterProblem
from branchops.core.staff.solver_model import RosterModel
from branchops.core.staff.solver_objective import POINT
from branchops.core.staff.stop_watcher import StopWatcher
from branchops.i18n import translate

OPTIMAL = "optimal"
FEASIBLE = "feasible"
INFEASIBLE = "infeasible"
CANCELLED_WITH_SOLUTION = "cancelled_with_solution"
NO_SOLUTION_IN_TIME = "no_solution_in_time"

DIAGNOSIS_TIME_LIMIT_S = 10.0
LOWER_BOUND_PAIR = ("default_lp", "objective_lb_search")
LP_PAIR = ("default_lp", "eager_lp")
EAGER_LP: Mapping[str, Mapping[str, object]] = {"eager_lp": {"add_lp_constraints_lazily": False}}


@dataclass(frozen=True)
class SearchOptions:
    """How the search runs. The defaults are what ``benchmarks/bench_roster.py`` measured best
    (median gap over seeds and months); the other settings stay for that comparison.

    ``greedy_hint``: start from the greedy roster when there is no draft to start from;
    ``symmetry``: order interchangeable people (same contract, skills and days away) by the
    shifts they get; ``presolve``: CP-SAT's presolve (off: it turns the "at least one supervisor
    or warden" rows into clauses the LP leaves out, and the bound stalls);
    ``subsolvers``: the full-problem workers, one per worker (empty: CP-SAT's own mix, which
    on two workers is one LP search and one thread shared by first-solution, local and
    neighbourhood searches). The default, ``LP_PAIR`` on three workers: the LP search, the same
    search with every LP constraint added at once (``EAGER_LP``), and one thread for first
    solutions, local and neighbourhood searches; on two cores it beat CP-SAT's own mix on two
    workers in every month measured (median and worst gap over six seeds). The LP search
    beside the objective lower-bound search (``LOWER_BOUND_PAIR``) closes the gap sooner, but
    its first roster comes seconds later; ``parameters``: other CP-SAT parameters by name;
    ``worker_parameters``: parameters of one named worker (``"default_lp"``: the LP search),
    merged over the others for it alone."""

    num_workers: int = 3
    relative_gap_limit: float = 0.01
    greedy_hint: bool = False
    symmetry: bool = False
    presolve: bool = False
    subsolvers: tuple[str, ...] = LP_PAIR
    parameters: Mapping[str, object] = field(default_factory=dict)
    worker_parameters: Mapping[str, Mapping[str, object]] = field(
        default_factory=lambda: dict(EAGER_LP)
    )


@dataclass(frozen=True)
class SolverProgress:
    objective: float
    bound: float
    gap: float
    elapsed_s: float
    solutions: int


@dataclass(frozen=True)
class RosterSolution:
    """``status`` 'optimal' means proven optimal (gap 0); a roster within the gap limit that is
    not proven optimal is 'feasible' with its ``gap``. ``cancelled`` is set whenever the user
    stopped the search, also when nothing was found yet ('no_solution_in_time')."""

    status: str
    assignments: tuple[Assignment, ...]
    objective: float | None
    bound: float | None
    gap: float | None
    wall_time: float
    first_solution_time: float | None
    diagnosis: tuple[Diagnosis, ...] = ()
    cancelled: bool = False

    @property
    def has_roster(self) -> bool:
        return self.status in (OPTIMAL, FEASIBLE, CANCELLED_WITH_SOLUTION)


def solve_roster(
    problem: RosterProblem,
    time_limit_s: float,
    on_progress: Callable[[SolverProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    *,
    num_workers: int | None = None,
    relative_gap_limit: float | None = None,
    options: SearchOptions | None = None,
) -> RosterSolution:
    """Find a roster meeting every hard rule, as good as possible on the soft goals.

    ``on_progress`` is called from a solver thread on every improving roster and better bound;
    ``should_stop`` is polled from a helper thread (read a flag, do no GUI work) and cancels the
    search, keeping the best roster found so far. The search also stops once the gap between
    the best roster and the bound is at most ``relative_gap_limit``.
    """
    if not time_limit_s > 0:
        raise RosterInputError(
            translate(
                "RosterSolver", "The time limit must be more than 0 seconds (got {value})."
            ).format(value=time_limit_s)
        )
    options = options or SearchOptions()
    if num_workers is not None:
        options = replace(options, num_workers=num_workers)
    if relative_gap_limit is not None:
        options = replace(options, relative_gap_limit=relative_gap_limit)
    started = time.perf_counter()
    hints: tuple[Assignment, ...] | list[Assignment] = ()
    if options.greedy_hint and not problem.current:
        hints = greedy_roster(problem)
    built = RosterModel(problem, hints=hints, symmetry=options.symmetry)
    solver = _solver(options, time_limit_s)
    tracker = _Tracker(solver, started, on_progress, should_stop)
    solver.best_bound_callback = tracker.on_bound
    with StopWatcher(solver, should_stop) as watcher:
        status = solver.solve(built.model, tracker)
    if tracker.error is not None:
        raise tracker.error
    return _solution(
        problem,
        built,
        solver,
        status,
        tracker,
        watcher.cancelled or tracker.cancelled,
        started,
        time_limit_s,
        should_stop,
    )


def _solver(options: SearchOptions, time_limit_s: float) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit_s
    solver.parameters.num_workers = options.num_workers
    solver.parameters.relative_gap_limit = options.relative_gap_limit
    solver.parameters.random_seed = 7
    solver.parameters.cp_model_presolve = options.presolve
    if options.subsolvers and options.num_workers >= len(options.subsolvers):
        solver.parameters.num_full_subsolvers = len(options.subsolvers)
        solver.parameters.subsolvers.extend(options.subsolvers)
    _set_parameters(solver.parameters, options.parameters)
    for worker, changes in options.worker_parameters.items():
        named = cp_model_helper.SatParameters()
        named.name = worker
        _set_parameters(named, changes)
        solver.parameters.subsolver_params.append(named)
    return solver


def _set_parameters(
    parameters: cp_model_helper.SatParameters, values: Mapping[str, object]
) -> None:
    for name, value in values.items():
        if isinstance(value, list | tuple):
            getattr(parameters, name).extend(value)  # a repeated field
        else:
            setattr(parameters, name, value)


def _solution(
    problem: RosterProblem,
    built: RosterModel,
    solver: cp_model.CpSolver,
    status: cp_model.CpSolverStatus,
    tracker: _Tracker,
    cancelled: bool,
    started: float,
    time_limit_s: float,
    should_stop: Callable[[], bool] | None,
) -> RosterSolution:
    if status == cp_model.MODEL_INVALID:
        raise RuntimeError(built.model.validate())
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        objective = solver.objective_value / POINT
        raw_bound = max(0.0, solver.best_objective_bound)
        bound = raw_bound / POINT
        gap = _gap(solver.objective_value, raw_bound)
        if status == cp_model.OPTIMAL and gap == 0:
            name = OPTIMAL
        else:
            name = CANCELLED_WITH_SOLUTION if cancelled else FEASIBLE
        return RosterSolution(
            name,
            built.assignments(solver),
            objective,
            bound,
            gap,
            time.perf_counter() - started,
            tracker.first_solution_time,
            cancelled=cancelled,
        )
    if status == cp_model.INFEASIBLE:
        found = diagnose(problem, min(time_limit_s, DIAGNOSIS_TIME_LIMIT_S), should_stop)
        name = INFEASIBLE
    else:
        found = quick_checks(problem)
        name = NO_SOLUTION_IN_TIME
    return RosterSolution(
        name,
        (),
        None,
        None,
        None,
        time.perf_counter() - started,
        None,
        tuple(found),
        cancelled=cancelled,
    )


def _gap(objective: float, bound: float) -> float:
    return abs(objective - bound) / max(1.0, abs(objective))


class _Tracker(cp_model.CpSolverSolutionCallback):
    """Reports every improving roster and every better bound once a roster exists."""

    def __init__(
        self,
        solver: cp_model.CpSolver,
        started: float,
        on_progress: Callable[[SolverProgress], None] | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        super().__init__()
        self.solver = solver
        self.should_stop = should_stop
        self.cancelled = False
        self.started = started
        self.on_progress = on_progress
        self.solutions = 0
        self.first_solution_time: float | None = None
        self.error: BaseException | None = None
        self._objective: float | None = None
        self._bound = 0.0  # every cost term is >= 0; CP-SAT's first bounds may be negative
        self._lock = threading.Lock()

    def on_solution_callback(self) -> None:
        with self._lock:
            elapsed = time.perf_counter() - self.started
            self.solutions += 1
            if self.first_solution_time is None:
                self.first_solution_time = elapsed
            self._objective = self.objective_value
            self._bound = max(self._bound, self.best_objective_bound)
            self._report(elapsed)
            # checked here too so a cancel takes effect at once, not at the next poll
            if self.should_stop is not None and self.should_stop():
                self.cancelled = True
                self.stop_search()

    def on_bound(self, bound: float) -> None:
        with self._lock:
            self._bound = max(self._bound, bound)
            if self._objective is not None:
                self._report(time.perf_counter() - self.started)

    def _report(self, elapsed: float) -> None:
        if self.on_progress is None or self.error is not None or self._objective is None:
            return
        objective, bound = self._objective, self._bound
        progress = SolverProgress(
            objective / POINT, bound / POINT, _gap(objective, bound), elapsed, self.solutions
        )
        try:
            self.on_progress(progress)
        except Exception as error:  # raised to the caller once the solver has returned
            self.error = error
            self.solver.stop_search()
