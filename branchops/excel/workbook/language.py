"""Write a report in a chosen language without changing the language of the rest of the run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from branchops.i18n import LANGUAGES, current_language, set_language


@contextmanager
def report_language(language: str | None) -> Iterator[str]:
    """Switch to ``language`` (if it is a known one) for the block, then switch back."""
    previous = current_language()
    chosen = language if language in LANGUAGES else previous
    if chosen != previous:
        set_language(chosen)
    try:
        yield chosen
    finally:
        if current_language() != previous:
            set_language(previous)
