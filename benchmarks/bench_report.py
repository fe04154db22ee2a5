"""Monthly HQ workbook speed on the five-year (``--scale large``) demo database.

    .venv/bin/python benchmarks/bench_report.py [--db .bench/large-demo.sqlite3] [--runs 3]

Prints figures; not a pass/fail test. Goals: the workbook of the demo's last full month in at
most 3 s, and at most 4x a plain openpyxl write-only dump of the same cells (same run). The
figures are split into computing (KPI registry and area services) and writing, since the
writing is what the dump compares with.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from branchops import clock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from branchops.core.branch.service import load_profile
from branchops.core.demo import Scale
from branchops.core.demo.service import generate_demo
from branchops.core.kpi import kpi_table
from branchops.core.period import Month
from branchops.core.reports.completeness import run_checks
from branchops.core.users.permissions import SINGLE_USER
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import Database, open_database
from branchops.excel.datasheet import write_data_sheet
from branchops.excel.render import RenderOptions, new_workbook, render_sheet
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from branchops.excel.workbook.build import data_payload
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.registry import builders

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / ".bench" / "large-demo.sqlite3"


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def large_demo(path: Path) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists()
    db, _ = open_database(DatabaseTarget.parse(path), path.parent / "backups")
    if fresh:
        start = time.perf_counter()
        generate_demo(db, scale=Scale.LARGE, months=60, staff=60)
        print(f"built the large demo database in {time.perf_counter() - start:.1f} s")
    return db


def models_and_context(db: Database, month: Month) -> tuple[list, ReportContext]:
    """The sheet models with everything computed, as the export builds them."""
    with db.session() as session:
        profile = load_profile(session)
        ctx = ReportContext(
            session=session,
            month=month,
            profile=profile,
            kpis=kpi_table(session, month, profile.fiscal_year_start_month),
            gaps=run_checks(session, month),
            generated_at=clock.now_local(),
            revision=1,
            language="zh_CN",
            mask_pii=True,
            app_version="bench",
        )
        models = [m for m in (b.build(ctx) for b in builders()) if m is not None]
    return models, ctx


def write(models: list, ctx: ReportContext, path: Path) -> None:
    wb = new_workbook()
    for model in models:
        render_sheet(wb, model, RenderOptions())
    write_data_sheet(wb, data_payload(ctx))
    wb.save(path)


def plain_dump(sheets: dict[str, list[list]], path: Path) -> None:
    wb = Workbook(write_only=True)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)


def cells_of(path: Path) -> tuple[dict[str, list[list]], int]:
    book = CalamineWorkbook.from_path(str(path))
    sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    book.close()
    count = sum(1 for rows in sheets.values() for row in rows for cell in row if cell != "")
    return sheets, count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    db = large_demo(args.db)
    month = Month.of(clock.today()).previous
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        request = ReportRequest(month, out / "report.xlsx")
        total = best_of(args.runs, lambda: export_monthly_workbook(db, SINGLE_USER, request))
        models, ctx = models_and_context(db, month)
        with db.session() as session:
            kpis = best_of(1, lambda: kpi_table(session, month, 1))
        computing = best_of(1, lambda: models_and_context(db, month))
        writing = best_of(args.runs, lambda: write(models, ctx, out / "w.xlsx"))
        sheets, count = cells_of(out / "report.xlsx")
        dump = best_of(args.runs, lambda: plain_dump(sheets, out / "plain.xlsx"))
    db.dispose()
    print(f"month {month}, {len(sheets)} sheets, {count} non-empty cells")
    print(
        f"whole export (checks, KPIs, sheets, data sheet, log): {total:.2f} s (goal <= 3 s: "
        f"{'met' if total <= 3 else 'NOT met'})"
    )
    print(f"  computing (KPI table {kpis:.2f} s + area services):  {computing:.2f} s")
    print(f"  writing the formatted workbook:                      {writing:.3f} s")
    print(f"plain openpyxl write-only dump of the same cells:      {dump:.3f} s")
    print(
        f"whole export / plain dump: {total / dump:.1f}x; writing / plain dump: "
        f"{writing / dump:.1f}x (goal <= 4x: {'met' if writing / dump <= 4 else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
