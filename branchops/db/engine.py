"""Engine and session factory: a SQLite file (the embedded default) or a SQLAlchemy URL.

SQLite transactions follow SQLAlchemy's documented pysqlite recipe: the driver's own transaction
handling is switched off (it would commit every DDL statement on its own and start transactions
only before INSERT/UPDATE/DELETE), and the ``begin`` event emits ``BEGIN`` itself. Creating or
upgrading the schema is therefore one transaction, and a unit of work starts with
``BEGIN IMMEDIATE``: it takes the write lock first, so two writers wait for each other (up to the
busy timeout) instead of the second one failing when it tries to write.

Every session factory made here writes the audit log (``db/audit.py``): no path to the database
can bypass it by not importing a module.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from branchops.db import audit
from branchops.db.target import DatabaseTarget

SQLITE_BUSY_TIMEOUT_MS = 10_000
BEGIN_OPTION = "branchops_begin"  # execution option: "IMMEDIATE" for a writing transaction
WRITE = {BEGIN_OPTION: "IMMEDIATE"}

__all__ = [
    "DatabaseTarget",
    "create_db_engine",
    "create_session_factory",
    "writing",
]


def create_db_engine(target: DatabaseTarget) -> Engine:
    if target.is_sqlite:
        engine = create_engine(target.url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(target.url, pool_pre_ping=True)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # The driver must neither BEGIN nor COMMIT by itself: ``_sqlite_begin`` does.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # FULL makes a committed transaction survive power loss in WAL mode.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")


def writing(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions start by taking the write lock."""
    return engine.execution_options(**WRITE)


def create_session_factory(engine: Engine, *, write: bool = False) -> sessionmaker[Session]:
    """Sessions on ``engine``, audited; ``write`` sessions begin with ``BEGIN IMMEDIATE``."""
    factory = sessionmaker(bind=writing(engine) if write else engine, expire_on_commit=False)
    audit.attach(factory)
    return factory
