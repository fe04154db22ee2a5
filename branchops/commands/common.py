"""Helpers shared by the subcommands: opening the database named by ``--db``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from branchops.config import AppSettings, DataPaths
from branchops.db.target import DatabaseTarget

if TYPE_CHECKING:
    from branchops.db.lifecycle import Database


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", required=required, help="SQLite file path or SQLAlchemy URL")


def data_paths_for(target: DatabaseTarget) -> DataPaths:
    """A SQLite file keeps its backups and photos beside it; a server uses the data folder."""
    if target.path is not None:
        return DataPaths(target.path.parent)
    return DataPaths(AppSettings.load().data_path())


def open_db(path_or_url: str, *, upgrade: bool = True) -> tuple[Database, DataPaths]:
    from branchops.db.lifecycle import open_database

    target = DatabaseTarget.parse(path_or_url)
    paths = data_paths_for(target)
    db, _ = open_database(target, paths.backups, upgrade=upgrade)
    return db, paths


def say(text: str) -> None:
    print(text, file=sys.stdout, flush=True)
