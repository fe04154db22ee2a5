"""SQLite transactions as SQLAlchemy's pysqlite recipe makes them: a unit of work holds the write
lock from its first statement (so a second writer waits, instead of failing when its snapshot
turns out stale), reads take no write lock, and a session sees one snapshot."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from branchops.core.staff.models import Position


def _count(session) -> int:
    return session.scalar(select(func.count(Position.id)))


def _other_writer_may_start(path) -> bool:
    other = sqlite3.connect(path, timeout=0.05, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    finally:
        other.close()


def test_a_unit_of_work_takes_the_write_lock_at_its_first_statement(db):
    path = db.target.path
    with db.unit_of_work() as uow:
        before = _count(uow.session)  # a read, but the write lock is already held
        assert not _other_writer_may_start(path)
        uow.session.add(Position(name="大堂经理", sort_order=1))
        uow.commit()
    assert _other_writer_may_start(path)
    with db.session() as session:
        assert _count(session) == before + 1


def test_reading_takes_no_write_lock(db):
    with db.session() as session:
        _count(session)
        assert _other_writer_may_start(db.target.path)


def test_a_session_reads_one_snapshot(db):
    """The driver used to run each SELECT in its own transaction: two reads of one session
    could disagree while another program wrote in between."""
    with db.session() as session:
        first = _count(session)
        other = sqlite3.connect(db.target.path, isolation_level=None)
        other.execute("INSERT INTO position (name, sort_order) VALUES ('保安', 9)")
        other.close()
        assert _count(session) == first
    with db.session() as session:
        assert _count(session) == first + 1


@pytest.mark.parametrize("statement", ["CREATE TABLE scratch (x)", "DROP TABLE setting"])
def test_ddl_is_rolled_back_with_the_transaction(db, statement):
    from sqlalchemy import inspect, text

    with db.engine.connect() as connection:
        before = set(inspect(connection).get_table_names())
        connection.execute(text(statement))
        connection.rollback()
        assert set(inspect(connection).get_table_names()) == before
