"""The budget sheet of the monthly HQ workbook: category rows and a total that adds up, ¥
formats, the native burn-up chart, the three forecasts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from branchops import clock, i18n
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.variance import variance_report
from branchops.core.period import Month
from branchops.core.users.permissions import SINGLE_USER
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from tests.excel.conftest import calamine_rows


@pytest.fixture(scope="module")
def exported(demo_db, tmp_path_factory):
    month = Month.of(clock.today()).previous
    out = tmp_path_factory.mktemp("out")
    result = export_monthly_workbook(demo_db, SINGLE_USER, ReportRequest(month, out))
    return month, result.path


def _table(rows: list[list], title: str) -> list[list]:
    start = next(i for i, r in enumerate(rows) if r and r[0] == title) + 2
    end = next((i for i in range(start, len(rows)) if not any(c != "" for c in rows[i])), len(rows))
    return rows[start:end]


def test_category_rows_add_up_to_the_total_and_match_the_variance(exported, demo_db):
    month, path = exported
    rows = calamine_rows(path, i18n.translate("Report", "Budget"))
    title = i18n.translate("Report", "By category (variance = actual − budget; + is over budget)")
    table = _table(rows, title)
    *categories, total = table
    assert total[0] == i18n.translate("Report", "Total") and len(categories) == 9
    for column in (1, 2, 3, 5, 6, 7, 9, 11):  # money columns
        cents = sum(round(Decimal(str(r[column])) * 100) for r in categories)
        assert cents == round(Decimal(str(total[column])) * 100)
    with demo_db.session() as session:
        report = variance_report(session, FiscalYear.of(month, 1), month)
    assert Decimal(str(total[6])).quantize(Decimal("0.01")) == report.total.ytd_actual
    assert Decimal(str(total[11])).quantize(Decimal("0.01")) == report.total.forecast.value


def test_money_cells_carry_the_yuan_format_and_the_sheet_a_native_chart(exported):
    _, path = exported
    sheet = load_workbook(path)[i18n.translate("Report", "Budget")]
    assert len(sheet._charts) == 1
    formats = {c.number_format for row in sheet.iter_rows() for c in row if c.data_type == "n"}
    assert "¥#,##0.00" in formats and "0.0%" in formats


def test_the_three_forecasts_and_the_headline_method(exported):
    _, path = exported
    rows = calamine_rows(path, i18n.translate("Report", "Budget"))
    table = _table(rows, i18n.translate("Report", "Year-end forecast by method"))
    assert len(table) == 10
    assert all(isinstance(r[1], float) and isinstance(r[3], float) for r in table)
    assert {r[4] for r in table} <= {
        i18n.translate("Budget", "Seasonal index"),
        i18n.translate("Report", "{method} (run-rate: no prior year)").format(
            method=i18n.translate("Budget", "Seasonal index")
        ),
    }
