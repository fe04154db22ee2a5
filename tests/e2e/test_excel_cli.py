"""The Excel commands run as a user runs them; what they write is opened with calamine."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from branchops import clock
from branchops.core.period import Month


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "branchops", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
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
    done = run("demo", "--db", str(path), "--staff", "10", env=env)
    assert done.returncode == 0, done.stderr
    return path


def _staff_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM staff").fetchone()[0]


def _assert_clean_failure(done: subprocess.CompletedProcess, lines: int | None = None) -> None:
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    if lines is not None:
        assert len(done.stderr.strip().splitlines()) == lines, done.stderr


def test_report_then_consolidate(demo, env, tmp_path):
    month = str(Month.of(clock.today()).previous)
    out = tmp_path / "reports"
    out.mkdir()
    first = run("report", "--db", str(demo), "--month", month, "--out", str(out), env=env)
    assert first.returncode == 0, first.stderr
    second = run(
        "report", "--db", str(demo), "--month", month, "--out", str(out), "--lang", "zh_CN", env=env
    )
    assert second.returncode == 0, second.stderr
    files = sorted(out.glob("*.xlsx"))
    assert [f.name for f in files] == [
        f"BR0123_城东支行_{month}.xlsx",
        f"BR0123_城东支行_{month}_r2.xlsx",
    ]
    workbook = CalamineWorkbook.from_path(str(files[0]))
    assert workbook.sheet_names[0] == "Summary" and workbook.sheet_names[-1] == "data"
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    hq = tmp_path / "hq.xlsx"
    into = tmp_path / "hq.sqlite3"
    args = ["consolidate", "--out", str(hq), "--into", str(into), str(out), str(junk)]
    done = run(*args, env=env)
    assert done.returncode == 0, done.stderr
    stderr = done.stderr.strip().splitlines()
    assert len(stderr) == 2 and any("junk.xlsx" in line for line in stderr)
    assert any("Replaced by revision 2" in line for line in stderr)
    assert hq.exists() and "1 branches merged" in done.stdout
    assert run(*args, env=env).returncode == 0
    with sqlite3.connect(into) as conn:
        assert conn.execute("SELECT branch_code, revision FROM hq_submission").fetchall() == [
            ("BR0123", 2)
        ]


def test_report_mistakes_are_one_line_each(demo, env, tmp_path):
    _assert_clean_failure(
        run("report", "--db", str(demo), "--month", "2026-13", "--out", str(tmp_path), env=env),
        lines=1,
    )
    _assert_clean_failure(
        run(
            "report",
            "--db",
            str(demo),
            "--month",
            "2026-01",
            "--out",
            str(tmp_path / "no" / "such.xlsx"),
            env=env,
        ),
        lines=1,
    )
    done = run("consolidate", "--out", str(tmp_path / "hq.xlsx"), str(tmp_path / "x.xlsx"), env=env)
    _assert_clean_failure(done)


def test_template_then_import(demo, env, tmp_path):
    template = tmp_path / "staff.xlsx"
    done = run("template", "staff", "--out", str(template), env=env)
    assert done.returncode == 0, done.stderr
    assert CalamineWorkbook.from_path(str(template)).sheet_names[:2] == ["Staff", "Instructions"]
    before = _staff_count(demo)
    bad = tmp_path / "bad.xlsx"
    wb = Workbook()
    wb.active.append(["Employee no.", "Name", "Hire date"])
    wb.active.append(["N1", "", "someday"])
    wb.active.append(["N2", "王五", "2024-01-01"])
    wb.active.append(["N2", "王六", "2024-01-01"])
    wb.save(bad)
    done = run("import", "staff", "--db", str(demo), str(bad), env=env)
    _assert_clean_failure(done, lines=3)
    assert all(line.startswith("bad.xlsx, sheet Sheet, row ") for line in done.stderr.splitlines())
    assert _staff_count(demo) == before
    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(["工号", "姓名", "岗位"])
    wb.active.append(["N1", "赵四", "柜员"])
    wb.save(good)
    dry = run("import", "staff", "--db", str(demo), str(good), "--dry-run", env=env)
    assert dry.returncode == 0 and "dry run" in dry.stdout and _staff_count(demo) == before
    done = run("import", "staff", "--db", str(demo), str(good), env=env)
    assert done.returncode == 0, done.stderr
    assert _staff_count(demo) == before + 1


def test_import_refuses_unknown_kind_and_old_xls(demo, env, tmp_path):
    _assert_clean_failure(run("import", "salary", "--db", str(demo), "x.xlsx", env=env), lines=1)
    old = tmp_path / "old.xls"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    done = run("import", "staff", "--db", str(demo), str(old), env=env)
    _assert_clean_failure(done, lines=1)
    assert ".xls" in done.stderr


def test_import_into_a_mistyped_database_is_refused(env, tmp_path):
    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(["工号", "姓名"])
    wb.active.append(["N1", "赵四"])
    wb.save(good)
    typo = tmp_path / "typo.sqlite3"
    done = run("import", "staff", "--db", str(typo), str(good), env=env)
    _assert_clean_failure(done, lines=1)
    assert "does not exist" in done.stderr
    assert not typo.exists()


def test_consolidate_with_nothing_mergeable_exits_1_and_writes_nothing(env, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    hq, into = tmp_path / "hq.xlsx", tmp_path / "hq.sqlite3"
    done = run("consolidate", "--out", str(hq), "--into", str(into), str(junk), env=env)
    _assert_clean_failure(done)
    assert not hq.exists() and not into.exists()
