"""Writing through a service from a page or dialog: one unit of work, the user's mistakes shown,
and the other pages told what changed.

The part of a write that can block for long is taking the database's write lock: SQLite's
``BEGIN IMMEDIATE`` waits up to the busy timeout while another program writes, and a lost server
waits for its connect timeout. That part (with the check that the user may still act) runs on a
worker thread while the window keeps painting (``waiting.wait_off_thread``). Once the lock is
held, ``fn`` runs on the UI thread: it reads the form's widgets, which Qt allows only there, and
with the lock held nothing it does waits for another writer. The result or the error is then
handled on the UI thread, as before, and there is still one writer at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from branchops.core.errors import ConflictError, UserError, ValidationError
from branchops.ui.widgets.messages import show_user_error
from branchops.ui.widgets.waiting import wait_off_thread

if TYPE_CHECKING:
    from branchops.db.uow import UnitOfWork
    from branchops.ui.context import AppContext

T = TypeVar("T")


@dataclass(frozen=True)
class Written(Generic[T]):
    """What ``run_write`` gives back: true when the write went through, with what ``fn``
    returned in ``value`` (None when it failed)."""

    ok: bool
    value: T | None = None

    def __bool__(self) -> bool:
        return self.ok


def run_write(
    ctx: AppContext,
    parent: QWidget | None,
    area: str,
    fn: Callable[[UnitOfWork], T],
    *,
    on_invalid: Callable[[ValidationError], None] | None = None,
    on_conflict: Callable[[ConflictError], None] | None = None,
    opened: Mapping[tuple[type, Any], int] | None = None,
) -> Written[T]:
    """Run ``fn(uow)`` in one unit of work as the current user, then emit
    ``ctx.events.data_changed(area)``. A ``UserError`` is shown to the user and nothing is
    emitted; a ``ValidationError`` goes to ``on_invalid`` instead when given (to mark fields).
    A ``ConflictError`` (someone else saved the record since it was opened) goes to
    ``on_conflict`` when given; ``opened`` names the records (model, id) the user opened and at
    which version, and the save is refused when one changed since. A database failure (locked
    beyond the busy timeout, disk full, server gone) is shown in words; other exceptions reach
    the error dialog. The wait for the write lock does not freeze the window (see the module's
    docstring)."""
    try:
        uow = wait_off_thread(parent, lambda: _begun(ctx))
        try:
            if opened:
                from branchops.core.concurrency import expect_all

                expect_all(uow.session, opened)
            value = fn(uow)
        finally:
            uow.__exit__(None, None, None)
    except Exception as exc:
        error = user_error_of(exc, _where(ctx))
        if error is None:
            raise
        if on_invalid is not None and isinstance(error, ValidationError):
            on_invalid(error)
        elif on_conflict is not None and isinstance(error, ConflictError):
            on_conflict(error)
        else:
            show_user_error(parent, error)
        return Written(False)
    ctx.events.data_changed.emit(area)
    return Written(True, value)


def _begun(ctx: AppContext) -> UnitOfWork:
    """A unit of work as the current user whose transaction has begun: on SQLite it holds the
    write lock (``BEGIN IMMEDIATE``). Runs on the worker thread."""
    uow = ctx.db.unit_of_work(ctx.user).__enter__()
    try:
        uow.session.connection()
    except BaseException:
        uow.__exit__(None, None, None)
        raise
    return uow


def user_error_of(exc: BaseException, target: object) -> UserError | None:
    """What to tell the user about ``exc``, or None when it is a bug (the error dialog's case)."""
    from sqlalchemy.orm.exc import StaleDataError

    from branchops.core.concurrency import stale_record
    from branchops.db.errors import describe

    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, StaleDataError):
        return stale_record()
    described = describe(exc, target)
    return None if described is None else UserError(str(described))


def _where(ctx: AppContext) -> str:
    target = getattr(ctx.db, "target", None)
    return target.display() if target is not None else ""
