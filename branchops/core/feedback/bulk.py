"""Many feedback records in one go (demo data, survey imports): plain dicts, executemany, chunks.

At half a million rows SQLAlchemy's per-row type processing costs more than SQLite's own work,
so rows go to the driver's ``executemany`` directly, converted only where the driver needs it:
columns of a custom type (``Stamp``) get their stored form; on SQLite dates and times become the
text SQLAlchemy itself stores and reads back (enum members are strings already); elsewhere enum
members become their values. Such inserts bypass the ORM
and so write no audit rows: the caller records one summary entry.

Loading hundreds of thousands of rows into a table that has none yet goes faster with the
secondary indexes built once at the end (``indexes_built_after``), inside the same transaction.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Dialect, Enum, Table
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

CHUNK = 20_000
LOAD_CACHE_KIB = 256 * 1024  # SQLite page cache while loading (the default is 2 MiB)
_MARKS = {"qmark": ":{}", "named": ":{}", "format": "%({})s", "pyformat": "%({})s"}


def _sqlite_datetime(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(sep=" ", timespec="microseconds")


def _sqlite_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _converters(
    table: Table, sample: dict[str, Any], dialect: Dialect
) -> list[tuple[str, Callable]]:
    """What each column needs before the driver takes it (nothing for values given ready)."""
    sqlite = dialect.name == "sqlite"
    out: list[tuple[str, Callable]] = []
    for name, value in sample.items():
        kind = table.c[name].type
        if isinstance(kind, TypeDecorator):
            if not isinstance(value, int):
                out.append((name, partial(kind.process_bind_param, dialect=dialect)))
        elif sqlite and isinstance(kind, DateTime) and isinstance(value, datetime):
            out.append((name, _sqlite_datetime))
        elif sqlite and isinstance(kind, Date) and isinstance(value, date):
            out.append((name, _sqlite_date))
        elif not sqlite and isinstance(kind, Enum):
            out.append((name, _enum_value))
    return out


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> int:
    """Insert ``rows`` (dicts with the same keys and kinds of value, every NOT NULL column
    given); the first row tells which columns need converting."""
    if not rows:
        return 0
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    quote = dialect.identifier_preparer.quote
    mark = _MARKS.get(dialect.paramstyle, ":{}")
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join(mark.format(n) for n in names)})"
    )
    converters = _converters(table, rows[0], dialect)
    with _large_cache(connection):
        _execute(connection, sql, rows, converters)
    return len(rows)


@contextmanager
def _large_cache(connection: Connection) -> Iterator[None]:
    """Many rows land all over the table's indexes: SQLite keeps more of them in memory."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{LOAD_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _execute(
    connection: Connection,
    sql: str,
    rows: Sequence[dict[str, Any]],
    converters: list[tuple[str, Callable]],
) -> None:
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        if converters:
            params = []
            for row in chunk:
                copy = dict(row)
                for name, convert in converters:
                    copy[name] = convert(copy[name])
                params.append(copy)
        else:
            params = list(chunk)
        connection.exec_driver_sql(sql, params)


@contextmanager
def indexes_built_after(session: Session, table: Table) -> Iterator[None]:
    """Drop the table's secondary indexes for the block and build them again after it."""
    connection = session.connection()
    indexes = sorted(table.indexes, key=lambda i: i.name or "")
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


def record_row(received_at: datetime | int, **values: object) -> dict[str, Any]:
    """A feedback record as ``insert_rows`` takes it: every column given, id 0 until set."""
    row: dict[str, Any] = {
        "id": 0,
        "received_at": received_at,
        "channel": "device",
        "kind": "rating",
        "category": None,
        "staff_id": None,
        "customer_name": "",
        "customer_phone": "",
        "description": "",
        "rating": None,
        "rating_scale": None,
        "nps": None,
        "has_text": False,
    }
    row.update(values)
    return row
