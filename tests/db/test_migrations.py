"""Every schema that has been on main opens in this release: a copy is upgraded, rows survive.

The saved databases in tests/db/schemas/ are made by tools/save_schema_snapshot.py (one per
revision, never edited); each holds branch profile SNAP01, staff member E0001 and an audit entry.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from branchops.db.engine import DatabaseTarget
from branchops.db.integrity import check_database
from branchops.db.lifecycle import MIGRATIONS_DIR, alembic_config, open_database
from branchops.db.revisions import head_revisions, known_revisions

SCHEMAS = Path(__file__).resolve().parent / "schemas"
SAVED = sorted(SCHEMAS.glob("*.sqlite3"))


def _query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_first_schema_is_saved():
    assert "0001_foundation" in [p.stem for p in SAVED]


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_file_is_named_after_its_revision(saved: Path):
    revisions = {row[0] for row in _query(saved, "SELECT version_num FROM alembic_version")}
    assert revisions == {saved.stem}
    assert saved.stem in known_revisions()


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_schema_upgrades_to_head_and_keeps_its_rows(saved: Path, tmp_path: Path):
    before = saved.read_bytes()
    copy = tmp_path / "branchops.sqlite3"
    shutil.copyfile(saved, copy)
    db, result = open_database(DatabaseTarget.parse(copy), tmp_path / "backups")
    try:
        assert set(db.schema_revision().split(",")) == head_revisions()
        assert check_database(db) == []
    finally:
        db.dispose()
    if {saved.stem} != head_revisions():
        assert result.upgraded_from == (saved.stem,)
        assert result.backup is not None
        assert result.backup.exists()
    assert _query(copy, "SELECT code, name FROM branch_profile") == [("SNAP01", "城东支行")]
    assert _query(copy, "SELECT employee_no, name FROM staff") == [("E0001", "王芳")]
    assert _query(copy, "SELECT seq, username, entity FROM audit_log") == [(1, "manager", "Staff")]
    assert saved.read_bytes() == before, "the saved file itself is never changed"


def test_revision_graph_read_without_alembic_matches_alembic():
    config = alembic_config(None)
    script = ScriptDirectory.from_config(config)
    assert Path(config.get_main_option("script_location")) == MIGRATIONS_DIR
    assert known_revisions() == {s.revision for s in script.walk_revisions()}
    assert head_revisions() == set(script.get_heads())
