"""Survey results from the command line as a user runs it: template → fill → import → the monthly
report shows CSAT and NPS; malformed survey files exit 1, one line per problem, and change
nothing. What the commands write is opened with calamine and sqlite3."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from branchops import clock
from branchops.core.period import Month


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "branchops", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    return os.environ | {
        "BRANCHOPS_DATA_DIR": str(home / "data"),
        "BRANCHOPS_CONFIG_DIR": str(home / "config"),
        "LANG": "en_US.UTF-8",
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory, env) -> Path:
    """Demo data of the running month only: last month has no feedback until the import."""
    path = tmp_path_factory.mktemp("db") / "demo.sqlite3"
    done = run("demo", "--db", str(path), "--months", "1", "--staff", "6", env=env)
    assert done.returncode == 0, done.stderr
    return path


def _records(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM feedback_record").fetchone()[0]


def _filled_template(tmp_path: Path, env, rows: list[list], name: str) -> Path:
    path = tmp_path / name
    done = run("template", "survey", "--out", str(path), env=env)
    assert done.returncode == 0, done.stderr
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def test_template_import_then_report_shows_csat_and_nps(db, env, tmp_path):
    month = Month.of(clock.today()).previous
    day = month.first_day.replace(day=10).isoformat()
    answers = [("满意", 10), ("满意", 9), ("基本满意", 7), ("不满意", 3)]
    rows = [[day, "10:30", "评价器", None, None, word, score, None] for word, score in answers]
    path = _filled_template(tmp_path, env, rows, "survey.xlsx")
    before = _records(db)
    done = run("import", "survey", "--db", str(db), str(path), env=env)
    assert done.returncode == 0, done.stderr
    assert "4 added" in done.stdout
    assert _records(db) == before + 4
    out = tmp_path / "report.xlsx"
    done = run("report", "--db", str(db), "--month", str(month), "--out", str(out), env=env)
    assert done.returncode == 0, done.stderr
    workbook = CalamineWorkbook.from_path(str(out))
    data = {
        row[0]: row[1] for row in workbook.get_sheet_by_name("data").to_python() if row and row[0]
    }
    assert data["feedback.csat"] == pytest.approx(0.5)  # 满意 twice of four answers
    assert data["feedback.nps"] == pytest.approx(25.0)  # (2 promoters − 1 detractor) / 4
    assert "Customer feedback" in workbook.sheet_names
    cells = [c for r in workbook.get_sheet_by_name("Customer feedback").to_python() for c in r]
    assert 0.5 in cells and 25.0 in cells


@pytest.mark.parametrize(
    ("rows", "lines"),
    [
        ([["2026-01-05", None, None, None, None, "基本满意", None, None],
          ["2026-01-05", None, None, None, None, "非常满意", None, None]], 1),
        ([["2026-01-05", None, None, None, None, "满意", 11, None],
          ["2026-01-05", None, None, "NOBODY", None, "满意", 5, None]], 2),
    ],
)  # fmt: skip
def test_malformed_survey_files_exit_1_and_change_nothing(db, env, tmp_path, rows, lines):
    path = _filled_template(tmp_path, env, rows, "bad.xlsx")
    before = _records(db)
    done = run("import", "survey", "--db", str(db), str(path), env=env)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    problems = done.stderr.strip().splitlines()
    assert len(problems) == lines, done.stderr
    assert all(line.startswith("bad.xlsx, sheet Survey results, row ") for line in problems)
    assert _records(db) == before


def test_a_file_that_is_no_workbook_is_refused(db, env, tmp_path):
    text = tmp_path / "answers.xlsx"
    text.write_text("日期,满意度\n2026-01-05,满意\n", encoding="utf-8")
    before = _records(db)
    done = run("import", "survey", "--db", str(db), str(text), env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert _records(db) == before
