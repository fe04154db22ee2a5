"""``migrate``, ``check``, ``backup`` and ``restore``: the database's upkeep."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from branchops.commands.common import (
    acting_user,
    add_db_argument,
    add_user_argument,
    data_paths_for,
    lock_for_writing,
    open_db,
    say,
)
from branchops.core.errors import UserError
from branchops.db.target import DatabaseTarget
from branchops.i18n import translate

if TYPE_CHECKING:
    from branchops.db.chain_head import HeadRecord
    from branchops.db.lifecycle import Database


def add_parser(sub: argparse._SubParsersAction) -> list[str]:
    migrate = sub.add_parser("migrate", help="upgrade the schema")
    add_db_argument(migrate)
    check = sub.add_parser("check", help="integrity and consistency check")
    add_db_argument(check)
    check.add_argument(
        "--against",
        nargs="+",
        default=[],
        metavar="FILE",
        help="also compare the audit log with the chain head in these files (monthly HQ "
        "workbooks, backups or their manifests)",
    )
    backup = sub.add_parser("backup", help="copy the database to a file")
    add_db_argument(backup)
    backup.add_argument("--out", required=True)
    restore_parser = sub.add_parser("restore", help="replace the database with a verified backup")
    add_db_argument(restore_parser)
    restore_parser.add_argument("file")
    add_user_argument(restore_parser)
    return ["migrate", "check", "backup", "restore"]


def run(args: argparse.Namespace) -> int:
    return {"migrate": _migrate, "check": _check, "backup": _backup, "restore": _restore}[
        args.command
    ](args)


def _sqlite_only(target: DatabaseTarget) -> Path:
    if target.path is None:
        raise UserError(
            translate(
                "Cli",
                "Backup and restore work on SQLite files; back up a PostgreSQL server with "
                "pg_dump.",
            )
        )
    return target.path


def _migrate(args: argparse.Namespace) -> int:
    from branchops.db.lifecycle import open_database

    target = DatabaseTarget.parse(args.db)
    lock = lock_for_writing(target, create=True)
    try:
        db, result = open_database(target, data_paths_for(target).backups)
        db.dispose()
    finally:
        if lock is not None:
            lock.release()
    if result.created:
        say(
            translate("Cli", "Created a new database at schema {rev}.").format(
                rev=db.schema_revision()
            )
        )
    elif result.upgraded_from:
        say(
            translate(
                "Cli", "Upgraded from {old} to {new}; the old file was kept as {copy}."
            ).format(
                old=",".join(result.upgraded_from), new=db.schema_revision(), copy=result.backup
            )
        )
    else:
        say(
            translate("Cli", "The database is already at the newest schema ({rev}).").format(
                rev=db.schema_revision()
            )
        )
    return 0


def _check(args: argparse.Namespace) -> int:
    from branchops.db.integrity import check_database

    target = DatabaseTarget.parse(args.db)
    if target.path is not None and target.path.is_file() and target.path.stat().st_size == 0:
        raise UserError(
            translate(
                "Cli",
                "{path} is empty (0 bytes): it holds no BranchOps data. Choose the .sqlite3 "
                "file that BranchOps created, or restore a backup into it.",
            ).format(path=target.path)
        )
    db, paths = open_db(args.db, upgrade=False)
    try:
        key = _hq_key(db)
        problems = check_database(db, _known_heads(paths.backups, args.against, key), key)
    finally:
        db.dispose()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    say(
        translate(
            "Cli",
            "No problems found: schema, integrity, foreign keys and audit log are sound.",
        )
    )
    return 0


def _hq_key(db: Database) -> str:
    """The HQ key of the branch profile, if the database has one (empty if it cannot tell)."""
    from sqlalchemy.exc import SQLAlchemyError

    from branchops.core.branch.queries import load_profile

    try:
        with db.session() as session:
            profile = load_profile(session)
    except SQLAlchemyError:
        return ""  # the schema check reports what is wrong with the file
    return profile.hq_key if profile is not None else ""


def _known_heads(backups: Path, files: list[str], key: str) -> list[HeadRecord]:
    from branchops.db.chain_head import records_in

    return records_in(backups, key) + [_head_in(Path(name).expanduser()) for name in files]


def _head_in(path: Path) -> HeadRecord:
    """The audit chain head a file recorded: an HQ workbook, a backup (its manifest, else its
    own log) or a manifest."""
    from branchops.db import chain_head

    suffix = path.suffix.lower()
    if not path.is_file():
        raise UserError(translate("Cli", "{path} does not exist.").format(path=path))
    record = None
    if suffix == ".xlsx":
        record = _head_in_workbook(path)
    elif suffix == ".json":
        record = chain_head.read_record(path)
    elif chain_head.manifest_path(path).is_file():
        record = chain_head.read_record(chain_head.manifest_path(path))
    else:
        try:
            record = chain_head.HeadRecord(path.name, chain_head.head_of_file(path))
        except sqlite3.Error:
            record = None
    if record is None:
        raise UserError(
            translate(
                "Cli",
                "{path} records no audit chain head: name a monthly HQ workbook, a backup or "
                "its manifest.",
            ).format(path=path)
        )
    return record


def _head_in_workbook(path: Path) -> HeadRecord | None:
    from branchops.db.chain_head import ChainHead, HeadRecord
    from branchops.excel.datasheet import DataSheetError, read_data_sheet

    try:
        payload = read_data_sheet(path).payload
    except DataSheetError as error:
        raise UserError(f"{path.name}: {error.reason}") from None
    if payload.audit_entries is None:
        return None
    head = ChainHead(payload.audit_entries, payload.audit_head)
    return HeadRecord(path.name, head, payload.audit_head_hmac)


def _backup(args: argparse.Namespace) -> int:
    from branchops.db.backup import backup_to

    target = DatabaseTarget.parse(args.db)
    path = _sqlite_only(target)
    if not path.exists():
        raise UserError(translate("Cli", "The database {path} does not exist.").format(path=path))
    db, _ = open_db(args.db, upgrade=False)
    try:
        key = _hq_key(db)
    finally:
        db.dispose()
    out = backup_to(path, Path(args.out).resolve(), key=key)
    say(translate("Cli", "Backup written to {path}.").format(path=out))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from branchops.core.users.permissions import SINGLE_USER, Permission, require
    from branchops.db.backup import restore

    target = DatabaseTarget.parse(args.db)
    path = _sqlite_only(target)
    lock = lock_for_writing(target)
    try:
        user, key = SINGLE_USER, ""
        if path.exists() and path.stat().st_size:
            db, _ = open_db(args.db, upgrade=False)
            try:
                user, key = acting_user(db, args), _hq_key(db)
            finally:
                db.dispose()
        require(user, Permission.MANAGE)
        backups = data_paths_for(target).backups
        kept = restore(path, Path(args.file).resolve(), backups, actor=user.username, key=key)
    finally:
        if lock is not None:
            lock.release()
    say(translate("Cli", "Restored {file} into {db}.").format(file=args.file, db=path))
    if kept:
        say(translate("Cli", "The replaced database was kept as {path}.").format(path=kept))
    return 0
