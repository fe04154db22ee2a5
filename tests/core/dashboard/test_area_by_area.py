"""The dashboard reads its tiles area by area in a fresh process: each area's KPI module (and its
models) is imported when its turn comes, and every area's tiles still come out, with the first
area's computed before the last area's module is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CODE = """
import sys
from branchops import clock
from branchops.core import dashboard
from branchops.core.memo import memo_scope
from branchops.core.period import Month
from branchops.db.lifecycle import open_database
from branchops.db.target import DatabaseTarget
db, _ = open_database(DatabaseTarget.parse(sys.argv[1]))
with db.session() as session, memo_scope(session):
    dashboard.first_steps(session)
    for area, definitions in dashboard.groups():
        tiles = dashboard.tiles(session, Month.of(clock.today()), definitions)
        print(area, len(tiles), "branchops.core.feedback.kpis" in sys.modules, flush=True)
db.dispose()
"""


def test_every_areas_tiles_in_a_fresh_process(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", CODE, str(tmp_path / "fresh.sqlite3")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line.split() for line in out.stdout.splitlines()]
    areas = [area for area, _count, _loaded in lines]
    assert areas == ["quality", "actions", "staff", "training", "budget", "risk", "feedback"]
    assert all(int(count) > 0 for _area, count, _loaded in lines)
    assert lines[0][2] == "False", "the last area's KPI module is imported for the first tiles"
