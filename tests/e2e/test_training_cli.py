"""Training from the command line: the attendance template, an import, the report's training KPIs,
and a bad attendance file that exits 1 and changes nothing."""

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
from branchops.excel.datasheet import read_data_sheet


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
def demo(tmp_path_factory, env) -> Path:
    path = tmp_path_factory.mktemp("db") / "demo.sqlite3"
    done = run("demo", "--db", str(path), "--months", "3", "--staff", "10", env=env)
    assert done.returncode == 0, done.stderr
    return path


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _fill(template: Path, out: Path, rows: list[list]) -> Path:
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    for row in rows:
        ws.append(row)
    wb.save(out)
    return out


def test_template_import_report(demo, env, tmp_path):
    template = tmp_path / "attendance.xlsx"
    done = run("template", "attendance", "--out", str(template), env=env)
    assert done.returncode == 0, done.stderr
    sheets = CalamineWorkbook.from_path(str(template)).sheet_names
    assert sheets[:2] == ["Attendance", "Instructions"]
    month = Month.of(clock.today()).previous
    day = month.first_day.replace(day=20).isoformat()
    good = _fill(
        template,
        tmp_path / "good.xlsx",
        [
            [
                "新产品知识培训",
                day,
                "E0001",
                None,
                "Present",
                None,
                None,
                None,
                "总行 王老师",
                "",
                3,
            ],
            ["CP01", day, "E0002", None, "缺席"],
        ],
    )
    sessions, attendances = _count(demo, "training_session"), _count(demo, "training_attendance")
    done = run("import", "attendance", "--db", str(demo), str(good), env=env)
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stdout
    assert _count(demo, "training_session") == sessions + 1
    assert _count(demo, "training_attendance") == attendances + 2
    out = tmp_path / "report.xlsx"
    done = run("report", "--db", str(demo), "--month", str(month), "--out", str(out), env=env)
    assert done.returncode == 0, done.stderr
    kpis = read_data_sheet(out).payload.kpi_values
    assert {"training.compliance", "training.hours", "training.expiring"} <= set(kpis)
    assert kpis["training.hours"] >= 3 and 0 < kpis["training.compliance"] <= 1
    assert "Training" in CalamineWorkbook.from_path(str(out)).sheet_names


def test_bad_attendance_file_exits_1_and_changes_nothing(demo, env, tmp_path):
    template = tmp_path / "attendance.xlsx"
    assert run("template", "attendance", "--out", str(template), env=env).returncode == 0
    day = Month.of(clock.today()).previous.first_day.replace(day=21).isoformat()
    bad = _fill(
        template,
        tmp_path / "bad.xlsx",
        [
            ["XF02", day, "E0001", None, "Present", 130],
            ["XF02", day, "E0001", None, "Present", 90],
            ["XF02", day, "E9999", None, "Present", 90],
        ],
    )
    before = _count(demo, "training_attendance"), _count(demo, "training_session")
    done = run("import", "attendance", "--db", str(demo), str(bad), env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 3 and all(
        line.startswith("bad.xlsx, sheet Attendance, row ") for line in lines
    )
    assert (_count(demo, "training_attendance"), _count(demo, "training_session")) == before
