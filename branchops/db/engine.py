"""Engine and session factory: a SQLite file (the embedded default) or a SQLAlchemy URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class DatabaseTarget:
    """What ``--db`` named: a SQLite file path, or a server URL."""

    url: str
    path: Path | None  # set for SQLite files

    @classmethod
    def parse(cls, path_or_url: str | Path) -> DatabaseTarget:
        text = str(path_or_url)
        if "://" in text:
            url = make_url(text)
            if url.get_backend_name() == "sqlite" and url.database:
                return cls(url=text, path=Path(url.database).resolve())
            return cls(url=text, path=None)
        path = Path(text).expanduser().resolve()
        return cls(url=f"sqlite:///{path}", path=path)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


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
