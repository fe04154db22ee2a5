"""Helpers shared by the subcommands: opening the database named by ``--db``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from branchops.config import AppSettings, DataPaths
from branchops.core.errors import UserError
from branchops.db.target import DatabaseTarget
from branchops.i18n import translate

if TYPE_CHECKING:
    from branchops.db.lifecycle import Database


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", required=required, help="SQLite file path or SQLAlchemy URL")


def data_paths_for(target: DatabaseTarget) -> DataPaths:
    """A SQLite file keeps its backups and photos beside it; a server uses the data folder."""
    if target.path is not None:
        return DataPaths(target.path.parent)
    return DataPaths(AppSettings.load().data_path())


def open_db(
    path_or_url: str, *, upgrade: bool = True, create: bool = False
) -> tuple[Database, DataPaths]:
    """Open the database; a missing SQLite file is created only when ``create`` is set, so a
    mistyped ``--db`` is refused instead of reporting on (or importing into) a new empty file."""
    from branchops.db.lifecycle import open_database

    target = DatabaseTarget.parse(path_or_url)
    path = target.path
    if not create and path is not None and path.parent.is_dir() and not path.exists():
        raise UserError(translate("Cli", "The database {path} does not exist.").format(path=path))
    paths = data_paths_for(target)
    db, _ = open_database(target, paths.backups, upgrade=upgrade)
    return db, paths


def say(text: str) -> None:
    print(text, file=sys.stdout, flush=True)
