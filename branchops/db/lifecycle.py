"""Open a database: create it at the newest schema, or keep a copy and upgrade an older one.

A database made by a newer BranchOps, a file that is not a database, or a folder that cannot be
written is refused with a clear message and left untouched. Creating or upgrading the schema is
one transaction (see ``db/engine.py``): interrupted at any statement, the file is the old one or
the new one. An upgrade that fails says so and names the copy kept before it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, column, inspect, select, table
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from branchops import clock
from branchops.db import errors
from branchops.db.engine import (
    SQLITE_BUSY_TIMEOUT_MS,
    DatabaseTarget,
    create_db_engine,
    create_session_factory,
    writing,
)
from branchops.db.instance_lock import DatabaseLock
from branchops.db.revisions import head_revisions, known_revisions
from branchops.db.sqlite_copy import copy_to_new_file, read_only_uri
from branchops.db.uow import Actor, SystemActor, UnitOfWork

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


_VERSION_TABLE = table("alembic_version", column("version_num"))


def current_revisions(connection: Connection) -> tuple[str, ...]:
    if not inspect(connection).has_table("alembic_version"):
        return ()
    return tuple(sorted(connection.execute(select(_VERSION_TABLE.c.version_num)).scalars()))


@dataclass
class Database:
    """An open, up-to-date database and the session factory to use it."""

    target: DatabaseTarget
    engine: Engine
    session_factory: sessionmaker[Session]  # reads (and the odd write outside a unit of work)
    write_factory: sessionmaker[Session]  # units of work: BEGIN IMMEDIATE on SQLite
    lock: DatabaseLock | None = None  # held by a writing command; released by ``dispose``

    @classmethod
    def on(cls, target: DatabaseTarget, engine: Engine) -> Database:
        return cls(
            target,
            engine,
            create_session_factory(engine),
            create_session_factory(engine, write=True),
        )

    def unit_of_work(self, actor: Actor | None = None) -> UnitOfWork:
        return UnitOfWork(self.write_factory, actor or SystemActor())

    def session(self) -> Session:
        return self.session_factory()

    def schema_revision(self) -> str:
        with self.engine.connect() as connection:
            return ",".join(current_revisions(connection))

    def dispose(self) -> None:
        self.engine.dispose()
        if self.lock is not None:  # after the connections: see DatabaseLock.release
            self.lock.release()
            self.lock = None


@dataclass(frozen=True)
class UpgradeResult:
    created: bool
    upgraded_from: tuple[str, ...]
    backup: Path | None


def open_database(
    target: DatabaseTarget, backups_dir: Path | None = None, *, upgrade: bool = True
) -> tuple[Database, UpgradeResult]:
    if target.path is not None:
        _check_sqlite_file(target.path)
    engine = create_db_engine(target)
    try:
        result = _bring_to_head(engine, target, backups_dir, upgrade=upgrade)
    except OperationalError as exc:
        engine.dispose()
        if target.path is not None and "readonly" in str(exc).lower():
            raise errors.read_only(target.path.parent) from exc
        raise errors.cannot_connect(target.display(), exc.orig or exc) from exc
    except SADatabaseError as exc:
        engine.dispose()
        raise errors.not_a_database(target.display()) from exc
    except errors.DatabaseOpenError:
        engine.dispose()
        raise
    return Database.on(target, engine), result


def _check_sqlite_file(path: Path) -> None:
    if not path.parent.is_dir():
        raise errors.missing_folder(path.parent)
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise errors.read_only(path.parent)
        return
    if path.is_dir():
        raise errors.not_a_database(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise errors.unreadable(path, exc.strerror or exc) from exc
    if header and header != SQLITE_HEADER:
        raise errors.not_a_database(path)
    if header:
        _check_sqlite_schema(path)


def _check_sqlite_schema(path: Path) -> None:
    """Refuse another program's file or a newer release's before writing anything to it.

    Read-only: the engine's first connection switches the file to WAL, which would change it.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revisions = (
                {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
                if "alembic_version" in tables
                else set()
            )
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return  # busy or not openable read-only: the normal open below reports it
    except sqlite3.DatabaseError as exc:
        raise errors.not_a_database(path) from exc
    if tables and not revisions:
        raise errors.not_a_database(path)
    unknown = revisions - known_revisions()
    if unknown:
        raise errors.newer_schema(path, ",".join(sorted(unknown)))


def _bring_to_head(
    engine: Engine, target: DatabaseTarget, backups_dir: Path | None, *, upgrade: bool
) -> UpgradeResult:
    with engine.connect() as connection:
        current = current_revisions(connection)
        has_tables = bool(inspect(connection).get_table_names())
    if not current and has_tables:
        raise errors.not_a_database(target.display())
    unknown = set(current) - known_revisions()
    if unknown:
        raise errors.newer_schema(target.display(), ",".join(sorted(unknown)))
    if set(current) == head_revisions():
        return UpgradeResult(created=False, upgraded_from=(), backup=None)
    if not upgrade:
        return UpgradeResult(created=False, upgraded_from=current, backup=None)
    backup = None
    if current and target.path is not None and backups_dir is not None:
        backup = keep_copy_before_upgrade(target.path, backups_dir, current)
    from alembic import command

    try:
        with writing(engine).begin() as connection:
            command.upgrade(alembic_config(connection), "heads")
    except (SADatabaseError, errors.DatabaseOpenError) as exc:
        if not current:
            raise
        reason = getattr(exc, "orig", None) or exc
        raise errors.upgrade_failed(target.display(), ",".join(current), reason, backup) from exc
    log.info(
        "database %s %s to %s%s",
        target.display(),
        f"upgraded from {','.join(current)}" if current else "created",
        ",".join(sorted(head_revisions())),
        f"; the old file was kept as {backup}" if backup else "",
    )
    return UpgradeResult(created=not current, upgraded_from=current, backup=backup)


def keep_copy_before_upgrade(path: Path, backups_dir: Path, revisions: Iterable[str]) -> Path:
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    copy = backups_dir / f"{path.stem}-before-upgrade-{'_'.join(revisions)}-{stamp}.sqlite3"
    copy_to_new_file(path, copy, SQLITE_BUSY_TIMEOUT_MS / 1000)
    return copy
