"""A fresh database with the small test template and two staff members."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from branchops.core.quality.templates import save_template
from branchops.core.staff.models import Staff
from tests.core.quality.conftest import small_template


@pytest.fixture(autouse=True)
def _no_blocking_message_boxes(monkeypatch):
    """A message box nobody expected fails the test instead of waiting for a click."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


def write_photo(path: Path) -> Path:
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6fb2"))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def run_template(ui_ctx) -> int:
    """The id of the five-item test template; staff 王芳 and 李强 exist."""
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        people = [Staff(employee_no="E1", name="王芳"), Staff(employee_no="E2", name="李强")]
        uow.session.add_all(people)
        uow.commit()
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        return save_template(uow, ui_ctx.user, small_template())
