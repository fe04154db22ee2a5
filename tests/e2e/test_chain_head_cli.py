"""``check`` compares the audit log with the chain heads recorded outside it: the monthly HQ
workbook's data sheet and backups. Deleting the newest entries, or rewriting the log with its
hashes recomputed, used to pass ``check``; now it is named."""

from __future__ import annotations

from pathlib import Path

from branchops import clock
from branchops.core.period import Month

from .clirun import run, sql


def _export(db: Path, folder: Path) -> Path:
    out = folder / "hq.xlsx"
    month = str(Month.of(clock.today()).shift(-1))
    done = run("report", "--db", str(db), "--month", month, "--out", str(out), cwd=folder)
    assert done.returncode == 0, done.stderr
    return out


def _problems(db: Path, folder: Path, *against: Path) -> list[str]:
    args = ["--against", *map(str, against)] if against else []
    done = run("check", "--db", str(db), *args, cwd=folder)
    assert "Traceback" not in done.stderr
    assert done.returncode == (1 if done.stderr.strip() else 0)
    return done.stderr.strip().splitlines()


def test_the_hq_workbook_catches_deleted_newest_entries(demo_copy: Path, tmp_path: Path):
    workbook = _export(demo_copy, tmp_path)
    assert _problems(demo_copy, tmp_path, workbook) == []
    entries = sql(demo_copy, "SELECT count(*) FROM audit_log")[0][0]
    sql(demo_copy, "DELETE FROM audit_log WHERE seq >= ?", entries - 1)
    assert _problems(demo_copy, tmp_path) == []  # the log alone is a sound, shorter chain
    problems = _problems(demo_copy, tmp_path, workbook)
    assert len(problems) == 1
    assert "hq.xlsx" in problems[0] and "deleted" in problems[0]


def test_a_backup_catches_a_log_emptied_since(demo_copy: Path, tmp_path: Path):
    saved = tmp_path / "saved.sqlite3"
    assert run("backup", "--db", str(demo_copy), "--out", str(saved), cwd=tmp_path).returncode == 0
    assert (tmp_path / "saved.sqlite3.manifest.json").is_file()
    sql(demo_copy, "DELETE FROM audit_log")
    problems = _problems(demo_copy, tmp_path, saved)
    assert len(problems) == 1 and "has 0 entries" in problems[0]


def test_a_file_without_a_head_is_one_clear_line(demo_copy: Path, tmp_path: Path):
    notes = tmp_path / "notes.json"
    notes.write_text("{}", encoding="utf-8")
    problems = _problems(demo_copy, tmp_path, notes)
    assert problems == [
        f"{notes} records no audit chain head: name a monthly HQ workbook, a "
        "backup or its manifest."
    ]
