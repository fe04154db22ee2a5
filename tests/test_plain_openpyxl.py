"""A command that writes plain cells imports openpyxl without numpy and Pillow, which stay
importable afterwards; with openpyxl imported already nothing changes."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from branchops.commands.plain_openpyxl import plain_openpyxl
with plain_openpyxl():
    from openpyxl import Workbook
    from openpyxl.compat.numbers import NUMPY
    from openpyxl.drawing.image import PILImage
print("during", NUMPY, bool(PILImage), "numpy" in sys.modules, "PIL" in sys.modules)
import numpy
print("after", numpy.int64(3) + 1)
"""

ALREADY = """
import openpyxl
from branchops.commands.plain_openpyxl import plain_openpyxl
with plain_openpyxl():
    from openpyxl.compat.numbers import NUMPY
print(NUMPY)
"""


def _run(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.split("\n")


def test_openpyxl_without_numpy_and_pillow_then_both_importable():
    assert _run(PROBE)[:2] == ["during False False False False", "after 4"]


def test_nothing_changes_once_openpyxl_is_imported():
    assert _run(ALREADY)[0] == "True"
