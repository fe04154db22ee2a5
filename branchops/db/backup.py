"""Backups of the SQLite file: online copies, daily and on exit, rotation, verified restore.

Every backup gets a manifest beside it (``db/chain_head.py``) holding its hash and the audit
chain's head; a restore is itself audited and leaves a record of the new head.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from branchops import clock
from branchops.db import chain_head, errors
from branchops.db.audit import RESTORED, record_event
from branchops.db.disk_space import is_disk_full
from branchops.db.engine import SQLITE_BUSY_TIMEOUT_MS, DatabaseTarget
from branchops.db.lifecycle import SQLITE_HEADER, known_revisions, open_database
from branchops.db.sqlite_copy import (
    CopyTimedOut,
    backup_into,
    copy_to_new_file,
    read_only_uri,
    remove_with_side_files,
)
from branchops.i18n import translate

BUSY_TIMEOUT_S = SQLITE_BUSY_TIMEOUT_MS / 1000

AUTO_PATTERN = re.compile(r"^branchops-(\d{8})-(\d{6})(?:-\d+)?-(daily|exit|manual)\.sqlite3$")


class BackupError(errors.DatabaseOpenError):
    """A backup or restore could not be done; nothing was changed."""


def _copy_online(source: Path, dest: Path, kind: str, key: str) -> None:
    """Copy a live SQLite database consistently (other connections may be writing), then write
    the manifest beside the copy."""
    try:
        copy_to_new_file(source, dest, BUSY_TIMEOUT_S)
        chain_head.write_manifest(dest, kind, key)
    except errors.DatabaseOpenError as exc:
        raise BackupError(str(exc)) from exc
    except (OSError, sqlite3.Error) as exc:  # writing the manifest: keep no backup without one
        full = is_disk_full(exc, dest)
        dest.unlink(missing_ok=True)
        chain_head.manifest_path(dest).unlink(missing_ok=True)
        if full:
            raise BackupError(str(errors.disk_full(dest))) from exc
        raise BackupError(
            translate(
                "Backup", "The backup to {path} failed: {reason}. Nothing was changed."
            ).format(path=dest, reason=exc)
        ) from exc


def backup_to(db_path: Path, out: Path, *, kind: str = "manual", key: str = "") -> Path:
    """Copy the database to ``out`` (a file name), with its manifest beside it. ``key``: the HQ
    key, to sign the audit chain head in the manifest."""
    if out.is_dir():
        raise BackupError(
            translate(
                "Backup", "{path} is a folder; name the backup file, for example {example}."
            ).format(path=out, example=out / "branchops-backup.sqlite3")
        )
    if not out.parent.is_dir():
        raise BackupError(
            translate(
                "Backup", "The folder {folder} for the backup does not exist; create it first."
            ).format(folder=out.parent)
        )
    _copy_online(db_path, out, kind, key)
    return out


def automatic_backup(
    db_path: Path, backups_dir: Path, kind: str, keep: int, *, key: str = ""
) -> Path:
    """``kind``: daily, exit or manual. Keeps the newest ``keep`` automatic backups."""
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(str(errors.read_only(backups_dir))) from exc
    stamp = f"branchops-{clock.now():%Y%m%d-%H%M%S}"
    out = backups_dir / f"{stamp}-{kind}.sqlite3"
    counter = 1
    while out.exists():  # two backups in the same second keep both
        counter += 1
        out = backups_dir / f"{stamp}-{counter}-{kind}.sqlite3"
    path = backup_to(db_path, out, kind=kind, key=key)
    rotate(backups_dir, keep)
    return path


def daily_backup_due(backups_dir: Path, today: datetime | None = None) -> bool:
    stamp = f"{today or clock.now():%Y%m%d}"
    return not any(
        (m := AUTO_PATTERN.match(p.name)) and m.group(1) == stamp
        for p in backups_dir.glob("branchops-*.sqlite3")
    )


def list_backups(backups_dir: Path) -> list[Path]:
    found = [p for p in backups_dir.glob("*.sqlite3") if AUTO_PATTERN.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate(backups_dir: Path, keep: int) -> None:
    for old in list_backups(backups_dir)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
        chain_head.manifest_path(old).unlink(missing_ok=True)


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    revisions: tuple[str, ...]


def verify_backup(path: Path) -> VerifiedBackup:
    def fail(reason: str) -> BackupError:
        return BackupError(
            translate("Backup", "{path} cannot be restored: {reason} Nothing was changed.").format(
                path=path, reason=reason
            )
        )

    if path.is_dir():
        raise BackupError(
            translate(
                "Backup",
                "{path} is a folder; name the backup file in it, for example {example}. "
                "Nothing was changed.",
            ).format(path=path, example=_example_in(path))
        )
    if not path.is_file():
        raise fail(translate("Backup", "the file does not exist."))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise fail(translate("Backup", "it is not a BranchOps backup."))
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            revisions = tuple(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise fail(translate("Backup", "it is damaged or not a BranchOps backup.")) from exc
    if result != "ok":
        raise fail(
            translate("Backup", "the integrity check failed ({detail}).").format(detail=result)
        )
    if not revisions:
        raise fail(translate("Backup", "it has no schema revision."))
    if set(revisions) - known_revisions():
        raise fail(translate("Backup", "it was made by a newer BranchOps."))
    return VerifiedBackup(path, revisions)


def _example_in(folder: Path) -> Path:
    found = list_backups(folder)
    return found[0] if found else folder / "branchops-backup.sqlite3"


def restore(
    db_path: Path, backup: Path, backups_dir: Path, *, actor: str = "system", key: str = ""
) -> Path | None:
    """Replace the database with a verified backup; the replaced file is kept in backups.

    Waits at most the busy timeout for another writer. Afterwards the database is brought to the
    newest schema, the restore is written to its audit log, and a record of the new chain head
    sets aside the heads of the history that was replaced. Returns the kept file.
    """
    verify_backup(backup)
    kept = None
    if db_path.exists():
        backups_dir.mkdir(parents=True, exist_ok=True)
        kept = backups_dir / f"{db_path.stem}-before-restore-{clock.now():%Y%m%d-%H%M%S}.sqlite3"
        _copy_online(db_path, kept, "before-restore", key)
    _replace_contents(db_path, backup)
    _record_restore(db_path, backup, backups_dir, actor, key)
    return kept


def _replace_contents(db_path: Path, backup: Path) -> None:
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup, staged)
        target = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S)
        try:
            source = sqlite3.connect(read_only_uri(staged, immutable=True), uri=True)
            try:
                backup_into(source, target, BUSY_TIMEOUT_S)
            finally:
                source.close()
        finally:
            target.close()
    except CopyTimedOut as exc:
        raise BackupError(str(errors.busy(db_path, BUSY_TIMEOUT_S))) from exc
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc, db_path):
            raise BackupError(str(errors.disk_full(db_path))) from exc
        raise BackupError(
            translate("Backup", "Restore failed: {reason}. The database was not replaced.").format(
                reason=exc
            )
        ) from exc
    finally:
        remove_with_side_files(staged)


def _record_restore(db_path: Path, backup: Path, backups_dir: Path, actor: str, key: str) -> None:
    db, _ = open_database(DatabaseTarget.parse(db_path), backups_dir)
    try:
        with db.write_factory() as session:
            record_event(session, actor, RESTORED, "Database", backup.name, {"file": backup.name})
            session.commit()
            head = chain_head.current_head(session)
            superseded = [
                record.source
                for record in chain_head.records_in(backups_dir, key)
                if not chain_head.consistent_with(session, record.head)
            ]
    finally:
        db.dispose()
    chain_head.write_restore_record(backups_dir, db_path.stem, head, backup.name, superseded, key)
