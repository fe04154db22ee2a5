"""UI fixtures: an AppContext on a fresh database per test, or on a shared small demo database."""

from __future__ import annotations

import gc
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from branchops import clock
from branchops.config import AppSettings, DataPaths
from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.demo.service import generate_demo
from branchops.core.users.permissions import SINGLE_USER
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_jobs import wait_idle
from branchops.ui.widgets.query_model import QueryTableModel


@dataclass
class ShownMessage:
    kind: str
    title: str
    text: str


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread():
    """After each test, what it left in reference cycles (widgets, models, their Python
    wrappers) is collected here, on the GUI thread: left to the collector, it could run on a
    worker thread of a later test and free Qt objects there (a crash, not an error). What
    survives is then frozen, so that the next test's collection walks only that test's objects,
    not the whole run's heap (two seconds a test late in a run)."""
    yield
    QThreadPool.globalInstance().waitForDone(5_000)
    wait_idle(5.0)
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def lists_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lists fetch on the test's own thread, so a test reads the rows right after a reload.
    Tests of the background fetching itself take ``background_lists``."""
    monkeypatch.setattr(QueryTableModel, "background", False)


@pytest.fixture
def background_lists(lists_at_once: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """List models fetch off the GUI thread, as in the app."""
    monkeypatch.setattr(QueryTableModel, "background", True)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[ShownMessage]:
    """Message boxes are recorded instead of shown (a modal box would wait for ever).

    Questions are answered Yes; a test may assert on what was shown.
    """
    shown: list[ShownMessage] = []

    def static(kind: str, answer: QMessageBox.StandardButton):
        def show(_parent, title, text, *_args, **_kwargs):
            shown.append(ShownMessage(kind, title, text))
            return answer

        return show

    ok, yes = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes
    for kind, answer in (("warning", ok), ("information", ok), ("critical", ok), ("question", yes)):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(static(kind, answer)))

    def exec_box(box: QMessageBox) -> int:
        shown.append(ShownMessage("box", box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return shown


def _finish_background_work() -> None:
    """Work a test started off the UI thread ends before its database goes away."""
    QThreadPool.globalInstance().waitForDone(60_000)
    wait_idle(60)


@pytest.fixture(autouse=True)
def background_work_ends():
    yield
    _finish_background_work()


def _context(path: Path) -> AppContext:
    db, _ = open_database(DatabaseTarget.parse(path), path.parent / "backups")
    return AppContext(db=db, paths=DataPaths(path.parent), settings=AppSettings())


@pytest.fixture
def ui_ctx(tmp_path: Path, qapp, _sqlite_template: Path):
    """A fresh database with a branch profile, the manager acting."""
    shutil.copyfile(_sqlite_template, tmp_path / "ui.sqlite3")
    ctx = _context(tmp_path / "ui.sqlite3")
    with ctx.db.unit_of_work(SINGLE_USER) as uow:
        save_profile(uow, SINGLE_USER, ProfileData(code="BR0001", name="测试支行"))
    yield ctx
    _finish_background_work()
    ctx.db.dispose()


@pytest.fixture(scope="session")
def _demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite3"
    db, _ = open_database(DatabaseTarget.parse(path), folder / "backups")
    generate_demo(db, months=4, staff=15, seed=7, today=clock.today())
    db.dispose()
    return path


@pytest.fixture
def demo_ctx(_demo_database: Path, tmp_path: Path, qapp):
    """A copy of a small demo database (four months, 15 staff) for this test alone."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_database, copy)
    ctx = _context(copy)
    yield ctx
    _finish_background_work()
    ctx.db.dispose()
