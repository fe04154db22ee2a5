"""Staff import speed: a 20,000-row staff list through ``branchops import staff``, whole process.

    .venv/bin/python benchmarks/bench_import.py [--rows 20000] [--runs 5]

Each run starts a fresh process on a fresh copy of an empty database (migrated once), exactly as
a user's command line would. Prints every run and the medians of the wall time and of the
process's CPU time (user + system; steady when other programs load the machine); not a
pass/fail test.
Goal (issue 16): at most 20 s for 20,000 rows.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

POSITIONS = ("柜员", "大堂经理", "客户经理", "保安", "保洁", "主任")
SKILLS = ("柜员上岗", "急救", "消防", "理财资格", "现场主管")


def staff_file(path: Path, rows: int) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("人员名单")
    ws.append(["工号", "姓名", "岗位", "用工类型", "每周合同工时", "入职日期", "技能", "手机"])
    for n in range(1, rows + 1):
        ws.append(
            [
                f"E{n:05d}",
                f"员工{n}",
                POSITIONS[n % len(POSITIONS)],
                "兼职" if n % 7 == 0 else "全职",
                20 if n % 7 == 0 else 40,
                f"20{10 + n % 15}-0{1 + n % 9}-1{n % 9}",
                "、".join(SKILLS[: 1 + n % 3]),
                f"138{n:08d}",
            ]
        )
    wb.save(path)
    return path


def run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = staff_file(work / "staff.xlsx", args.rows)
        empty = work / "empty.sqlite3"
        env = os.environ | {"BRANCHOPS_DATA_DIR": str(work / "data")}
        command = [sys.executable, "-m", "branchops"]
        subprocess.run(
            [*command, "migrate", "--db", str(empty)],
            check=True,
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        times, cpu_times = [], []
        for number in range(1, args.runs + 1):
            db = work / f"run{number}.sqlite3"
            shutil.copy(empty, db)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(
                [*command, "import", "staff", "--db", str(db), str(source)],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                print(done.stderr[-2000:], file=sys.stderr)
                return 1
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            times.append(elapsed)
            cpu_times.append(cpu)
            line = done.stdout.strip().splitlines()[0]
            print(f"run {number}: {elapsed:.2f} s wall, {cpu:.2f} s CPU  ({line})", flush=True)
        print(
            f"import staff, {args.rows} rows: median {statistics.median(times):.2f} s wall, "
            f"{statistics.median(cpu_times):.2f} s CPU (the process's own time; the wall time "
            "grows with other load on the machine)"
        )
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    sys.exit(run(parser.parse_args()))
