"""Helpers shared by the subcommands: opening the database named by ``--db``, and who acts.

A command that writes holds the database lock (``db/instance_lock.py``) for its run: it refuses
while the desktop app (or another writing command) is open on the same file, and the app refuses
to start while it runs. With sign-in on, a command that reads or writes records acts as the user
named by ``--user``, whose password it reads from ``BRANCHOPS_PASSWORD`` or asks for.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from branchops.config import AppSettings, DataPaths
from branchops.core.errors import UserError
from branchops.db.target import DatabaseTarget
from branchops.i18n import translate

if TYPE_CHECKING:
    from branchops.core.users.permissions import CurrentUser
    from branchops.db.lifecycle import Database

PASSWORD_ENV = "BRANCHOPS_PASSWORD"


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", required=required, help="SQLite file path or SQLAlchemy URL")


def data_paths_for(target: DatabaseTarget) -> DataPaths:
    """A SQLite file keeps its backups and photos beside it; a server uses the data folder."""
    if target.path is not None:
        return DataPaths(target.path.parent)
    return DataPaths(AppSettings.load().data_path())


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        help=f"with sign-in on: who acts (password from {PASSWORD_ENV}, or asked)",
    )


def lock_for_writing(target: DatabaseTarget, *, create: bool = False):
    """The database lock, held; ``errors.in_use`` when the app or another writer has it.
    None for a server database (its server serialises the writers), and for a file that does
    not exist unless ``create`` (nobody can have it open)."""
    from branchops.db import errors
    from branchops.db.instance_lock import DatabaseLock

    if target.path is None or not target.path.parent.is_dir():
        return None
    if not create and not target.path.exists():
        return None
    lock = DatabaseLock(target.path)
    try:
        acquired = lock.acquire()
    except OSError:
        return None  # neither openable nor creatable: opening the database says why
    if not acquired:
        raise errors.in_use(target.display())
    return lock


def open_db(
    path_or_url: str, *, upgrade: bool = True, create: bool = False, write: bool = False
) -> tuple[Database, DataPaths]:
    """Open the database; a missing SQLite file is created only when ``create`` is set, so a
    mistyped ``--db`` is refused instead of reporting on (or importing into) a new empty file.
    ``write``: hold the database lock until the database is disposed."""
    from branchops.db.lifecycle import open_database

    target = DatabaseTarget.parse(path_or_url)
    path = target.path
    if not create and path is not None and path.parent.is_dir() and not path.exists():
        raise UserError(translate("Cli", "The database {path} does not exist.").format(path=path))
    paths = data_paths_for(target)
    lock = lock_for_writing(target, create=create) if write else None
    try:
        db, _ = open_database(target, paths.backups, upgrade=upgrade)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    db.lock = lock
    return db, paths


def acting_user(db: Database, args: argparse.Namespace) -> CurrentUser:
    """Who the command acts as: the manager in single-user mode; with sign-in on, the user
    named by ``--user`` once the password is right (a wrong one is audited and counted)."""
    from branchops import clock
    from branchops.core.users.permissions import SINGLE_USER
    from branchops.core.users.service import sign_in, sign_in_required

    with db.session() as session:
        required = sign_in_required(session)
    if not required:
        return SINGLE_USER
    username = getattr(args, "user", None)
    if not username:
        raise UserError(
            translate(
                "Cli",
                "Sign-in is on for this database: name who acts with --user NAME (the password "
                "is read from {env}, or asked).",
            ).format(env=PASSWORD_ENV)
        )
    password = _password(username)
    with db.unit_of_work() as uow:
        return sign_in(uow, username, password, clock.now())


def _password(username: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UserError(
            translate(
                "Cli", "No password for {user}: set {env}, or run the command in a terminal."
            ).format(user=username, env=PASSWORD_ENV)
        )
    import getpass

    return getpass.getpass(translate("Cli", "Password for {user}: ").format(user=username))


def say(text: str) -> None:
    print(text, file=sys.stdout, flush=True)


# The import kinds for --help, without loading the import machinery; a test keeps it equal to
# the kinds the areas declare.
IMPORT_KINDS_HELP = "staff, checklist, attendance, survey, budget, expenses"
