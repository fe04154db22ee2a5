"""Running the command line in a fresh process, as a user (or a scheduled task) would.

``prelude`` is Python run in that process before the command starts: how a test makes the disk
fill up or shortens the busy timeout without a knob in the product.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

# The process ends as ``python -m branchops`` ends it (``cli.entry``).
LAUNCH = "import sys\n{prelude}\nfrom branchops.cli import entry\nentry()\n"


def run(
    *args: str,
    cwd: Path,
    prelude: str = "",
    env: dict[str, str] | None = None,
    lang: str = "en",
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    full_env = os.environ | {
        "BRANCHOPS_DATA_DIR": str(cwd / "data"),
        "BRANCHOPS_CONFIG_DIR": str(cwd / "config"),
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    full_env.pop("BRANCHOPS_PASSWORD", None)
    full_env |= env or {}
    return subprocess.run(
        [sys.executable, "-c", LAUNCH.format(prelude=prelude), "--lang", lang, *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 1 with exactly one line on stderr and no traceback; returns that line."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def sql(path: Path, statement: str, *params) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(statement, params).fetchall()
    finally:
        conn.close()
