"""The monthly report as a user runs it: its risk sheet's counts equal the database (read with
sqlite3 and calamine, independently of the app)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from python_calamine import CalamineWorkbook

from branchops import clock
from branchops.core.period import Month


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "branchops", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def _sheet(path: Path, name: str) -> list[list]:
    workbook = CalamineWorkbook.from_path(str(path))
    try:
        return workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    finally:
        workbook.close()


def test_risk_sheet_counts_equal_the_database(tmp_path):
    env = os.environ | {
        "BRANCHOPS_DATA_DIR": str(tmp_path / "data"),
        "BRANCHOPS_CONFIG_DIR": str(tmp_path / "config"),
    }
    db = tmp_path / "demo.sqlite3"
    done = _run("demo", "--db", str(db), "--staff", "10", env=env)
    assert done.returncode == 0, done.stderr
    month = Month.of(clock.today())
    out = tmp_path / "report.xlsx"
    done = _run("report", "--db", str(db), "--month", str(month), "--out", str(out), env=env)
    assert done.returncode == 0, done.stderr
    rows = _sheet(out, "Risks and drills")
    start = next(i for i, r in enumerate(rows) if str(r[0]).startswith("Residual risk heat map"))
    body = rows[start + 2 : start + 7]
    today = clock.today().isoformat()
    with sqlite3.connect(db) as conn:
        cells = dict(
            ((likelihood, impact), n)
            for likelihood, impact, n in conn.execute(
                "SELECT residual_likelihood, residual_impact, count(*) FROM risk "
                "WHERE closed_on IS NULL OR closed_on > ? GROUP BY 1, 2",
                (today,),
            )
        )
        held = conn.execute(
            "SELECT count(*) FROM risk_drill WHERE status = 'done' AND held_on BETWEEN ? AND ?",
            (month.first_day.isoformat(), month.last_day.isoformat()),
        ).fetchone()[0]
    for row in body:
        impact = int(row[0])
        for likelihood in range(1, 6):
            assert row[likelihood] == cells.get((likelihood, impact), 0), (likelihood, impact)
    assert rows[start + 7][6] == sum(cells.values()) > 0
    figures = rows[next(i for i, r in enumerate(rows) if r[0] == "Key figures") + 2]
    assert figures[0] == sum(cells.values()) and figures[3] == held
