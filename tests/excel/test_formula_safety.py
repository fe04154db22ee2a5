"""No text typed by a user ever becomes a formula in any workbook BranchOps writes.

Payloads go into every human text field of a demo database (names, titles, positions, skills,
checklist items, the branch profile …); then every kind of output is written — HQ workbook, roster,
consolidation, list export, import templates — and every XML part of every file is scanned for
formula elements. Charts may only refer to cells; worksheets may hold no formula at all.
"""

from __future__ import annotations

import re
import sqlite3
import zipfile
from itertools import cycle
from pathlib import Path

import pytest
from sqlalchemy import String, Text, cast, literal, update

from branchops.core.period import Month
from branchops.core.staff.roster_sheet import roster_sheet
from branchops.db.base import Base
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database
from branchops.excel.consolidate import consolidate
from branchops.excel.imports import write_template
from branchops.excel.imports.kinds import available_kinds
from branchops.excel.list_export import write_list
from branchops.excel.roster import write_roster_xlsx
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from tests.excel.conftest import calamine_rows, sheet_names

PAYLOADS = (
    '=HYPERLINK("http://x","y")',
    "=1000000+234567",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "＝1+1",
    "=cmd|' /C calc'!A0",
)
# Columns holding text people type (checked: none of them is parsed back by the code).
TEXT_COLUMNS = frozenset(
    {
        "name",
        "title",
        "text",
        "description",
        "link_text",
        "manager",
        "region",
        "address",
        "guidance",
        "comment",
        "note",
        "evidence",
        "reason",
        "label",
    }
)
FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
CHART_REF = re.compile(r"^(?:'[^']+'|[^'!]+)!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?$")


def _poison(db) -> int:
    """Put a payload in every human text column of every table; returns the count of columns."""
    payloads = cycle(PAYLOADS)
    columns = 0
    with db.engine.begin() as connection:
        for mapper in Base.registry.mappers:
            table = mapper.local_table
            key = next(iter(table.primary_key.columns))
            for column in table.columns:
                if column.name not in TEXT_COLUMNS or not isinstance(column.type, String | Text):
                    continue
                value = literal(next(payloads) + " ")
                if column.unique:  # one payload per row, kept unique by the row's key
                    value = value.concat(cast(key, String))
                connection.execute(update(table).values({column.name: value}))
                columns += 1
    return columns


def _formula_problems(path: Path) -> list[str]:
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            data = archive.read(name)
            if name.startswith("xl/worksheets/") and FORMULA.search(data):
                found.append(f"{path.name}:{name} holds a formula")
            if name.startswith("xl/charts/"):
                for ref in re.findall(r"<c:f>(.*?)</c:f>", data.decode("utf-8")):
                    if not CHART_REF.match(ref):
                        found.append(f"{path.name}:{name} chart refers to {ref!r}")
    return found


@pytest.fixture(scope="module")
def poisoned(demo_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("poisoned")
    with (
        sqlite3.connect(demo_db.target.path) as source,
        sqlite3.connect(folder / "demo.sqlite3") as copy,
    ):
        source.backup(copy)
    db, _ = open_database(DatabaseTarget.parse(folder / "demo.sqlite3"), folder / "backups")
    assert _poison(db) >= 10
    yield db, folder
    db.dispose()


def test_no_output_holds_a_formula_made_of_user_text(poisoned, manager, report_month):
    db, folder = poisoned
    month = Month.parse(str(report_month))
    outputs = []
    hq = export_monthly_workbook(db, manager, ReportRequest(month, folder / "hq.xlsx"))
    outputs.append(hq.path)
    with db.session() as session:
        sheet = roster_sheet(session, month.first_day, month.last_day)
    outputs.append(write_roster_xlsx(sheet, folder / "roster.xlsx"))
    merged = consolidate([hq.path], folder / "consolidated.xlsx")
    outputs.append(merged.out)
    rows = [[p, p, 1] for p in PAYLOADS]
    outputs.append(write_list(folder / "list.xlsx", PAYLOADS[0], ["A", "B", "C"], rows))
    for key, kind in available_kinds().items():
        outputs.append(write_template(kind, folder / f"template_{key}.xlsx"))
    problems = [p for path in outputs for p in _formula_problems(path)]
    assert problems == []
    # and the text reads back exactly as typed, in the HQ workbook and the roster
    for path in (hq.path, folder / "roster.xlsx", folder / "list.xlsx"):
        cells = {
            str(v) for name in sheet_names(path) for row in calamine_rows(path, name) for v in row
        }
        assert any(p in cell for cell in cells for p in PAYLOADS), path.name
