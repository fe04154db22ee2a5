"""Values computed once per read-only piece of work (one export, one KPI table) on a session.

Inside ``with memo_scope(session):`` a call to ``memoized(session, key, compute)`` computes each
key once; outside a scope it just computes. The scope holds nothing once it ends, so data written
later is never read stale. Keys are tuples starting with the owner, e.g. ("kpi", key, month).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")
_KEY = "branchops.memo"


@contextmanager
def memo_scope(session: Session) -> Iterator[None]:
    """Nested scopes share the outer one's values."""
    if _KEY in session.info:
        yield
        return
    session.info[_KEY] = {}
    try:
        yield
    finally:
        session.info.pop(_KEY, None)


def in_memo_scope(session: Session) -> bool:
    return _KEY in session.info


def memo_values(session: Session) -> dict[Hashable, Any] | None:
    """The scope's values by key (None outside a scope), for code that fills several at once."""
    return session.info.get(_KEY)


def memoized(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    memo: dict[Hashable, Any] | None = session.info.get(_KEY)
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def forget(session: Session, key: Hashable) -> None:
    """Drops one value (its source was written inside the scope)."""
    memo = session.info.get(_KEY)
    if memo is not None:
        memo.pop(key, None)
