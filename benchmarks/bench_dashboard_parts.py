"""Where the dashboard's time goes: each part of its loader on the large demo, no window.

Each run is a whole new process that imports PySide6 (as the app has by then), opens the
database, then runs the dashboard's ``DashboardLoader`` for the running month in its one thread,
stamping each piece as it is handed over: the first steps, the tiles of every area, the agenda,
the chart list and the visible chart, drawn (no picture kept from an earlier start, see
``ui/dashboard/chart_cache.py``). The parts add up to what ``bench_startup.py``'s "dashboard
complete after window shown" spends, without the window's own work beside it. Prints figures;
it is not a test.

    .venv/bin/python benchmarks/bench_dashboard_parts.py [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import MIN_RUNS, child_env, figure, large_db, run_counted, runs_arg

CHILD = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QCoreApplication
app = QCoreApplication(sys.argv[:1])
def stamp(name):
    print(f"{name} {time.perf_counter() - started:.6f}", flush=True)
from branchops import clock
from branchops.core.period import Month
from branchops.db.lifecycle import open_database
from branchops.db.target import DatabaseTarget
db, _ = open_database(DatabaseTarget.parse(sys.argv[1]))
stamp("open")
from branchops.ui.dashboard.loader import DashboardLoader
loader = DashboardLoader(db, Month.of(clock.today()), 1)
loader.signals.steps.connect(lambda *_: stamp("steps"))
loader.signals.tiles.connect(lambda *_: stamp("tiles"))
loader.signals.agenda.connect(lambda *_: stamp("agenda"))
loader.signals.chart_list.connect(lambda *_: stamp("chart_list"))
loader.signals.chart.connect(lambda *_: stamp("chart"))
loader.signals.failed.connect(lambda _g, what: stamp("failed:" + what))
loader.work()
stamp("done")
db.dispose()
"""

PARTS = (
    ("open", "database opened (SQLAlchemy, models)"),
    ("steps", "first steps"),
    ("tiles", "tiles of every area"),
    ("agenda", "agenda"),
    ("chart_list", "chart list"),
    ("chart", "visible chart drawn (matplotlib imported)"),
)


def _run(db: Path) -> tuple[dict[str, float], float]:
    run = run_counted([sys.executable, "-c", CHILD, str(db)], child_env())
    stamps: dict[str, float] = {}
    for line in run.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name.startswith("failed:") or run.returncode != 0:
            raise SystemExit(f"the loader failed:\n{run.stdout}\n{run.stderr}")
        stamps[name] = float(value)  # the last of several (tiles) is kept
    return stamps, run.cpu_s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=runs_arg, default=MIN_RUNS)
    args = parser.parse_args()
    db = large_db(args.db)
    _run(db)  # the first open after a copy may migrate or back up
    runs = [_run(db) for _ in range(args.runs)]
    print(f"on {db.name}, {args.runs} runs, whole processes; load {os.getloadavg()[0]:.2f}")
    before = "open"
    for key, label in PARTS:
        values = [r[key] - (r[before] if key != "open" else 0.0) for r, _ in runs]
        print(f"  {label:<42} {figure(values, 's')}")
        before = key
    after_open = [r["chart"] - r["open"] for r, _ in runs]
    print(f"  {'loader, first steps to visible chart':<42} {figure(after_open, 's')}")
    print(f"  {'CPU of the whole process':<42} {figure([cpu for _, cpu in runs], 's')}")


if __name__ == "__main__":
    main()
