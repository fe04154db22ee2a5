"""The HQ workbook's risk-and-drills sheet agrees with the register and the KPIs."""

from __future__ import annotations

import pytest

from branchops import clock, i18n
from branchops.core import kpi
from branchops.core.listing import ListQuery
from branchops.core.period import Month
from branchops.core.risk.drill_queries import count_drills
from branchops.core.risk.standing import standing_risks
from branchops.core.users.permissions import SINGLE_USER
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from tests.excel.conftest import calamine_rows


def _block(rows: list[list], title: str) -> list[list]:
    """The rows under a block's title up to the next empty row (header first)."""
    start = next(i for i, row in enumerate(rows) if row and row[0] == title)
    block = []
    for row in rows[start + 1 :]:
        if not any(cell not in ("", None) for cell in row):
            break
        block.append(row)
    return block


@pytest.fixture(scope="module")
def sheet(demo_db, tmp_path_factory):
    month = Month.of(clock.today()).previous
    out = tmp_path_factory.mktemp("out")
    # a module fixture runs before the per-test language is set: say the language here
    request = ReportRequest(month, out, language="zh_CN")
    result = export_monthly_workbook(demo_db, SINGLE_USER, request)
    with i18n.thread_language("zh_CN"):
        name = i18n.translate("Report", "Risks and drills")
    return month, calamine_rows(result.path, name)


def test_the_heat_map_counts_the_open_register_at_month_end(sheet, demo_db):
    month, rows = sheet
    heat = _block(
        rows, i18n.translate("Report", "Residual risk heat map at month end (number of open risks)")
    )
    header, body = heat[0], heat[1:]
    assert [str(c) for c in header[1:6]] == ["1", "2", "3", "4", "5"]
    with demo_db.session() as session:
        standing = standing_risks(session, month.last_day)
    expected = {}
    for risk in standing:
        key = (risk.residual_likelihood, risk.residual_impact)
        expected[key] = expected.get(key, 0) + 1
    for row in body[:5]:
        impact = int(row[0])
        for likelihood in range(1, 6):
            assert row[likelihood] == expected.get((likelihood, impact), 0)
    assert body[5][6] == len(standing) > 0


def test_high_risks_and_drills_match_the_kpis_and_the_database(sheet, demo_db):
    month, rows = sheet
    high = _block(rows, i18n.translate("Report", "High and very high risks (residual)"))
    with demo_db.session() as session:
        values = kpi.compute(session, month, ["risk.open_high"])
        held = count_drills(
            session,
            ListQuery(filters={"status": "done", "first": month.first_day, "last": month.last_day}),
        )
    empty = i18n.translate("Report", "No open risk is high or very high.")
    listed = [r for r in high[1:] if r[0] != empty]
    assert len(listed) == values["risk.open_high"]
    drills = _block(rows, i18n.translate("Report", "Drills held in the month"))
    no_drill = i18n.translate("Report", "No drill was held this month.")
    assert len([r for r in drills[1:] if r[0] != no_drill]) == held
