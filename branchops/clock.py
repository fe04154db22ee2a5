"""The one clock every layer reads, so that tests and checks can run at any date.

``BRANCHOPS_NOW`` (``2027-02-28`` or ``2027-02-28T09:30``) in the environment starts the clock at
that local time in a new process (how end-to-end tests run commands at a fixed date); ``frozen``
does the same inside a test. A set clock keeps ticking from its start, so two timestamps taken one
after the other still differ.
"""

from __future__ import annotations

import os
import time as _time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

ENV_VAR = "BRANCHOPS_NOW"

_start: datetime | None = None
_started_at = 0.0


def parse(text: str) -> datetime:
    value = datetime.fromisoformat(text.strip())
    return (
        value.replace(tzinfo=None)
        if value.tzinfo is None
        else value.astimezone().replace(tzinfo=None)
    )


def set_now(start: datetime | date | None) -> None:
    """Start the clock at ``start`` (local; a date means its midnight), or follow the real one."""
    global _start, _started_at
    if start is None:
        _start = None
        return
    if not isinstance(start, datetime):
        start = datetime.combine(start, datetime.min.time())
    _start = start.replace(tzinfo=None)
    _started_at = _time.monotonic()


@contextmanager
def frozen(start: datetime | date | str) -> Iterator[None]:
    previous, previous_at = _start, _started_at
    set_now(parse(start) if isinstance(start, str) else start)
    try:
        yield
    finally:
        _restore(previous, previous_at)


def _restore(start: datetime | None, started_at: float) -> None:
    global _start, _started_at
    _start, _started_at = start, started_at


def now() -> datetime:
    """Local wall-clock time without a time zone, as stored in the database."""
    if _start is None:
        return datetime.now()
    return datetime.fromtimestamp(_start.timestamp() + (_time.monotonic() - _started_at))


def now_utc() -> datetime:
    return now().astimezone(UTC)


def now_local() -> datetime:
    """Local time with its UTC offset."""
    return now().astimezone()


def today() -> date:
    return now().date()


if os.environ.get(ENV_VAR):
    set_now(parse(os.environ[ENV_VAR]))
