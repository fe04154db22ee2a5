"""The audit log: every create, update and delete with who and what; tampering is found."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from branchops.core.staff.models import Position
from branchops.core.users.models import Role, User
from branchops.core.users.permissions import CurrentUser
from branchops.db.audit import GENESIS_HASH, AuditEntry, row_hash, verify_chain
from branchops.db.integrity import check_database
from branchops.i18n import set_language

CLERK = CurrentUser(3, "clerk_wang", "王", Role.CLERK)


def _entries(db) -> list[AuditEntry]:
    with db.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def _history(db) -> int:
    """Create, change and delete a position as the clerk; returns its id."""
    with db.unit_of_work(CLERK) as uow:
        position = Position(name="柜员", sort_order=1)
        uow.session.add(position)
        uow.commit()
        position_id = position.id
    with db.unit_of_work(CLERK) as uow:
        uow.session.get(Position, position_id).name = "高级柜员"
        uow.commit()
    with db.unit_of_work(CLERK) as uow:
        uow.session.delete(uow.session.get(Position, position_id))
        uow.commit()
    return position_id


@pytest.mark.postgres
def test_create_update_delete_are_recorded_with_who_and_what(db):
    position_id = _history(db)
    entries = _entries(db)
    assert [(e.seq, e.action) for e in entries] == [(1, "create"), (2, "update"), (3, "delete")]
    assert {(e.username, e.entity, e.entity_id) for e in entries} == {
        ("clerk_wang", "Position", str(position_id))
    }
    created, updated, deleted = (json.loads(e.changes) for e in entries)
    assert created["name"] == [None, "柜员"]
    assert created["sort_order"] == [None, 1]
    assert updated == {"name": ["柜员", "高级柜员"]}
    assert deleted["name"] == ["高级柜员", None]
    assert entries[0].prev_hash == GENESIS_HASH
    assert entries[1].prev_hash == entries[0].hash


@pytest.mark.postgres
def test_an_unchanged_save_writes_nothing(db):
    position_id = _history(db) + 1
    with db.unit_of_work(CLERK) as uow:
        uow.session.add(Position(id=position_id, name="保安"))
        uow.commit()
    with db.unit_of_work(CLERK) as uow:
        uow.session.get(Position, position_id).name = "保安"
        uow.commit()
    assert len(_entries(db)) == 4


@pytest.mark.postgres
def test_password_hash_is_never_written_to_the_log(db):
    secret = "scrypt$16$1$1$c2FsdHNhbHQ=$c2VjcmV0aGFzaA=="
    with db.unit_of_work(CLERK) as uow:
        uow.session.add(User(username="li", display_name="", role=Role.CLERK, password_hash=secret))
        uow.commit()
    with db.unit_of_work(CLERK) as uow:
        user = uow.session.scalar(select(User).where(User.username == "li"))
        user.password_hash = secret.replace("c2VjcmV0", "bmV3aGFz")
        uow.commit()
    entries = _entries(db)
    assert json.loads(entries[0].changes)["password_hash"] == [None, "***"]
    assert json.loads(entries[1].changes) == {"password_hash": ["***", "***"]}
    assert all("c2Vj" not in e.changes and "bmV3" not in e.changes for e in entries)


@pytest.mark.postgres
def test_an_intact_chain_verifies(db):
    _history(db)
    with db.session() as session:
        assert verify_chain(session) == []
    assert check_database(db) == []


@pytest.mark.postgres
def test_an_edited_entry_is_reported(db):
    set_language("en")
    _history(db)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET username = 'someone_else' WHERE seq = 2"))
    problems = check_database(db)
    assert problems == ["Audit log entry 2 has been edited after it was written."]


@pytest.mark.postgres
def test_a_deleted_middle_entry_is_reported(db):
    set_language("en")
    _history(db)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    problems = check_database(db)
    assert problems == ["Audit log entry 2 has been deleted (the chain has a gap)."]


@pytest.mark.postgres
def test_a_rewritten_and_rehashed_entry_still_breaks_the_link(db):
    """Recomputing one row's own hash does not help: the next row points to the old hash."""
    _history(db)
    with db.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.seq == 2))
        entry.username = "someone_else"
        fields = ("seq", "at", "username", "action", "entity", "entity_id", "changes")
        entry.hash = row_hash(entry.prev_hash, {f: getattr(entry, f) for f in fields})
        session.commit()
    with db.session() as session:
        problems = verify_chain(session)
    assert [(p.seq, p.kind) for p in problems] == [(3, "broken_link")]


def test_every_new_session_factory_is_audited_even_when_an_old_one_was_freed(db):
    """A factory made after another was freed (its session class's id reused) still writes its
    audit rows: the hook once looked attached already and a whole database went unaudited."""
    import gc

    from branchops.db.engine import create_session_factory

    gc.collect()
    gc.freeze()  # the objects already alive are not walked again by each collection below
    try:
        for number in range(60):
            factory = create_session_factory(db.engine)
            with factory() as session:
                session.add(Position(name=f"p{number}"))
                session.commit()
            del factory, session
            gc.collect()
    finally:
        gc.unfreeze()
    with db.session() as session:
        created = session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.entity == "Position")
        )
        assert len(list(created)) == 60
