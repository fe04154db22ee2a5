"""Budget from the command line: blank templates, filled in as a user would, imported; the
monthly report's budget sheet then totals the inputs to the cent (read with calamine); bad files
exit 1 and change nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.users.permissions import SINGLE_USER
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database

NOW = "2026-06-15T10:00"
D = Decimal
OFFICE = [D("1000.10")] * 6 + [D("999.99")] * 6  # 12,000.54 a year
MARKETING_YEAR = D("120000")  # spread equally: 10,000.00 a month
EXPENSES = [
    (date(2026, 1, 8), "办公用品", D("850.25"), "晨光文具店", "INV-001"),
    (date(2026, 3, 9), "Office supplies", D("1234.56"), "晨光文具店", "INV-002"),
    (date(2026, 5, 2), "营销", D("9999.99"), "上海印象广告有限公司", "88001"),
    (date(2026, 5, 30), "办公用品", D("0.01"), "得力", "X1"),
    (date(2026, 6, 1), "营销", D("500.00"), "上海印象广告有限公司", "88002"),  # after May
]


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "branchops", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    return os.environ | {
        "BRANCHOPS_DATA_DIR": str(tmp_path / "data"),
        "BRANCHOPS_CONFIG_DIR": str(tmp_path / "config"),
        "BRANCHOPS_NOW": NOW,
        "LANG": "en_US.UTF-8",
    }


@pytest.fixture
def database(tmp_path) -> Path:
    path = tmp_path / "branch.sqlite3"
    db, _ = open_database(DatabaseTarget.parse(path), tmp_path / "backups")
    with db.unit_of_work(SINGLE_USER) as uow:
        save_profile(uow, SINGLE_USER, ProfileData(code="BR0777", name="城西支行"))
    db.dispose()
    return path


def _fill(path: Path, rows: list[list]) -> Path:
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]  # the data sheet, headings in row 1
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            sheet.cell(number, column, value)
    workbook.save(path)
    return path


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, Path]:
    """``branchops template budget|expenses`` run once; each test fills its own copies."""
    folder = tmp_path_factory.mktemp("templates")
    env = os.environ | {"BRANCHOPS_CONFIG_DIR": str(folder / "config"), "BRANCHOPS_NOW": NOW}
    made = {}
    for kind in ("budget", "expenses"):
        made[kind] = folder / f"{kind}.xlsx"
        done = run("template", kind, "--out", str(made[kind]), env=env)
        assert done.returncode == 0, done.stderr
    return made


def _copy(templates: dict[str, Path], kind: str, tmp_path: Path, name: str = "") -> Path:
    target = tmp_path / f"{name or kind}.xlsx"
    shutil.copyfile(templates[kind], target)
    return target


def _budget_rows() -> list[list]:
    # columns: fiscal year, category, yearly amount, January … December, reason
    return [
        [2026, "办公用品", None, *(float(v) for v in OFFICE)],
        [2026, "营销", float(MARKETING_YEAR)],
    ]


def _expense_rows() -> list[list]:
    return [[d, c, float(a), v, i] for d, c, a, v, i in EXPENSES]


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _total_row(report: Path) -> list:
    book = CalamineWorkbook.from_path(str(report))
    try:
        rows = book.get_sheet_by_name("Budget").to_python(skip_empty_area=False)
    finally:
        book.close()
    title = next(i for i, r in enumerate(rows) if str(r[0]).startswith("By category"))
    return next(r for r in rows[title + 2 :] if r[0] == "Total")


def _cents(value) -> int:
    return int((D(str(value)) * 100).to_integral_value())


def test_templates_imports_and_the_report_total_to_the_cent(database, env, templates, tmp_path):
    budget = _fill(_copy(templates, "budget", tmp_path), _budget_rows())
    done = run("import", "budget", "--db", str(database), str(budget), env=env)
    assert done.returncode == 0, done.stderr
    expenses = _fill(_copy(templates, "expenses", tmp_path), _expense_rows())
    done = run("import", "expenses", "--db", str(database), str(expenses), env=env)
    assert done.returncode == 0, done.stderr
    report = tmp_path / "report.xlsx"
    done = run("report", "--db", str(database), "--month", "2026-05", "--out", str(report), env=env)
    assert done.returncode == 0, done.stderr
    total = _total_row(report)
    # category, month budget, month actual, month variance, %, YTD budget, YTD actual, variance,
    # %, year's budget
    marketing_month = MARKETING_YEAR / 12
    may = [a for d, _, a, _, _ in EXPENSES if d.month == 5]
    to_may = [a for d, _, a, _, _ in EXPENSES if d <= date(2026, 5, 31)]
    assert _cents(total[1]) == _cents(OFFICE[4] + marketing_month)
    assert _cents(total[2]) == _cents(sum(may))
    assert _cents(total[3]) == _cents(sum(may) - OFFICE[4] - marketing_month)
    assert _cents(total[5]) == _cents(sum(OFFICE[:5]) + 5 * marketing_month)
    assert _cents(total[6]) == _cents(sum(to_may))
    assert _cents(total[7]) == _cents(sum(to_may) - sum(OFFICE[:5]) - 5 * marketing_month)
    assert _cents(total[9]) == _cents(sum(OFFICE) + MARKETING_YEAR)


def test_bad_files_exit_1_and_change_nothing(database, env, templates, tmp_path):
    budget = _fill(_copy(templates, "budget", tmp_path), _budget_rows())
    assert run("import", "budget", "--db", str(database), str(budget), env=env).returncode == 0
    over = _fill(
        _copy(templates, "expenses", tmp_path, "over"),
        [
            [date(2026, 2, 1), "办公用品", float(sum(OFFICE)), "得力", "Y1"],
            [date(2026, 2, 2), "办公用品", 0.01, "得力", "Y2"],  # one fen over the year's budget
        ],
    )
    done = run("import", "expenses", "--db", str(database), str(over), env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "row 3" in done.stderr and "¥0.01" in done.stderr
    assert _count(database, "expense") == 0
    revision = _fill(_copy(templates, "budget", tmp_path, "revision"), [[2026, "营销", 150000]])
    done = run("import", "budget", "--db", str(database), str(revision), env=env)
    assert done.returncode == 1 and "Reason for revision" in done.stderr
    bad = _fill(_copy(templates, "budget", tmp_path, "bad"), [[2026, "办公用品", None, "lots"]])
    done = run("import", "budget", "--db", str(database), str(bad), env=env)
    assert done.returncode == 1 and "row 2" in done.stderr and "Traceback" not in done.stderr
    assert _count(database, "budget_version") == 1
