"""First rows and scrolling of the big lists on a `--scale large` demo database.

For each list: build the page (or tab) and load it as a user opening it does, until the first
rows are in the model; then fetch the next pages as scrolling to the end would. The feedback list
(half a million records) is also filtered by month, type, channel and search. Goal: first rows,
and each filter, within 300 ms (medians of 5). Prints figures; it is not a test.

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


def _measure_filters(name: str, tab, runs: int = 5) -> None:
    """The feedback list filtered as a user does it: month, type, channel, search (median)."""
    from PySide6.QtWidgets import QApplication

    from branchops import clock
    from branchops.core.period import Month

    month = str(Month.of(clock.today()).previous)
    steps = {
        "month": lambda: tab.set_filters(month=month),
        "type": lambda: tab.set_filters(kind="complaint"),
        "channel": lambda: tab.set_filters(channel="phone"),
        "month+type+channel": lambda: tab.set_filters(month=month, kind="rating", channel="survey"),
        "search": lambda: tab.model.set_search("排队"),
    }
    for label, step in steps.items():
        times = []
        for _ in range(runs):
            tab.set_filters()
            tab.model.set_search("")
            QApplication.processEvents()
            started = time.perf_counter()
            step()
            QApplication.processEvents()
            times.append(time.perf_counter() - started)
        print(
            f"{name + ' by ' + label:<40} {statistics.median(times) * 1000:6.1f} ms "
            f"(goal <= 300)   {tab.model.total} rows"
        )


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
        from branchops.ui.context import AppContext
        from branchops.ui.feedback.complaints_tab import ComplaintsTab
        from branchops.ui.feedback.records_tab import RecordsTab
        from branchops.ui.pages.audit_page import AuditPage
        from branchops.ui.quality.inspections_tab import InspectionsTab

        create_application()
        db, _ = open_database(DatabaseTarget.parse(db_path), db_path.parent / "backups")
        ctx = AppContext(db=db, paths=DataPaths(db_path.parent), settings=AppSettings())
        _measure("inspections", lambda: InspectionsTab(ctx), lambda w: w.model)
        _measure("corrective actions", lambda: ActionsPage(ctx), lambda w: w.model)
        _measure("audit log", lambda: AuditPage(ctx), lambda w: w.model)
        _measure("feedback", lambda: RecordsTab(ctx), lambda w: w.model)
        _measure("complaints", lambda: ComplaintsTab(ctx), lambda w: w.model)
        records = RecordsTab(ctx)
        records.refresh()
        _measure_filters("feedback", records)
        db.dispose()


if __name__ == "__main__":
    main()
