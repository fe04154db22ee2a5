"""First paint of the big lists on a `--scale large` demo database, as a user opening them sees.

For each case: build the page (or tab), show it and run the event loop until the list's view
first paints (an event filter on its viewport's paint event); then fetch the next pages as
scrolling to the end would. Goal: first paint within 300 ms. Prints median (min-max) of >= 5
runs; it is not a test. A list is one entry in ``CASES``: (name, "module:Class").

    .venv/bin/python benchmarks/bench_lists.py [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchlib import MIN_RUNS, figure, large_db, runs_arg, stats, verdict

GOAL = 0.300
PAINT_TIMEOUT_MS = 60_000

CASES: list[tuple[str, str]] = [
    ("inspections", "branchops.ui.quality.inspections_tab:InspectionsTab"),
    ("corrective actions", "branchops.ui.actions.actions_page:ActionsPage"),
    ("audit log", "branchops.ui.pages.audit_page:AuditPage"),
    ("roster page", "branchops.ui.staff.roster_page:RosterPage"),
    ("training attendance", "branchops.ui.training.attendance_tab:AttendanceTab"),
    ("compliance matrix", "branchops.ui.training.matrix_tab:MatrixTab"),
    ("expenses", "branchops.ui.budget.expenses_tab:ExpensesTab"),
    ("budget variance", "branchops.ui.budget.variance_tab:VarianceTab"),
    ("risk register", "branchops.ui.risk.risks_tab:RisksTab"),
    ("risk heat maps", "branchops.ui.risk.heat_tab:HeatMapTab"),
    ("drills", "branchops.ui.risk.drills_tab:DrillsTab"),
]


def _class(target: str):
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _first_paint(widget) -> float:
    """Seconds from now to the first paint of the widget's list view (or itself)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView

    # the largest shown view: combo boxes have hidden list views of their own
    views = [v for v in widget.findChildren(QAbstractItemView) if v.isVisible()]
    views.sort(key=lambda v: v.width() * v.height(), reverse=True)
    target = views[0].viewport() if views else widget
    loop = QEventLoop()

    class Probe(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                loop.quit()
            return False

    probe = Probe()
    target.installEventFilter(probe)
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    loop.exec()
    target.removeEventFilter(probe)
    return time.perf_counter()


def _model_of(widget):
    from branchops.ui.widgets.table_model import QueryTableModel

    own = getattr(widget, "model", None)
    if isinstance(own, QueryTableModel):
        return own
    models = widget.findChildren(QueryTableModel)
    return models[0] if models else None


def measure(name: str, create, runs: int, imported: float) -> None:
    first, scroll = [], []
    rows = total = 0
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    for _ in range(runs):
        started = time.perf_counter()
        widget = create()
        widget.resize(1190, 700)
        widget.show()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
        first.append(_first_paint(widget) - started)
        model = _model_of(widget)
        if model is not None:  # a paged list: scroll to the end
            rows, total = model.rowCount(), model.total
            started = time.perf_counter()
            pages = 0
            while model.canFetchMore() and pages < 20:
                model.fetchMore()
                pages += 1
            if pages:
                scroll.append((time.perf_counter() - started) / pages)
        widget.close()
        widget.deleteLater()
    paging = f"   next page of rows: {figure(scroll)}" if scroll else ""
    counts = f" ({rows} of {total} rows)" if total else ""
    print(
        f"{name:<20} first paint{counts}: {figure(first)} "
        f"(goal <= 300 ms: {verdict(stats(first)[0], GOAL)}){paging}"
    )
    print(f"{'':<20} first visit (import {imported * 1000:.0f} ms + first paint): "
          f"{(imported + first[0]) * 1000:.0f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=runs_arg, default=MIN_RUNS)
    args = parser.parse_args()
    db_path = large_db(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRANCHOPS_CONFIG_DIR"] = tmp
        from branchops.config import AppSettings, DataPaths
        from branchops.db.engine import DatabaseTarget
        from branchops.db.lifecycle import open_database
        from branchops.ui.app import create_application
        from branchops.ui.context import AppContext

        create_application()
        db, _ = open_database(DatabaseTarget.parse(db_path), db_path.parent / "backups")
        ctx = AppContext(db=db, paths=DataPaths(db_path.parent), settings=AppSettings())
        print(f"on {db_path.name}, {args.runs} runs each")
        for name, target in CASES:
            started = time.perf_counter()
            cls = _class(target)
            imported = time.perf_counter() - started
            measure(name, lambda cls=cls: cls(ctx), args.runs, imported)
        db.dispose()


if __name__ == "__main__":
    main()
