"""Writing through a service from a page or dialog: one unit of work, the user's mistakes shown,
and the other pages told what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from branchops.core.errors import UserError, ValidationError
from branchops.ui.widgets.messages import show_user_error

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
) -> Written[T]:
    """Run ``fn(uow)`` in one unit of work as the current user, then emit
    ``ctx.events.data_changed(area)``. A ``UserError`` is shown to the user and nothing is
    emitted; a ``ValidationError`` goes to ``on_invalid`` instead when given (to mark fields).
    Other exceptions are not caught: they reach the error dialog."""
    try:
        with ctx.db.unit_of_work(ctx.user) as uow:
            value = fn(uow)
    except UserError as error:
        if on_invalid is not None and isinstance(error, ValidationError):
            on_invalid(error)
        else:
            show_user_error(parent, error)
        return Written(False)
    ctx.events.data_changed.emit(area)
    return Written(True, value)
