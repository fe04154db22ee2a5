"""The audit chain's head is kept outside the log (backup manifests, restore records), so that a
log cut short at its end, or rewritten with its later hashes recomputed, no longer passes check.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from branchops.core.branch.queries import ProfileData, load_profile
from branchops.core.branch.service import save_profile
from branchops.core.staff.models import Position
from branchops.core.users.permissions import SINGLE_USER
from branchops.db import chain_head
from branchops.db.audit import row_hash
from branchops.db.backup import automatic_backup, restore
from branchops.db.engine import DatabaseTarget
from branchops.db.integrity import check_database
from branchops.db.lifecycle import open_database
from branchops.i18n import set_language

KEY = "hq-issued-key-0042"


@pytest.fixture(autouse=True)
def _english():
    set_language("en")


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "branchops.sqlite3"
    db, _ = open_database(DatabaseTarget.parse(path), tmp_path / "backups")
    with db.unit_of_work(SINGLE_USER) as uow:
        save_profile(uow, SINGLE_USER, ProfileData(code="BR01", name="城东支行"))
    _add_positions(db, 6)
    db.dispose()
    return path


def _add_positions(db, count: int, prefix: str = "岗位") -> None:
    for n in range(count):
        with db.unit_of_work(SINGLE_USER) as uow:
            uow.session.add(Position(name=f"{prefix}{n}", sort_order=n))
            uow.commit()


def _check(path: Path, key: str = "") -> list[str]:
    db, _ = open_database(DatabaseTarget.parse(path), path.parent / "backups")
    try:
        return check_database(db, chain_head.records_in(path.parent / "backups", key), key)
    finally:
        db.dispose()


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def _delete_newest(path: Path, how_many: int | None) -> None:
    conn = sqlite3.connect(path)
    with conn:
        if how_many is None:
            conn.execute("DELETE FROM audit_log")
        else:
            conn.execute(
                "DELETE FROM audit_log WHERE seq > (SELECT max(seq) FROM audit_log) - ?",
                (how_many,),
            )
    conn.close()


def _rewrite_from(path: Path, seq: int) -> None:
    """Edit entry ``seq`` and recompute every later hash, as a careful forger would."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    with conn:
        rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY seq")]
        prev = rows[seq - 2]["hash"] if seq > 1 else "0" * 64
        for row in rows[seq - 1 :]:
            if row["seq"] == seq:
                row["username"] = "somebody_else"
            row["prev_hash"] = prev
            row["hash"] = prev = row_hash(prev, row)
            conn.execute(
                "UPDATE audit_log SET username = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (row["username"], row["prev_hash"], row["hash"], row["seq"]),
            )
    conn.close()


def test_a_backup_manifest_records_the_head(live: Path, tmp_path: Path):
    made = automatic_backup(live, tmp_path / "backups", "manual", keep=5)
    manifest = json.loads(chain_head.manifest_path(made).read_text(encoding="utf-8"))
    assert manifest["file"] == made.name
    assert manifest["audit_head"]["count"] == _count(live)
    assert "hmac" not in manifest["audit_head"]
    assert _check(live) == []


@pytest.mark.parametrize("how_many", [1, 5, None], ids=["newest", "newest-five", "all"])
def test_deleting_the_newest_entries_is_found(live: Path, tmp_path: Path, how_many):
    automatic_backup(live, tmp_path / "backups", "daily", keep=5)
    recorded = _count(live)
    _delete_newest(live, how_many)
    problems = _check(live)
    assert len(problems) == 1
    remaining = 0 if how_many is None else recorded - how_many
    assert f"has {remaining} entries" in problems[0]
    assert f"recorded {recorded}" in problems[0]
    assert "deleted" in problems[0]


def test_a_rewritten_log_with_recomputed_hashes_is_found(live: Path, tmp_path: Path):
    automatic_backup(live, tmp_path / "backups", "daily", keep=5)
    _rewrite_from(live, 3)
    problems = _check(live)
    assert problems == [
        f"Audit log entry {_count(live)} is not the one "
        f"{next((tmp_path / 'backups').glob('*.manifest.json')).name} recorded: the log has been "
        "rewritten."
    ]


def test_entries_after_the_last_head_are_not_flagged(live: Path, tmp_path: Path):
    automatic_backup(live, tmp_path / "backups", "daily", keep=5)
    db, _ = open_database(DatabaseTarget.parse(live))
    _add_positions(db, 3, "新岗位")
    db.dispose()
    assert _check(live) == []


def _set_key(path: Path, key: str) -> None:
    db, _ = open_database(DatabaseTarget.parse(path))
    with db.unit_of_work(SINGLE_USER) as uow:
        data = load_profile(uow.session)
        data.hq_key = key
        save_profile(uow, SINGLE_USER, data)
    db.dispose()


def test_with_an_hq_key_the_head_is_signed_and_a_forged_head_is_refused(live, tmp_path):
    _set_key(live, KEY)
    made = automatic_backup(live, tmp_path / "backups", "daily", keep=5, key=KEY)
    manifest_file = chain_head.manifest_path(made)
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    head = chain_head.ChainHead(manifest["audit_head"]["count"], manifest["audit_head"]["hash"])
    assert manifest["audit_head"]["hmac"] == head.signature(KEY)
    assert _check(live, KEY) == []
    # A made-up head (one entry more than the log has) without the key's signature is ignored.
    manifest["audit_head"]["count"] += 1
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    problems = _check(live, KEY)
    assert len(problems) == 1 and "not signed with this branch's HQ key" in problems[0]


def test_restoring_an_older_backup_sets_the_replaced_history_aside(live: Path, tmp_path: Path):
    backups = tmp_path / "backups"
    older = automatic_backup(live, backups, "daily", keep=5)
    db, _ = open_database(DatabaseTarget.parse(live))
    _add_positions(db, 4, "后来的岗位")
    db.dispose()
    automatic_backup(live, backups, "exit", keep=5)  # records a longer head
    restore(live, older, backups, actor="manager")
    assert _check(live) == []  # the longer head belongs to the history the restore replaced
    records = list(backups.glob(f"*{chain_head.RESTORE_RECORD_SUFFIX}"))
    assert len(records) == 1
    _delete_newest(live, 1)  # the restore's own entry
    assert "deleted" in _check(live)[0]


def test_a_damaged_manifest_is_skipped(live: Path, tmp_path: Path):
    made = automatic_backup(live, tmp_path / "backups", "daily", keep=5)
    chain_head.manifest_path(made).write_text("{not json", encoding="utf-8")
    assert chain_head.records_in(tmp_path / "backups") == []
    assert _check(live) == []
