"""Engine and session factory: a SQLite file (the embedded default) or a SQLAlchemy URL."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from branchops.db.target import DatabaseTarget

SQLITE_BUSY_TIMEOUT_MS = 10_000

__all__ = ["DatabaseTarget", "create_db_engine", "create_session_factory"]


def create_db_engine(target: DatabaseTarget) -> Engine:
    if target.is_sqlite:
        engine = create_engine(target.url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(target.url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # FULL makes a committed transaction survive power loss in WAL mode.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
