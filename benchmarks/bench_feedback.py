"""Customer feedback at the five-year size: the demo step, the list, KPIs, the HQ sheet, imports.

    .venv/bin/python benchmarks/bench_feedback.py [--db .bench/large-demo.sqlite3] [--runs 5]

Without ``--db`` a ``--scale large`` demo is built in a temporary folder and its steps are timed.
Prints figures (medians); not a pass/fail test. Goals: the demo step a few seconds for over
500,000 records; the list's first page and every filter <= 300 ms; the KPI table of a month and
the feedback sheet <= 1 s; 100,000 survey rows imported <= 30 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook
from sqlalchemy import func, select

from branchops import clock
from branchops.core import demo as demo_steps
from branchops.core.branch.queries import load_profile
from branchops.core.demo import Scale
from branchops.core.demo.service import generate_demo
from branchops.core.feedback.models import Complaint, FeedbackRecord
from branchops.core.feedback.queries import count_feedback, list_feedback
from branchops.core.kpi import all_kpis, kpi_table
from branchops.core.listing import ListQuery
from branchops.core.period import Month, month_range
from branchops.core.users.permissions import SINGLE_USER
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import Database, open_database
from branchops.excel.imports import commit_parsed, get_kind, parse_file
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.registry import builders

GOAL_MS = 300


def median_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_large(folder: Path) -> tuple[Database, dict[str, float]]:
    path = folder / "large.sqlite3"
    db, _ = open_database(DatabaseTarget.parse(path), folder / "backups")
    timings: dict[str, float] = {}
    registry = demo_steps.STEPS
    for step in demo_steps.steps():

        def timed(ctx, step=step):
            start, cpu = time.perf_counter(), time.process_time()
            step.run(ctx)
            timings[step.key] = time.perf_counter() - start
            timings[f"{step.key} cpu"] = time.process_time() - cpu

        registry._items[step.key] = demo_steps.DemoStep(step.key, step.order, timed)
    start = time.perf_counter()
    generate_demo(db, scale=Scale.LARGE, months=60, staff=60)
    timings["whole demo"] = time.perf_counter() - start
    return db, timings


def list_figures(db: Database, runs: int) -> None:
    month = Month.of(clock.today()).previous
    cases = {
        "first page (newest first)": ListQuery(),
        "month": ListQuery(filters={"month": month}),
        "type: complaints": ListQuery(filters={"kind": "complaint"}),
        "type: ratings": ListQuery(filters={"kind": "rating"}),
        "channel: phone": ListQuery(filters={"channel": "phone"}),
        "month + type + channel": ListQuery(
            filters={"month": month, "kind": "rating", "channel": "survey"}
        ),
        "search 排队 (text)": ListQuery(search="排队"),
        "search a staff name": ListQuery(search="王"),
        "search with no match": ListQuery(search="无此内容"),
        "sort by rating, descending": ListQuery(sort_key="rating", descending=True),
        "sort by channel, descending": ListQuery(sort_key="channel", descending=True),
    }
    for name, query in cases.items():

        def page(query=query) -> None:
            with db.session() as session:
                list_feedback(session, query)
                count_feedback(session, query)

        figure = median_of(runs, page) * 1000
        flag = "" if figure <= GOAL_MS else "  NOT met"
        print(f"  list {name:<30} {figure:7.1f} ms (page of 200 + count){flag}")


def report_figures(db: Database, runs: int) -> None:
    month = Month.of(clock.today()).previous
    with db.session() as session:
        profile = load_profile(session)
        feedback_keys = [k.key for k in all_kpis() if k.area == "feedback"]

        start = month.fiscal_year_start(profile.fiscal_year_start_month)
        months = {*month_range(start, month), month.previous, month.same_month_last_year}

        def feedback_kpis() -> None:
            """The feedback rows of the KPI table: every month it compares."""
            session.info.clear()
            for kpi in all_kpis():
                if kpi.key in feedback_keys:
                    for each in months:
                        kpi.monthly(session, each)

        def whole_table() -> None:
            session.info.clear()
            kpi_table(session, month, profile.fiscal_year_start_month)

        figure = median_of(runs, feedback_kpis) * 1000
        print(
            f"  feedback KPIs in the KPI table of {month} ({len(months)} months): {figure:7.1f} ms"
        )
        table = median_of(runs, whole_table)
        print(f"  KPI table of {month} (all areas): {table * 1000:7.1f} ms (goal <= 1000)")
        builder = next(b for b in builders() if b.key == "feedback")

        def sheet() -> None:
            session.info.clear()
            ctx = ReportContext(
                session=session,
                month=month,
                profile=profile,
                kpis=[],
                gaps=[],
                generated_at=clock.now_local(),
                revision=1,
                language="zh_CN",
                mask_pii=True,
                app_version="bench",
            )
            builder.build(ctx)

        figure = median_of(runs, sheet)
        print(f"  feedback sheet of {month}:       {figure * 1000:7.1f} ms (goal <= 1000)")


def survey_file(path: Path, rows: int) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("满意度调查")
    ws.append(["日期", "时间", "渠道", "柜员", "类别", "满意度", "推荐意愿", "意见"])
    rng = random.Random(5)
    start = clock.today() - timedelta(days=200)
    words = ("满意", "满意", "满意", "基本满意", "不满意")
    for _ in range(rows):
        day = start + timedelta(days=rng.randrange(180))
        minute = rng.randrange(9 * 60, 17 * 60)
        ws.append(
            [day, f"{minute // 60}:{minute % 60:02d}", "评价器", None, "服务态度",
             rng.choice(words), rng.randint(0, 10), "" if rng.random() < 0.9 else "服务很好"]
        )  # fmt: skip
    wb.save(path)


def import_figures(db_path: Path, folder: Path, rows: int) -> None:
    copy = folder / "import.sqlite3"
    shutil.copyfile(db_path, copy)
    path = folder / "survey.xlsx"
    survey_file(path, rows)
    db, _ = open_database(DatabaseTarget.parse(copy), folder / "backups2")
    start = time.perf_counter()
    parsed = parse_file(get_kind("survey"), path)
    read = time.perf_counter() - start
    summary = commit_parsed(db, SINGLE_USER, parsed)
    total = time.perf_counter() - start
    db.dispose()
    print(
        f"  import survey, {summary.created:,} rows: {total:.1f} s (reading and checking "
        f"{read:.1f} s) (goal <= 30 s)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.db:
            db, _ = open_database(DatabaseTarget.parse(args.db), args.db.parent / "backups")
            db_path = args.db
        else:
            db, timings = build_large(folder)
            db_path = folder / "large.sqlite3"
            print(f"  demo --scale large: {timings['whole demo']:.1f} s (goal <= 90 s)")
            print(
                f"  of which the feedback step: {timings['feedback']:.1f} s "
                f"({timings['feedback cpu']:.1f} s of CPU; goal: a few seconds)"
            )
        with db.session() as session:
            records = session.scalar(select(func.count(FeedbackRecord.id)))
            complaints = session.scalar(select(func.count(Complaint.id)))
        print(f"  {records:,} feedback records, {complaints:,} complaints")
        list_figures(db, args.runs)
        report_figures(db, args.runs)
        db.dispose()
        import_figures(db_path, folder, args.import_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
