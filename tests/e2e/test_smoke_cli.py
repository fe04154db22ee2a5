"""``branchops --smoke --screenshots``: every page and dialog opens, in both languages."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("smoke")
    path = folder / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "branchops", "demo", "--db", str(path), "--months", "3"],
        check=True,
        capture_output=True,
    )
    return path


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_smoke_opens_everything_and_saves_screens(demo_db, tmp_path, lang):
    shots = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "branchops",
            "--db",
            str(demo_db),
            "--lang",
            lang,
            "--smoke",
            "--screenshots",
            str(shots),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    pages = sorted(shots.glob(f"*_page_*_{lang}.png"))
    assert len(pages) >= 8
    image = QImage(str(pages[0]))
    assert (image.width(), image.height()) == (1366, 768)


def test_smoke_on_a_file_that_is_not_a_database_fails_with_one_message(tmp_path):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "branchops", "--db", str(bogus), "--lang", "en", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert "is not a BranchOps database" in result.stderr
    assert "Traceback" not in result.stderr
