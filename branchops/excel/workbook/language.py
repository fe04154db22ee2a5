"""Write a report in a chosen language without changing the language of the rest of the app."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from branchops.i18n import LANGUAGES, current_language, thread_language


@contextmanager
def report_language(language: str | None) -> Iterator[str]:
    """Use ``language`` (if it is a known one) in this thread for the block."""
    chosen = language if language in LANGUAGES else current_language()
    with thread_language(chosen) as active:
        yield active
