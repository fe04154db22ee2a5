"""Numbers users see (complaint references, export revisions, risk codes, certificate numbers)
are counted from what is saved; with several PCs on one server, two writers must not count at
once. ``serialise`` holds the counter until the unit of work ends: a transaction-level advisory
lock on PostgreSQL (the next writer then counts the saved number), nothing on SQLite, whose
``BEGIN IMMEDIATE`` already lets one writer in at a time.
"""

from __future__ import annotations

import zlib

from sqlalchemy.orm import Session


def serialise(session: Session, counter: str) -> None:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        key = zlib.crc32(f"branchops.counter.{counter}".encode())
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({key})")
