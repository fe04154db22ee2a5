"""Budget against actual on the five-year (``--scale large``) demo database.

    .venv/bin/python benchmarks/bench_budget.py [--db .bench/large-demo.sqlite3] [--runs 5]

Prints figures; not a pass/fail test. Goals: the variance report of the running fiscal year
(what the variance screen shows) and the budget sheet of the monthly workbook each compute in at
most 1 s, median (min-max) of >= 5 runs, each run in a fresh session (nothing cached).
The expense list's first paint is measured by ``bench_lists.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import MIN_RUNS, figure, large_db, runs_arg, stats, verdict

from branchops import clock
from branchops.core.branch.queries import load_profile
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.models import Expense
from branchops.core.budget.variance import CURRENT, variance_report
from branchops.core.period import Month
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import Database, open_database
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.registry import builders

GOAL_S = 1.0


def timed(runs: int, db: Database, action: Callable[..., object]) -> list[float]:
    times = []
    for _ in range(runs):
        with db.session() as session:
            start = time.perf_counter()
            action(session)
            times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=runs_arg, default=MIN_RUNS)
    args = parser.parse_args()
    path = large_db(args.db)
    db, _ = open_database(DatabaseTarget.parse(path), path.parent / "backups")
    month = Month.of(clock.today())
    with db.session() as session:
        expenses = session.query(Expense).count()
    print(f"on {path.name}, {expenses:,} expenses, month {month}, {args.runs} runs each")

    def variance(session) -> None:
        year = FiscalYear.of(month, start_month(session))
        variance_report(session, year, month, CURRENT, clock.today(), "Total")

    builder = next(b for b in builders() if b.key == "budget")

    def sheet(session) -> None:
        ctx = ReportContext(
            session=session,
            month=month,
            profile=load_profile(session),
            kpis=[],
            gaps=[],
            generated_at=clock.now_local(),
            revision=1,
            language="zh_CN",
            mask_pii=True,
            app_version="bench",
        )
        builder.build(ctx)

    for name, action in (("variance report", variance), ("budget sheet", sheet)):
        times = timed(args.runs, db, action)
        median = stats(times)[0]
        print(f"  {name:<16} {figure(times)} (goal <= {GOAL_S:.0f} s: {verdict(median, GOAL_S)})")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
