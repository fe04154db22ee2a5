"""The command line as a user runs it: demo, check, backup, restore, migrate, and mistakes.

Each mistake must exit 1 with one plain line on stderr (no traceback); wrong usage exits 2.
Databases are opened afterwards with the standard library's sqlite3, an independent reader.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from branchops.i18n import TRANSLATIONS_DIR

PG_URL = os.environ.get("BRANCHOPS_TEST_PG_URL", "")
CJK = re.compile(r"[\u4e00-\u9fff]")
ZH_QM = TRANSLATIONS_DIR / "branchops_zh_CN.qm"


def run(*args: str, cwd: Path, lang: str | None = "en") -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "BRANCHOPS_DATA_DIR": str(cwd / "data"),
        "BRANCHOPS_CONFIG_DIR": str(cwd / "config"),
        "LANG": "zh_CN.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    prefix = ["--lang", lang] if lang else []
    return subprocess.run(
        [sys.executable, "-m", "branchops", *prefix, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def sql(path: Path, statement: str, *params) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run("demo", "--db", "demo.sqlite3", "--months", "3", "--staff", "8", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "Demo data written" in result.stdout
    return folder / "demo.sqlite3"


@pytest.fixture
def live(demo_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "branchops.sqlite3"
    shutil.copyfile(demo_db, copy)
    return copy


def test_demo_fills_a_database_that_checks_clean(live: Path, tmp_path: Path):
    assert sql(live, "SELECT count(*) FROM staff")[0][0] >= 8
    assert sql(live, "SELECT count(*) FROM branch_profile")[0][0] == 1
    result = run("check", "--db", str(live), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "No problems found" in result.stdout


def test_demo_refuses_a_database_that_already_has_staff(live: Path, tmp_path: Path):
    line = one_clear_line(run("demo", "--db", str(live), cwd=tmp_path))
    assert "Nothing was changed" in line


def test_check_names_a_tampered_audit_entry(live: Path, tmp_path: Path):
    (last,) = sql(live, "SELECT max(seq) FROM audit_log")[0]
    sql(live, "UPDATE audit_log SET username = 'intruder' WHERE seq = ?", last)
    result = run("check", "--db", str(live), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"Audit log entry {last} has been edited" in result.stderr


def test_backup_then_restore_brings_the_data_back(live: Path, tmp_path: Path):
    out = tmp_path / "saved.sqlite3"
    result = run("backup", "--db", str(live), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sql(out, "PRAGMA integrity_check") == [("ok",)]
    (original,) = sql(live, "SELECT name FROM branch_profile")[0]
    sql(live, "UPDATE branch_profile SET name = 'changed by mistake'")
    result = run("restore", "--db", str(live), str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "was kept as" in result.stdout
    assert sql(live, "SELECT name FROM branch_profile") == [(original,)]
    kept = list((tmp_path / "backups").glob("*-before-restore-*.sqlite3"))
    assert len(kept) == 1
    assert sql(kept[0], "SELECT name FROM branch_profile") == [("changed by mistake",)]


def test_migrate_creates_then_reports_up_to_date(tmp_path: Path):
    path = tmp_path / "fresh.sqlite3"
    first = run("migrate", "--db", str(path), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Created a new database" in first.stdout
    assert sql(path, "SELECT count(*) FROM alembic_version")[0][0] >= 1
    second = run("migrate", "--db", str(path), cwd=tmp_path)
    assert second.returncode == 0
    assert "already at the newest schema" in second.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check", "--db", "{tmp}/no/such/folder/b.sqlite3"], "does not exist"),
        (["check", "--db", "{tmp}/notes.txt"], "is not a BranchOps database"),
        (["migrate", "--db", "{tmp}"], "is not a BranchOps database"),
        (["backup", "--db", "{tmp}/missing.sqlite3", "--out", "{tmp}/o.sqlite3"], "does not"),
        (["restore", "--db", "{tmp}/missing.sqlite3", "{tmp}/notes.txt"], "cannot be restored"),
        (["restore", "--db", "{tmp}/missing.sqlite3", "{tmp}/gone.sqlite3"], "does not exist"),
        (["check", "--db", "{tmp}/typo.sqlite3"], "does not exist"),
        (["roster", "--db", "{tmp}/typo.sqlite3", "--month", "2026-02"], "does not exist"),
        (
            ["report", "--db", "{tmp}/typo.sqlite3", "--month", "2026-02", "--out", "{tmp}"],
            "does not",
        ),
        (["demo", "--db", "{tmp}/new.sqlite3", "--months", "0"], "at least 1 month"),
    ],
    ids=[
        "missing-folder",
        "text-file",
        "folder",
        "backup-missing",
        "restore-text",
        "restore-gone",
        "check-missing-file",
        "roster-missing-file",
        "report-missing-file",
        "demo-no-months",
    ],
)
def test_bad_paths_give_one_clear_line(tmp_path: Path, args: list[str], expected: str):
    (tmp_path / "notes.txt").write_text("not a database\n" * 20, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    line = one_clear_line(run(*(a.format(tmp=tmp_path) for a in args), cwd=tmp_path))
    assert expected in line
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "not a database\n" * 20
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in ("data", "config")) == [
        name for name in before if name not in ("data", "config")
    ]


@pytest.mark.parametrize(
    "args",
    [["frobnicate"], ["demo"], ["demo", "--db", "x.sqlite3", "--months", "many"], ["backup"]],
    ids=["unknown-command", "missing-db", "not-a-number", "missing-options"],
)
def test_wrong_usage_exits_2(tmp_path: Path, args: list[str]):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def test_unknown_language_is_wrong_usage(tmp_path: Path):
    result = run("check", "--db", "x.sqlite3", cwd=tmp_path, lang="xx")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_english_on_request(tmp_path: Path):
    line = one_clear_line(run("check", "--db", str(tmp_path / "a" / "b.sqlite3"), cwd=tmp_path))
    assert line.startswith("The folder for the database does not exist")
    assert not CJK.search(line)


@pytest.mark.skipif(not ZH_QM.exists(), reason="Chinese translations not built (make qm)")
def test_chinese_by_default(tmp_path: Path):
    result = run("check", "--db", str(tmp_path / "a" / "b.sqlite3"), cwd=tmp_path, lang=None)
    line = one_clear_line(result)
    assert CJK.search(line), line


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    if not PG_URL:
        pytest.skip("no PostgreSQL server configured (BRANCHOPS_TEST_PG_URL)")
    name = f"branchops_e2e_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_postgresql_url_works_like_a_file(pg_database: str, tmp_path: Path):
    demo = run("demo", "--db", pg_database, "--months", "1", "--staff", "3", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert run("check", "--db", pg_database, cwd=tmp_path).returncode == 0
    engine = create_engine(pg_database)
    with engine.begin() as conn:
        last = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
        conn.execute(text("UPDATE audit_log SET username = 'x' WHERE seq = :s"), {"s": last})
    engine.dispose()
    tampered = run("check", "--db", pg_database, cwd=tmp_path)
    assert tampered.returncode == 1
    assert f"Audit log entry {last} has been edited" in tampered.stderr
    line = one_clear_line(run("backup", "--db", pg_database, "--out", "x.sqlite3", cwd=tmp_path))
    assert "pg_dump" in line


def _server_url(**parts: str | int) -> str:
    if not PG_URL:
        pytest.skip("no PostgreSQL server configured (BRANCHOPS_TEST_PG_URL)")
    return make_url(PG_URL).set(**parts).render_as_string(hide_password=False)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({"database": "branchops_no_such_database"}, "the server has no database of that name"),
        ({"username": "branchops_nobody"}, "the server has no user of that name"),
        ({"host": "127.0.0.1", "port": 1}, "Cannot reach the database server"),
    ],
    ids=["database name", "user name", "server down"],
)
def test_a_wrong_server_address_gives_one_clear_line(
    tmp_path: Path, parts: dict[str, str | int], expected: str
):
    url = _server_url(password="pw-not-shown", **parts)
    line = one_clear_line(run("check", "--db", url, cwd=tmp_path))
    assert expected in line, line
    assert "pw-not-shown" not in line, line


@pytest.mark.skipif(not ZH_QM.exists(), reason="translations not compiled (make qm)")
def test_a_wrong_database_name_is_told_in_chinese(tmp_path: Path):
    url = _server_url(database="branchops_no_such_database")
    line = one_clear_line(run("check", "--db", url, cwd=tmp_path, lang=None))
    assert CJK.search(line), line
