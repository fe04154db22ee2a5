"""Every schema that has been on main opens in this release: a copy is upgraded, rows survive.

The saved databases in tests/db/schemas/ are made by tools/save_schema_snapshot.py, one per
revision file in branchops/db/migrations/versions/ (a revision without one fails here). Each has
at least one row in every table, among them branch profile SNAP01, staff member E0001 and audit
entry 1; every row must survive every later upgrade and load through the models.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select

from branchops.core import models
from branchops.db.engine import DatabaseTarget
from branchops.db.integrity import check_database
from branchops.db.lifecycle import MIGRATIONS_DIR, alembic_config, open_database
from branchops.db.revisions import head_revisions, known_revisions

SCHEMAS = Path(__file__).resolve().parent / "schemas"
SAVED = sorted(SCHEMAS.glob("*.sqlite3"))


def _row_counts(path: Path) -> dict[str, int]:
    tables = [
        r[0]
        for r in _query(path, "SELECT name FROM sqlite_master WHERE type='table'")
        if r[0] != "alembic_version" and not r[0].startswith("sqlite_")
    ]
    return {t: _query(path, f'SELECT count(*) FROM "{t}"')[0][0] for t in tables}


def _query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_first_schema_is_saved():
    assert "0001_foundation" in [p.stem for p in SAVED]


def test_every_revision_file_has_a_saved_database():
    """Only the revision files present count, so a revision of another branch is not asked for
    until it arrives here (with its saved database)."""
    missing = sorted(known_revisions() - {p.stem for p in SAVED})
    assert missing == [], f"save them with tools/save_schema_snapshot.py: {missing}"


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_database_has_a_row_in_every_table(saved: Path):
    empty = sorted(table for table, count in _row_counts(saved).items() if count == 0)
    assert empty == [], f"add rows for them to tools/save_schema_snapshot.py: {empty}"


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_file_is_named_after_its_revision(saved: Path):
    revisions = {row[0] for row in _query(saved, "SELECT version_num FROM alembic_version")}
    assert revisions == {saved.stem}
    assert saved.stem in known_revisions()


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_schema_upgrades_to_head_and_keeps_its_rows(saved: Path, tmp_path: Path):
    before = saved.read_bytes()
    counts = _row_counts(saved)
    copy = tmp_path / "branchops.sqlite3"
    shutil.copyfile(saved, copy)
    db, result = open_database(DatabaseTarget.parse(copy), tmp_path / "backups")
    try:
        assert set(db.schema_revision().split(",")) == head_revisions()
        assert check_database(db) == []
        with db.session() as session:  # every row still reads through the models
            for mapper in models.Base.registry.mappers:
                session.scalars(select(mapper.class_)).all()
    finally:
        db.dispose()
    if {saved.stem} != head_revisions():
        assert result.upgraded_from == (saved.stem,)
        assert result.backup is not None
        assert result.backup.exists()
    assert _query(copy, "SELECT code, name FROM branch_profile") == [("SNAP01", "城东支行")]
    assert _query(copy, "SELECT employee_no, name FROM staff") == [("E0001", "王芳")]
    assert _query(copy, "SELECT seq, username, entity FROM audit_log") == [(1, "manager", "Staff")]
    after = _row_counts(copy)
    assert {t: n for t, n in counts.items() if after.get(t, 0) < n} == {}, "rows were lost"
    assert saved.read_bytes() == before, "the saved file itself is never changed"


def test_revision_graph_read_without_alembic_matches_alembic():
    config = alembic_config(None)
    script = ScriptDirectory.from_config(config)
    assert Path(config.get_main_option("script_location")) == MIGRATIONS_DIR
    assert known_revisions() == {s.revision for s in script.walk_revisions()}
    assert head_revisions() == set(script.get_heads())
