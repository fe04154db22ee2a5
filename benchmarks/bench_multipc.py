"""Several PCs on one PostgreSQL database: throughput of the writers' mix with 1 and 4 workers.

    BRANCHOPS_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5433/postgres \\
        .venv/bin/python benchmarks/bench_multipc.py [--runs 5] [--seconds 5]

Each run copies a database migrated to head, seeds the shared records, and lets N worker
processes run the mix of ``tests/db/writer_mix.py`` (the proof test's) for ``--seconds``. Prints
acknowledged saves per second and conflicts per second, median (min-max) of the runs, for 1 and
4 workers, and their ratio. A figure, not a pass/fail test; without a configured server it says
so and does nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from benchmarks.benchlib import MIN_RUNS, runs_arg
from branchops import clock
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database
from tests.db.writer_mix import seed, worker

PG_URL = os.environ.get("BRANCHOPS_TEST_PG_URL", "")


def _url(database: str) -> str:
    return make_url(PG_URL).set(database=database).render_as_string(hide_password=False)


def one_run(template: str, workers: int, seconds: float) -> tuple[float, float]:
    name = f"branchops_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        db, _ = open_database(DatabaseTarget.parse(_url(name)), upgrade=False)
        staff_id, action_id = seed(db)
        db.dispose()
        context = multiprocessing.get_context("spawn")
        out = context.Queue()
        now = clock.now().isoformat()
        processes = [
            context.Process(
                target=worker, args=(_url(name), i, action_id, staff_id, now, out, seconds)
            )
            for i in range(workers)
        ]
        for process in processes:
            process.start()
        results = [out.get(timeout=seconds * 10 + 120) for _ in processes]
        for process in processes:
            process.join(timeout=60)
        saves = sum(len(acked) for acked, _ in results)
        conflicts = sum(counts.get("conflict", 0) for _, counts in results)
        crashes = sum(n for _, counts in results for k, n in counts.items() if k != "conflict")
        if crashes:
            raise SystemExit(f"{crashes} refusals were not conflicts: {results[0][1]}")
        return saves / seconds, conflicts / seconds
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _figure(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=runs_arg, default=MIN_RUNS)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    if not PG_URL:
        print("bench_multipc: skipped, no PostgreSQL server configured (BRANCHOPS_TEST_PG_URL)")
        return 0
    template = f"branchops_bench_template_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{template}"'))
    try:
        db, _ = open_database(DatabaseTarget.parse(_url(template)))
        db.dispose()
        medians = {}
        for workers in (1, 4):
            runs = [one_run(template, workers, args.seconds) for _ in range(args.runs)]
            saves = [s for s, _ in runs]
            medians[workers] = statistics.median(saves)
            print(
                f"{workers} worker(s): {_figure(saves)} acknowledged saves/s, "
                f"{_figure([c for _, c in runs])} conflicts/s "
                f"(median (min-max) of {args.runs} runs of {args.seconds:g} s)",
                flush=True,
            )
        print(f"4 workers / 1 worker: {medians[4] / medians[1]:.2f}x the saves per second")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
