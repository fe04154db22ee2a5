"""Fixtures for the Excel tests: a demo database built once per module, and readers."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from branchops import clock
from branchops.core.demo.service import generate_demo
from branchops.core.period import Month
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import Database, open_database


def make_demo(folder: Path) -> Database:
    db, _ = open_database(DatabaseTarget.parse(folder / "demo.sqlite3"), folder / "backups")
    generate_demo(db, months=13, staff=12, seed=7)
    return db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Small demo data, shared by a module's tests (tests that write use their own copy)."""
    db = make_demo(tmp_path_factory.mktemp("demo"))
    yield db
    db.dispose()


@pytest.fixture
def report_month() -> Month:
    return Month.of(clock.today()).previous


def calamine_rows(path: Path, sheet: str) -> list[list]:
    workbook = CalamineWorkbook.from_path(str(path))
    try:
        return workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    finally:
        workbook.close()


def sheet_names(path: Path) -> list[str]:
    workbook = CalamineWorkbook.from_path(str(path))
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


def formula_cells(path: Path) -> list[str]:
    """Every ``<f>`` element in the workbook's sheets: there must be none."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                text = archive.read(name).decode("utf-8")
                if "<f>" in text or "<f " in text:
                    found.append(name)
    return found
