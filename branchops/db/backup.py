"""Backups of the SQLite file: online copies, daily and on exit, rotation, verified restore."""

from __future__ import annotations

import errno
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from branchops import clock
from branchops.db import errors
from branchops.db.lifecycle import SQLITE_HEADER, known_revisions, read_only_uri
from branchops.i18n import translate

AUTO_PATTERN = re.compile(r"^branchops-(\d{8})-(\d{6})(?:-\d+)?-(daily|exit|manual)\.sqlite3$")


class BackupError(errors.DatabaseOpenError):
    """A backup or restore could not be done; nothing was changed."""


def _copy_online(source: Path, dest: Path) -> None:
    """Copy a live SQLite database consistently (other connections may be writing)."""
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                out.close()
        finally:
            src.close()
        tmp.replace(dest)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        if _is_disk_full(exc):
            raise BackupError(str(errors.disk_full(dest))) from exc
        raise BackupError(
            translate(
                "Backup", "The backup to {path} failed: {reason}. Nothing was changed."
            ).format(path=dest, reason=exc)
        ) from exc


def _is_disk_full(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "full" in str(exc).lower()


def backup_to(db_path: Path, out: Path) -> Path:
    if out.is_dir():
        raise BackupError(
            translate(
                "Backup", "{path} is a folder; name the backup file, for example {example}."
            ).format(path=out, example=out / "branchops-backup.sqlite3")
        )
    if not out.parent.is_dir():
        raise BackupError(str(errors.missing_folder(out.parent)))
    _copy_online(db_path, out)
    return out


def automatic_backup(db_path: Path, backups_dir: Path, kind: str, keep: int) -> Path:
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
    path = backup_to(db_path, out)
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


def restore(db_path: Path, backup: Path, backups_dir: Path) -> Path | None:
    """Replace the database with a verified backup; the replaced file is kept in backups."""
    verify_backup(backup)
    kept = None
    if db_path.exists():
        backups_dir.mkdir(parents=True, exist_ok=True)
        kept = backups_dir / f"{db_path.stem}-before-restore-{clock.now():%Y%m%d-%H%M%S}.sqlite3"
        _copy_online(db_path, kept)
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup, staged)
        target = sqlite3.connect(db_path)
        try:
            source = sqlite3.connect(read_only_uri(staged, immutable=True), uri=True)
            try:
                source.backup(target)
            finally:
                source.close()
        finally:
            target.close()
    except (OSError, sqlite3.Error) as exc:
        if _is_disk_full(exc):
            raise BackupError(str(errors.disk_full(db_path))) from exc
        raise BackupError(
            translate("Backup", "Restore failed: {reason}. The database was not replaced.").format(
                reason=exc
            )
        ) from exc
    finally:
        staged.unlink(missing_ok=True)
    return kept
