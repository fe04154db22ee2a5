"""Unit of work: one short session per use case, committed once, carrying who is acting.

On SQLite a unit of work's session begins with ``BEGIN IMMEDIATE`` (see ``db/engine.py``). Before
the use case runs, the actor is checked again (``Actor.verify``): a user deactivated, or whose
role changed, since signing in can no longer write.
"""

from __future__ import annotations

from types import TracebackType
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

ACTOR_KEY = "actor"
AUDIT_ENABLED_KEY = "audit_enabled"


class Actor(Protocol):
    """Whoever the audit log names: a signed-in user, or the system."""

    @property
    def username(self) -> str: ...


class SystemActor:
    username = "system"

    def verify(self, session: Session) -> None:
        """The system always may act."""


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session], actor: Actor) -> None:
        self._session_factory = session_factory
        self.actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.session.info[ACTOR_KEY] = self.actor.username
        verify = getattr(self.actor, "verify", None)
        if verify is not None:
            try:
                verify(self.session)
            except BaseException:
                self.session.close()
                raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
