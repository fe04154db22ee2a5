"""First paint of the big lists on a `--scale large` demo database, as a user opening them sees.

For each case: build the page (or tab), show it and run the event loop until the list's view
first paints (an event filter on its viewport's paint event); then fetch the next pages as
scrolling down would. Goal: first paint within 300 ms. Then, on the feedback list (over 500,000
records on the large demo), each sort, filter and search of ``ACTIONS`` from the moment it is
asked to the first paint of its rows (queries run in the background: the window never waits);
and the streamed export of the whole list (time and peak memory). Prints median (min-max) of
>= 5 runs; it is not a test. A list is one entry in ``CASES``: (name, "module:Class").

    .venv/bin/python benchmarks/bench_lists.py [--db PATH] [--runs 5] [--cases "risk heat maps" ...]
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
    ("feedback records", "branchops.ui.feedback.records_tab:RecordsTab"),
    ("staff", "branchops.ui.staff.staff_page:StaffPage"),
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


def _view_port(widget):
    """The viewport of the widget's list view (or the widget itself)."""
    from PySide6.QtWidgets import QAbstractItemView

    # the largest shown view: combo boxes have hidden list views of their own
    views = [v for v in widget.findChildren(QAbstractItemView) if v.isVisible()]
    views.sort(key=lambda v: v.width() * v.height(), reverse=True)
    return views[0].viewport() if views else widget


