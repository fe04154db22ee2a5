"""Monthly HQ workbook on the five-year (``--scale large``) demo database, as whole processes.

    .venv/bin/python benchmarks/bench_report.py [--db .bench/large-demo.sqlite3] [--runs 5]

Prints figures; not a pass/fail test. Goals: the whole ``branchops report`` process for the
demo's last full month in at most 3 s, and at most 4x a whole process that dumps the same cells
with openpyxl's write-only mode (interpreter start and imports included in both), alternating,
median of >= 5 runs. The CPU time (user + system) of the same processes is printed too: on a
machine shared with other work it is the figure that the load does not inflate.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import MIN_RUNS, figure, large_db, runs_arg, stats, verdict, whole_process_cpu
from python_calamine import CalamineWorkbook

from branchops import clock
from branchops.core.period import Month

TIME_GOAL = 3.0
RATIO_GOAL = 4.0

DUMP = """
import pickle, sys
from openpyxl import Workbook
with open(sys.argv[1], "rb") as f:
    sheets = pickle.load(f)
wb = Workbook(write_only=True)
for name, rows in sheets.items():
    ws = wb.create_sheet(name)
    for row in rows:
        ws.append(row)
wb.save(sys.argv[2])
"""


def cells_of(path: Path) -> tuple[dict[str, list[list]], int]:
    book = CalamineWorkbook.from_path(str(path))
    sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    book.close()
    count = sum(1 for rows in sheets.values() for row in rows for cell in row if cell != "")
    return sheets, count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=runs_arg, default=MIN_RUNS)
    args = parser.parse_args()
    db = large_db(args.db)
    month = Month.of(clock.today()).previous
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        report = [sys.executable, "-m", "branchops", "report", "--db", str(db), "--month",
                  str(month), "--out", str(out / "report.xlsx")]  # fmt: skip
        whole_process_cpu(report)  # the first run may back up or migrate a copied database
        sheets, count = cells_of(out / "report.xlsx")
        cells = out / "cells.pickle"
        cells.write_bytes(pickle.dumps(sheets))
        dump = [sys.executable, "-c", DUMP, str(cells), str(out / "plain.xlsx")]
        ours, plain, ours_cpu, plain_cpu = [], [], [], []
        for _ in range(args.runs):
            for walls, cpus, command in ((ours, ours_cpu, report), (plain, plain_cpu, dump)):
                wall, cpu = whole_process_cpu(command)
                walls.append(wall)
                cpus.append(cpu)
    total, baseline = stats(ours)[0], stats(plain)[0]
    cpu_total, cpu_baseline = stats(ours_cpu)[0], stats(plain_cpu)[0]
    print(f"month {month}, {len(sheets)} sheets, {count} non-empty cells; whole processes, "
          f"{args.runs} runs each, alternating")  # fmt: skip
    print(
        f"branchops report:                         {figure(ours, 's')} "
        f"(goal <= {TIME_GOAL} s: {verdict(total, TIME_GOAL)})"
    )
    print(f"openpyxl write-only dump of the same cells: {figure(plain, 's')}")
    print(
        f"report / dump: {total / baseline:.1f}x (goal <= {RATIO_GOAL}x: "
        f"{verdict(total / baseline, RATIO_GOAL)})"
    )
    print(f"CPU time, branchops report:               {figure(ours_cpu, 's')}")
    print(f"CPU time, openpyxl write-only dump:       {figure(plain_cpu, 's')}")
    print(
        f"CPU report / dump: {cpu_total / cpu_baseline:.1f}x (the wall-time goal's ratio, "
        f"measured in CPU time: <= {RATIO_GOAL}x: {verdict(cpu_total / cpu_baseline, RATIO_GOAL)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
