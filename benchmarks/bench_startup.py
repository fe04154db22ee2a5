"""Cold start to the main window shown, on a large demo database, next to a bare PySide6 window.

Each figure is the median of several fresh processes (the cold part is the Python import and
Qt start-up, which a new process pays every time). Prints figures; it is not a test.

    .venv/bin/python benchmarks/bench_startup.py [--db PATH] [--runs 5]
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

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1366, 768); w.show(); app.processEvents()
print(time.time() - float(sys.argv[1]))
"""

BRANCHOPS = """
import time, sys
from pathlib import Path
from branchops.config import AppSettings, DataPaths
from branchops.db.target import DatabaseTarget
from branchops.ui.app import Startup, create_application
from branchops.ui.single_instance import SingleInstance
app = create_application()
path = Path(sys.argv[2])
startup = Startup(app, DatabaseTarget.parse(path), DataPaths(path.parent), AppSettings(),
                  SingleInstance(str(path), None))
startup.window.resize(1366, 768); startup.window.show(); app.processEvents()
shown = time.time() - float(sys.argv[1])
startup.finish(); app.processEvents()
ready = time.time() - float(sys.argv[1])
print(shown, ready)
"""


def _time(code: str, *args: str) -> tuple[float, float]:
    """Seconds from launching the process to the window shown, and to the last page ready
    (the child reports against the launch time it is given; its exit is not counted)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    launched = f"{time.time():.6f}"
    out = subprocess.run(
        [sys.executable, "-c", code, launched, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures = [float(x) for x in out.stdout.split()]
    return figures[0], figures[-1]


def _large_db(folder: Path) -> Path:
    path = folder / "large.sqlite3"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "branchops", "demo", "--db", str(path), "--scale", "large"],
        check=True,
        capture_output=True,
    )
    print(f"large demo database generated in {time.perf_counter() - started:.1f} s")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRANCHOPS_CONFIG_DIR"] = tmp
        db = args.db or _large_db(Path(tmp))
        bare = [_time(BARE)[0] for _ in range(args.runs)]
        ours = [_time(BRANCHOPS, str(db)) for _ in range(args.runs)]
    b = statistics.median(bare)
    shown = statistics.median(s for s, _ in ours)
    ready = statistics.median(r for _, r in ours)
    print(f"bare PySide6 window shown:       {b * 1000:7.0f} ms (median of {args.runs} processes)")
    print(
        f"BranchOps main window shown:     {shown * 1000:7.0f} ms  ratio {shown / b:.2f}x "
        "(goal <= 2.5x)"
    )
    print(
        f"BranchOps last page ready:       {ready * 1000:7.0f} ms  ratio {ready / b:.2f}x "
        f"on {db.name}"
    )


if __name__ == "__main__":
    main()
