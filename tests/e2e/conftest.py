"""A demo database made once by the command line, copied for each test that changes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .clirun import run


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("e2e_demo")
    done = run("demo", "--db", "demo.sqlite3", "--months", "2", "--staff", "14", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder / "demo.sqlite3"


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database in this test's folder (backups go beside it)."""
    copy = tmp_path / "branchops.sqlite3"
    shutil.copyfile(demo_file, copy)
    return copy
