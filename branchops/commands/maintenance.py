"""``migrate``, ``check``, ``backup`` and ``restore``: the database's upkeep."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from branchops.commands.common import add_db_argument, data_paths_for, open_db, say
from branchops.core.errors import UserError
from branchops.db.target import DatabaseTarget
from branchops.i18n import translate


def add_parser(sub: argparse._SubParsersAction) -> list[str]:
    migrate = sub.add_parser("migrate", help="upgrade the schema")
    add_db_argument(migrate)
    check = sub.add_parser("check", help="integrity and consistency check")
    add_db_argument(check)
    backup = sub.add_parser("backup", help="copy the database to a file")
    add_db_argument(backup)
    backup.add_argument("--out", required=True)
    restore_parser = sub.add_parser("restore", help="replace the database with a verified backup")
    add_db_argument(restore_parser)
    restore_parser.add_argument("file")
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
    db, result = open_database(target, data_paths_for(target).backups)
    db.dispose()
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

    db, _ = open_db(args.db, upgrade=False)
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    say(translate("Cli", "No problems found: integrity, foreign keys and audit log are sound."))
    return 0


def _backup(args: argparse.Namespace) -> int:
    from branchops.db.backup import backup_to

    target = DatabaseTarget.parse(args.db)
    path = _sqlite_only(target)
    if not path.exists():
        raise UserError(translate("Cli", "The database {path} does not exist.").format(path=path))
    out = backup_to(path, Path(args.out).resolve())
    say(translate("Cli", "Backup written to {path}.").format(path=out))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from branchops.db.backup import restore

    target = DatabaseTarget.parse(args.db)
    path = _sqlite_only(target)
    kept = restore(path, Path(args.file).resolve(), data_paths_for(target).backups)
    say(translate("Cli", "Restored {file} into {db}.").format(file=args.file, db=path))
    if kept:
        say(translate("Cli", "The replaced database was kept as {path}.").format(path=kept))
    return 0
