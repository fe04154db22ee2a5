"""HQ consolidation speed: 200 branch workbooks, next to pandas reading the same files.

    .venv/bin/python benchmarks/bench_consolidate.py [--branches 200]

Prints figures; not a pass/fail test. Goals, whole processes (interpreter start included),
median of >= 5 alternating runs: consolidate (read and verify every data sheet, check the
visible sheets against its figures digest, write the consolidated workbook) in at most half the
time pandas.read_excel(engine="openpyxl") + concat takes, and no slower than pandas on
engine="calamine" reading the same sheets. The branch workbooks are made as an export makes
them: rendered sheets, their figures digest in the data sheet.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import MIN_RUNS, figure, runs_arg, stats, verdict, whole_process_cpu

from branchops.core import kpi
from branchops.excel.datasheet import DataPayload, KpiValue, write_data_sheet
from branchops.excel.datasheet.figures import FiguresDigest
from branchops.excel.render import RenderOptions, new_workbook, render_sheet
from branchops.excel.sheetmodel import Column, Kind, SheetModel, Table, Title

PERIOD = "2026-10"
AREA_ROWS = 120  # rows on each area sheet, like a busy branch's month


def branch_workbook(path: Path, index: int, rng: random.Random) -> None:
    """A workbook shaped like a real monthly report: summary, three area sheets, data."""
    code = f"BR{index:04d}"
    values = [
        KpiValue(k.key, round(rng.uniform(0, 100), 2), k.unit.value, k.label, k.higher_is_better)
        for k in kpi.all_kpis()
    ]  # as an export writes them (schema v2: label and direction on each KPI row)
    wb = new_workbook()
    figures = FiguresDigest()  # as an export makes it: HQ checks the visible sheets against it
    options = RenderOptions(figures=figures)
    rows = [[v.key, v.value, v.value, v.value, v.value, 90.0, "green"] for v in values]
    columns = [Column("KPI"), *(Column(h, Kind.DECIMAL) for h in "ABCDE"), Column("S", Kind.STATUS)]
    render_sheet(
        wb,
        SheetModel("汇总", [Title(f"{code} 月度报表"), Table(columns, rows, main=True)]),
        options,
    )
    for area in ("质量", "整改", "人员"):
        table = [
            [f"{area}记录 {n}", rng.random() * 100, rng.randint(0, 9), f"备注 {n}"]
            for n in range(AREA_ROWS)
        ]
        cols = [
            Column("项目"),
            Column("得分", Kind.SCORE),
            Column("次数", Kind.INT),
            Column("说明"),
        ]
        render_sheet(wb, SheetModel(area, [Title(area), Table(cols, table, main=True)]), options)
    payload = DataPayload(
        code,
        f"第{index}支行",
        "华东区",
        PERIOD,
        "0.1.0",
        f"{PERIOD}-31T18:00:00+08:00",
        1,
        "zh_CN",
        True,
        0,
        tuple(values),
        figures_sha256=figures.hexdigest(),
    )
    write_data_sheet(wb, payload)
    wb.save(path)


# The same sheets as consolidation reads: the data sheet, and every visible sheet, whose figures
# HQ checks against the data sheet's digest.
PANDAS = """
import sys
import pandas as pd
engine, files = sys.argv[1], sys.argv[2:]
books = [pd.read_excel(f, sheet_name=None, header=None, engine=engine) for f in files]
pd.concat([book["data"] for book in books], keys=files)
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--branches", type=int, default=200)
    parser.add_argument("--runs", type=runs_arg, default=MIN_RUNS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rng = random.Random(42)
        start = time.perf_counter()
        files = []
        for index in range(1, args.branches + 1):
            path = folder / f"BR{index:04d}_{PERIOD}.xlsx"
            branch_workbook(path, index, rng)
            files.append(path)
        made = time.perf_counter() - start
        size = sum(f.stat().st_size for f in files) / len(files) / 1024
        print(f"generated {len(files)} branch workbooks in {made:.1f} s ({size:.0f} KiB each)")
        names = [str(f) for f in files]
        commands = {
            "ours": [
                sys.executable,
                "-m",
                "branchops",
                "consolidate",
                "--out",
                str(folder / "hq.xlsx"),
                *names,
            ],
            "openpyxl": [sys.executable, "-c", PANDAS, "openpyxl", *names],
            "calamine": [sys.executable, "-c", PANDAS, "calamine", *names],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # alternating, whole processes
            for name, command in commands.items():
                wall, used = whole_process_cpu(command)
                times[name].append(wall)
                cpu[name].append(used)
    ours, openpyxl, calamine = (stats(times[n])[0] for n in ("ours", "openpyxl", "calamine"))
    print(f"whole processes, {args.runs} runs each, alternating; {args.branches} workbooks")
    print(f"branchops consolidate (read, verify, write):       {figure(times['ours'], 's')}")
    print(f"pandas read_excel(engine='openpyxl') + concat:     {figure(times['openpyxl'], 's')}")
    print(f"pandas read_excel(engine='calamine') + concat:     {figure(times['calamine'], 's')}")
    print(
        f"ours / pandas openpyxl: {ours / openpyxl:.2f} (goal <= 0.50: "
        f"{verdict(ours / openpyxl, 0.5)})"
    )
    print(
        f"ours / pandas calamine: {ours / calamine:.2f} (goal <= 1.00: "
        f"{verdict(ours / calamine, 1.0)})"
    )
    for name, label in (
        ("ours", "ours"),
        ("openpyxl", "pandas openpyxl"),
        ("calamine", "pandas calamine"),
    ):
        print(f"CPU time, {label}: {figure(cpu[name], 's')}")
    mine, theirs = stats(cpu["ours"])[0], stats(cpu["calamine"])[0]
    print(f"CPU ours / pandas calamine: {mine / theirs:.2f} (goal's ratio in CPU time, <= 1.00: "
          f"{verdict(mine / theirs, 1.0)})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
