"""``branchops roster`` end to end: demo database, rule summary, auto-roster, xlsx and pdf."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from branchops import clock
from branchops.core.period import Month


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "branchops", "--lang", "en", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("roster_cli")
    path = folder / "demo.sqlite3"
    done = _run("demo", "--db", str(path), "--months", "3", "--staff", "14", cwd=folder)
    assert done.returncode == 0, done.stderr
    return path


def test_summary_and_xlsx(demo_db: Path, tmp_path: Path):
    month = Month.of(clock.today())
    out = tmp_path / "roster.xlsx"
    done = _run(
        "roster", "--db", str(demo_db), "--month", str(month), "--out", str(out), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert f"Roster {month}" in done.stdout and "Rule checks" in done.stdout
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert "城东支行" in sheet["A1"].value
    assert sheet.cell(row=4, column=1).value == "Employee no."
    assert sheet.cell(row=4, column=4).value.startswith("1\n")  # day 1 of the month
    numbers = [sheet.cell(row=r, column=1).value for r in range(5, 19)]
    assert numbers[0] == "E0001" and len([n for n in numbers if n]) == 14
    codes = {
        sheet.cell(row=r, column=c).value
        for r in range(5, 19)
        for c in range(4, 4 + month.last_day.day)
    }
    assert {"E", "L"} <= {str(c).rstrip("*") for c in codes if c}
    assert sheet.page_setup.orientation == "landscape"


def test_auto_roster_saves_the_draft_and_writes_a_pdf(demo_db: Path, tmp_path: Path):
    month = Month.of(clock.today()).shift(2)  # no roster yet
    out = tmp_path / "roster.pdf"
    done = _run(
        "roster",
        "--db",
        str(demo_db),
        "--month",
        str(month),
        "--auto",
        "--time-limit",
        "20",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "Auto-roster" in done.stdout and "cells changed" in done.stdout
    assert "Draft" in done.stdout
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 5000
    again = _run("roster", "--db", str(demo_db), "--month", str(month), cwd=tmp_path)
    shifts = int(again.stdout.split(": ", 1)[1].split(" shifts")[0])
    assert shifts > 100


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["--month", "2026-13"], 2, "YYYY-MM"),
        (["--month", "2026-05", "--out", "roster.txt"], 2, ".xlsx or .pdf"),
        (["--month", "2026-05", "--auto", "--time-limit", "0"], 1, "time limit"),
    ],
)
def test_bad_usage(demo_db: Path, tmp_path: Path, args, code, text):
    done = _run("roster", "--db", str(demo_db), *args, cwd=tmp_path)
    assert done.returncode == code
    assert text in done.stderr and "Traceback" not in done.stderr
