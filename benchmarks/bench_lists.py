"""First rows and scrolling of the big lists on a `--scale large` demo database.

For each list: build the page (or tab) and load it as a user opening it does, until the first
rows are in the model; then fetch the next pages as scrolling to the end would. Goal: first rows
within 300 ms. Prints figures; it is not a test.

    .venv/bin/python benchmarks/bench_lists.py [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _large_db(folder: Path) -> Path:
    path = folder / "large.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "branchops", "demo", "--db", str(path), "--scale", "large"],
        check=True,
        capture_output=True,
    )
    return path


def _measure(name: str, build, model_of, runs: int = 5) -> None:
    from PySide6.QtWidgets import QApplication

    first, scroll = [], []
    for _ in range(runs):
        started = time.perf_counter()
        widget = build()
        widget.refresh()
        QApplication.processEvents()
        model = model_of(widget)
        first.append(time.perf_counter() - started)
        shown = model.rowCount()
        started = time.perf_counter()
        pages = 0
        while model.canFetchMore() and pages < 20:
            model.fetchMore()
            pages += 1
        scroll.append((time.perf_counter() - started) / max(pages, 1))
        widget.deleteLater()
    print(
        f"{name:<22} first {shown:>4} rows: {statistics.median(first) * 1000:6.1f} ms "
        f"(goal <= 300)   next page of rows: {statistics.median(scroll) * 1000:5.1f} ms   "
        f"total {model.total} rows"
    )


def _measure_grid(name: str, build, rows_of, runs: int = 5) -> None:
    """A grid that is not paged (the compliance matrix): build, load and show it whole."""
    from PySide6.QtWidgets import QApplication

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        widget = build()
        widget.refresh()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
        shown = rows_of(widget)
        widget.deleteLater()
    print(f"{name:<22} {shown} loaded: {statistics.median(times) * 1000:6.1f} ms (goal <= 300)")


def _measure_compute(name: str, compute, runs: int = 5) -> None:
    from PySide6.QtWidgets import QApplication

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        compute()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    print(f"{name:<22} computed in {statistics.median(times) * 1000:6.1f} ms (goal <= 1000)")


def _all_years(tab):
    """The expense list as it opens after the user chose "all years" (remembered by the combo)."""
    from branchops.ui.budget.common import ALL_YEARS

    tab.year.addItem("", ALL_YEARS)
    tab.year.setCurrentIndex(tab.year.count() - 1)
    return tab


def _variance_screen(ctx) -> None:
    from branchops.ui.budget.variance_tab import VarianceTab

    tab = VarianceTab(ctx)
    tab.refresh()  # the report, both tables and the burn-up chart
    tab.deleteLater()


def _budget_sheet(ctx) -> None:
    from branchops import __version__, clock
    from branchops.core.branch.service import load_profile
    from branchops.core.period import Month
    from branchops.excel.workbook.context import ReportContext
    from branchops.excel.workbook.sheets.budget import build

    with ctx.db.session() as session:
        month = Month.of(clock.today()).previous
        report = ReportContext(
            session=session,
            month=month,
            profile=load_profile(session),
            kpis=[],
            gaps=[],
            generated_at=clock.now_local(),
            revision=1,
            language="zh_CN",
            mask_pii=True,
            app_version=__version__,
        )
        build(report)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRANCHOPS_CONFIG_DIR"] = tmp
        db_path = args.db or _large_db(Path(tmp))
        from branchops.config import AppSettings, DataPaths
        from branchops.db.engine import DatabaseTarget
        from branchops.db.lifecycle import open_database
        from branchops.ui.actions.actions_page import ActionsPage
        from branchops.ui.app import create_application
        from branchops.ui.budget.expenses_tab import ExpensesTab
        from branchops.ui.context import AppContext
        from branchops.ui.pages.audit_page import AuditPage
        from branchops.ui.quality.inspections_tab import InspectionsTab
        from branchops.ui.risk.drills_tab import DrillsTab
        from branchops.ui.risk.heat_tab import HeatMapTab
        from branchops.ui.risk.risks_tab import RisksTab
        from branchops.ui.training.attendance_tab import AttendanceTab
        from branchops.ui.training.matrix_tab import MatrixTab

        create_application()
        db, _ = open_database(DatabaseTarget.parse(db_path), db_path.parent / "backups")
        ctx = AppContext(db=db, paths=DataPaths(db_path.parent), settings=AppSettings())
        _measure("inspections", lambda: InspectionsTab(ctx), lambda w: w.model)
        _measure("corrective actions", lambda: ActionsPage(ctx), lambda w: w.model)
        _measure("audit log", lambda: AuditPage(ctx), lambda w: w.model)
        _measure("training attendance", lambda: AttendanceTab(ctx), lambda w: w.model)
        _measure_grid(
            "compliance matrix",
            lambda: MatrixTab(ctx),
            lambda w: f"{len(w.model.people)} people x {len(w.model.courses)} courses",
        )
        _measure("expenses (this year)", lambda: ExpensesTab(ctx), lambda w: w.model)
        _measure("expenses (all years)", lambda: _all_years(ExpensesTab(ctx)), lambda w: w.model)
        _measure_compute("budget variance screen", lambda: _variance_screen(ctx))
        _measure_compute("budget sheet (HQ)", lambda: _budget_sheet(ctx))
        _measure("risk register", lambda: RisksTab(ctx), lambda w: w.model)
        _measure("risk heat maps", lambda: HeatMapTab(ctx), lambda w: w.model)
        _measure("drills", lambda: DrillsTab(ctx), lambda w: w.model)
        db.dispose()


if __name__ == "__main__":
    main()
