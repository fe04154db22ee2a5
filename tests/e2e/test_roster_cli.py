"""``branchops roster`` end to end: demo database, rule summary, auto-roster, xlsx and pdf."""

from __future__ import annotations

import os
import shutil
import sqlite3
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


def _copy(demo_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_db, copy)
    return copy


def _query(path: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


CELLS = (
    "SELECT staff_id, day, shift_type_id FROM roster_assignment "
    "WHERE day BETWEEN ? AND ? ORDER BY staff_id, day"
)


def test_auto_keeps_a_published_month_exactly_and_needs_no_reason(demo_db: Path, tmp_path: Path):
    """Every demo month with a published day failed: "give a reason for the change"."""
    month = Month.of(clock.today())  # published by the demo
    path = _copy(demo_db, tmp_path)
    span = (month.first_day.isoformat(), month.last_day.isoformat())
    before = _query(path, CELLS, *span)
    done = _run("roster", "--db", str(path), "--month", str(month), "--auto", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "0 cells changed" in done.stdout
    assert f"Published days kept as they are: {month.last_day.day}." in done.stdout
    assert _query(path, CELLS, *span) == before


def test_change_published_needs_a_reason_and_records_it(demo_db: Path, tmp_path: Path):
    month = Month.of(clock.today())
    path = _copy(demo_db, tmp_path)
    usage = _run(
        "roster", "--db", str(path), "--month", str(month), "--auto", "--change-published",
        cwd=tmp_path,
    )  # fmt: skip
    assert usage.returncode == 2 and "--reason" in usage.stderr
    # someone rostered on the 10th falls ill that day: only a change of a published day helps
    staff_id, day = _query(
        path,
        "SELECT staff_id, day FROM roster_assignment WHERE day = ? LIMIT 1",
        month.first_day.replace(day=10).isoformat(),
    )[0]
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO leave_request (staff_id, kind, first_day, last_day, half_day, status,"
            " days, note, decided_by) VALUES (?, 'sick', ?, ?, 0, 'approved', 1, '', '')",
            (staff_id, day, day),
        )
    conn.close()
    done = _run(
        "roster", "--db", str(path), "--month", str(month), "--auto", "--change-published",
        "--reason", "员工病假", "--time-limit", "20", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    changes = _query(path, "SELECT staff_id, day, new_shift, reason FROM roster_change")
    assert (staff_id, day, "", "员工病假") in changes
    assert {reason for *_, reason in changes} <= {"员工病假", "员工申请调班"}  # the demo's own


def test_chinese_output_names_the_status_in_chinese(demo_db: Path, tmp_path: Path):
    month = Month.of(clock.today()).shift(1)  # a draft
    path = _copy(demo_db, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "branchops", "--lang", "zh_CN", "roster", "--db", str(path),
         "--month", str(month), "--auto", "--time-limit", "20"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    head = done.stdout.splitlines()[0]
    assert not any(raw in head for raw in ("optimal", "feasible", "cancelled"))
    assert "; " not in done.stdout


def test_a_fractional_second_is_refused(demo_db: Path, tmp_path: Path):
    done = _run(
        "roster", "--db", str(demo_db), "--month", "2026-05", "--auto", "--time-limit", "0.01",
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1 and "1 to 3600" in done.stderr and "Traceback" not in done.stderr


def test_one_problem_is_counted_in_the_singular(db, manager, capsys):
    from datetime import date, time

    from branchops import i18n
    from branchops.commands import roster_steps
    from branchops.core.staff import roster, shifts
    from branchops.core.staff.roster_store import CellEdit
    from tests.core.staff.scheduling_setup import add_person

    i18n.set_language("en")
    person = add_person(db, manager, "E001", "王芳", [])
    with db.unit_of_work(manager) as uow:
        shifts.save_shift(uow, manager, shifts.ShiftInput("E", "早班", time(9), time(17)))
    with db.unit_of_work(manager) as uow:  # no staffing need: a shift that is not run
        roster.edit_cells(uow, manager, [CellEdit(person, date(2026, 3, 4), "E")])
    roster_steps.summary(db, Month(2026, 3))
    out = capsys.readouterr().out
    assert "Rule checks: 1 problem." in out and "1 problems" not in out
