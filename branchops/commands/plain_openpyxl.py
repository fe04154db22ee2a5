"""openpyxl without its optional imports, for a command that writes plain cells only.

openpyxl imports numpy (to take numpy numbers as cell values) and Pillow (to embed pictures)
whenever they are installed, as they are for the app's charts. The monthly workbook writes
neither, nor does the consolidation (its values come from python-calamine as Python numbers
and text): values reach cells as Python numbers, text and dates, and charts are openpyxl's own.
A command process that imports openpyxl inside ``plain_openpyxl()`` skips both (a fifth of a
report's start); each can still be imported afterwards by anything that needs it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

OPTIONAL = ("numpy", "PIL")


@contextmanager
def plain_openpyxl() -> Iterator[None]:
    """Imports inside the block see numpy and Pillow as not installed, unless either (or
    openpyxl) is imported already."""
    if "openpyxl" in sys.modules:
        yield
        return
    hidden = [name for name in OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # an import of it raises ImportError
    try:
        import openpyxl  # noqa: F401

        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