def _first_paint(widget, ask=None, model=None) -> float:
    """The time of the first paint of the widget's list view that shows rows: the probe is in
    place before ``ask()`` runs, so a paint made while a signal's loop winds down is not missed;
    with a list ``model``, only a paint after its new first block has come counts."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    widget.show()
    target = _view_port(widget)
    loop = QEventLoop()
    painted: list[float] = []

    class Probe(QObject):
        def eventFilter(self, watched, event):
            ready = model is None or not model.loading
            if event.type() == QEvent.Type.Paint and ready and not painted:
                painted.append(time.perf_counter())
                loop.quit()
            return False

    probe = Probe()
    target.installEventFilter(probe)
    if ask is not None:
        ask()
    if not painted:
        QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
        loop.exec()
    target.removeEventFilter(probe)
    return painted[0] if painted else time.perf_counter()


def _model_of(widget):
    from branchops.ui.widgets.query_model import QueryTableModel

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
        model = _model_of(widget)
        refresh = getattr(widget, "refresh", None)
        first.append(_first_paint(widget, refresh if callable(refresh) else None, model) - started)
        if model is not None:  # a paged list: wait for its count, then page down
            _wait(model, "counted", lambda m=model: not m.counting)
            rows, total = len(model.loaded_rows()), model.total
            started = time.perf_counter()
            pages = 0
            for block in range(1, min(20, model.total // model.page_size)):
                model.row_at(block * model.page_size)
                pages += 1
            if pages:
                scroll.append((time.perf_counter() - started) / pages)
        widget.close()
        widget.deleteLater()
    paging = f"   next page of rows: {figure(scroll)}" if scroll else ""
    counts = f" ({rows} of {total} rows in memory)" if total else ""
    print(
        f"{name:<20} first paint{counts}: {figure(first)} "
        f"(goal <= 300 ms: {verdict(stats(first)[0], GOAL)}){paging}"
    )
    print(f"{'':<20} first visit (import {imported * 1000:.0f} ms + first paint): "
          f"{(imported + first[0]) * 1000:.0f} ms")  # fmt: skip


def _wait(model, signal: str, done) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    getattr(model, signal).connect(loop.quit)
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    loop.exec()
    getattr(model, signal).disconnect(loop.quit)


ACTIONS: list[tuple[str, dict]] = [
    ("sort by time, oldest first", {"sort_key": "received_at", "descending": False}),
    ("sort by rating, descending", {"sort_key": "rating", "descending": True}),
    ("sort by category, descending", {"sort_key": "category", "descending": True}),
    ("filter type=rating, by score", {"filters": {"kind": "rating"}, "sort_key": "nps"}),
    ("filter channel=device, desc", {"filters": {"channel": "device"}, "sort_key": "kind"}),
    ("filter month", {"filters": {"month": "2025-11"}}),
    ("search 等候", {"search": "等候"}),
    ("search a phone's digits", {"search": "138"}),
    ("search a name", {"search": "张"}),
    ("search and sort by rating", {"search": "态度", "sort_key": "rating", "descending": True}),
]


def big_list(ctx, runs: int, with_export: bool = True) -> None:
    """Each action on the 500k feedback list, asked to first paint of its rows."""
    from dataclasses import replace

    from branchops.ui.feedback.records_tab import RecordsTab

    tab = RecordsTab(ctx)
    tab.resize(1190, 700)
    model = tab.model
    _first_paint(tab, tab.refresh, model)
    _wait(model, "counted", lambda: not model.counting)
    print(f"feedback list: {model.total} records")
    base = replace(model.query)
    for name, change in ACTIONS:
        times, far = [], []
        for _ in range(runs):
            model.query = replace(base, filters={}, search="", sort_key=None, descending=False)
            model.reload()
            _wait(model, "settled", lambda: not model.busy)
            started = time.perf_counter()
            model.query = replace(model.query, **change)
            times.append(_first_paint(tab, model.reload, model) - started)
            _wait(model, "counted", lambda: not model.counting)
            if model.total > 2 * model.page_size:  # the last page, as a jump to the end shows
                started = time.perf_counter()
                model.row_at(model.total - 1)
                far.append(time.perf_counter() - started)
        last = f"   last page: {figure(far)}" if far else ""
        print(
            f"  {name:<30} first paint: {figure(times)} "
            f"(goal <= 300 ms: {verdict(stats(times)[0], GOAL)}){last}"
        )
    if with_export:
        export(tab, runs=1)
    tab.close()


def _peak_rss_reset() -> None:
    Path("/proc/self/clear_refs").write_text("5")


def _rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1])
    return 0


def export(tab, runs: int) -> None:
    """The whole list exported as the Export button does it (streamed), time and peak memory."""
    from branchops.excel.list_stream import write_list_streamed
    from branchops.ui.widgets.export_list import plain_rows

    model = tab.model
    model.query = replace_query(model.query)
    model.reload()
    _wait(model, "settled", lambda: not model.busy)
    columns = list(model.columns)
    with tempfile.TemporaryDirectory() as tmp:
        times, peaks = [], []
        for _ in range(runs):
            before = _rss_kib("VmRSS")
            _peak_rss_reset()
            started = time.perf_counter()
            written = write_list_streamed(
                Path(tmp) / "feedback.xlsx",
                "feedback",
                [c.label for c in columns],
                plain_rows(model.all_rows(), columns),
                [c.kind.value for c in columns],
                {i for i, c in enumerate(columns) if c.pii},
                total=model.total,
            )
            times.append(time.perf_counter() - started)
            peaks.append((_rss_kib("VmHWM") - before) / 1024)
        print(
            f"export of {written} rows (streamed): {figure(times, 's')}, "
            f"peak memory +{max(peaks):.0f} MiB over the {before / 1024:.0f} MiB before"
        )


def replace_query(query):
    from dataclasses import replace

    return replace(query, filters={}, search="", sort_key=None, descending=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=runs_arg, default=MIN_RUNS)
    parser.add_argument("--only-big", action="store_true", help="only the 500k feedback list")
    parser.add_argument("--no-export", action="store_true", help="skip the export of the list")
    parser.add_argument("--cases", nargs="+", metavar="NAME", help="only these lists, by name")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.cases or c[0] in args.cases]
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
        for name, target in [] if args.only_big else cases:
            started = time.perf_counter()
            cls = _class(target)
            imported = time.perf_counter() - started
            measure(name, lambda cls=cls: cls(ctx), args.runs, imported)
        if not args.cases:
            big_list(ctx, args.runs, not args.no_export)
        db.dispose()


if __name__ == "__main__":
    main()
