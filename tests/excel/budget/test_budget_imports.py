"""The budget-allocation and expense imports: template, all-or-nothing, problems at row and
column, and the over-budget policy applied row by row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from branchops import clock
from branchops.core.budget.facts import versions, year_facts
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.models import Expense
from branchops.core.budget.service import set_year_closed
from branchops.core.errors import ValidationError
from branchops.core.users.permissions import SINGLE_USER
from branchops.excel.imports import get_kind, run_import, write_template
from tests.core.budget.conftest import FIXED_NOW, Budget

BUDGET_HEADER = ["财年", "费用类别", "全年预算", *(f"{n}月" for n in range(1, 13)), "修订原因"]
EXPENSE_HEADER = ["日期", "费用类别", "金额", "供应商", "发票号", "备注"]


@pytest.fixture
def helper(db, monkeypatch):
    monkeypatch.setenv(clock.ENV_VAR, FIXED_NOW)
    with clock.frozen(FIXED_NOW):
        budget = Budget(db)
        budget.profile()
        yield budget


def _file(tmp_path, sheet: str, header: list, rows: list, name: str = "in.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Expense.id)))


def test_templates_have_the_declared_headings(tmp_path):
    for key, first in (("budget", "财年 *"), ("expenses", "日期 *")):
        path = write_template(get_kind(key), tmp_path / f"{key}.xlsx")
        sheet = load_workbook(path).worksheets[0]
        assert sheet.cell(1, 1).value == first


def test_budget_file_by_year_total_or_months(helper, db, tmp_path):
    rows = [
        [2026, "营销", 120000],
        [2026, "办公用品", 1200, *([100] * 12)],
        [2026, "Rent and property", None, *([10000.5] * 12)],
    ]
    summary = run_import(db, SINGLE_USER, "budget", _file(tmp_path, "预算", BUDGET_HEADER, rows))
    assert (summary.created, summary.updated) == (3, 0)
    with db.session() as session:
        facts = year_facts(session, FiscalYear(2026, 1))
        assert [v.number for v in versions(session, 2026)] == [1]
    ids = {c.code: c.id for c in facts.categories}
    assert sum(facts.budget_of(ids["marketing"])) == Decimal("120000.00")
    assert facts.budget_of(ids["rent"]) == [Decimal("10000.50")] * 12


def test_a_second_file_is_a_revision_that_needs_a_reason(helper, db, tmp_path):
    run_import(
        db, SINGLE_USER, "budget", _file(tmp_path, "预算", BUDGET_HEADER, [[2026, "营销", 1200]])
    )
    again = _file(tmp_path, "预算", BUDGET_HEADER, [[2026, "营销", 2400]], "again.xlsx")
    with pytest.raises(ValidationError) as error:
        run_import(db, SINGLE_USER, "budget", again)
    [problem] = error.value.problems
    assert "again.xlsx" in problem.message and "第 2 行" in problem.message
    assert "修订原因" in problem.message
    reason = [[2026, "营销", 2400, *([None] * 12), "总部追加"]]
    run_import(db, SINGLE_USER, "budget", _file(tmp_path, "预算", BUDGET_HEADER, reason, "r.xlsx"))
    with db.session() as session:
        assert [(v.number, v.reason) for v in versions(session, 2026)] == [(1, ""), (2, "总部追加")]


def test_bad_budget_rows_are_all_listed_and_nothing_is_saved(helper, db, tmp_path):
    rows = [
        [2026, "飞机", 100],  # unknown category
        [2026, "营销", 1000, *([100] * 12)],  # months add up to 1,200, not 1,000
        [2026, "培训", None, 100.555],  # three decimals
        [2026, "安保", -5],  # negative
        [2026, "水电"],  # nothing at all
        [2026, "维修", "一万"],  # not a number
    ]
    with pytest.raises(ValidationError) as error:
        run_import(db, SINGLE_USER, "budget", _file(tmp_path, "预算", BUDGET_HEADER, rows))
    rows_named = sorted({int(p.field.split("!")[1].split(":")[0]) for p in error.value.problems})
    assert rows_named == [2, 3, 4, 5, 6, 7]
    text = "\n".join(p.message for p in error.value.problems)
    assert "¥1,200.00" in text and "两位小数" in text and "营销" in text
    with db.session() as session:
        assert versions(session, 2026) == []


def test_expenses_apply_the_policy_row_after_row(helper, db, tmp_path):
    helper.save(2026, {"office": Decimal("1200")})
    rows = [
        [date(2026, 1, 5), "办公用品", 600, "晨光文具店", "0001", "打印纸"],
        [date(2026, 2, 5), "办公用品", 600, "晨光文具店", "0002", "硒鼓"],
        [date(2026, 3, 5), "办公用品", 0.01, "晨光文具店", "0003", "笔"],
    ]
    path = _file(tmp_path, "实际支出", EXPENSE_HEADER, rows)
    with pytest.raises(ValidationError) as error:
        run_import(db, SINGLE_USER, "expenses", path)
    [problem] = error.value.problems
    assert "第 4 行" in problem.message and "¥0.01" in problem.message
    assert "¥1,200.00" in problem.message
    assert _count(db) == 0
    ok = _file(tmp_path, "实际支出", EXPENSE_HEADER, rows[:2], "ok.xlsx")
    summary = run_import(db, SINGLE_USER, "expenses", ok)
    assert summary.created == 2 and _count(db) == 2
    assert any("第 3 行" in note for note in summary.notes)  # February went over its month


def test_bad_expense_rows(helper, db, tmp_path):
    helper.save(2025, {"office": Decimal("1200")})
    helper.spend(date(2026, 1, 5), "office", "10", vendor="晨光文具店", invoice_no="A1")
    with db.unit_of_work(SINGLE_USER) as uow:
        set_year_closed(uow, SINGLE_USER, 2025, True)
    rows = [
        [date(2026, 1, 6), "办公用品", 5, "晨光文具店", "A1"],  # invoice already recorded
        [date(2025, 6, 1), "办公用品", 5],  # closed year
        [date(2026, 1, 7), "办公用品", 100000000.01],  # over the limit
        [date(2026, 1, 7), "火箭", 5],  # unknown category
        [date(2026, 1, 8), "办公用品", 5, None, "B9"],  # invoice without vendor
        [date(2026, 1, 9), "办公用品", 5, "得力", "C1"],
        [date(2026, 1, 9), "办公用品", 6, "得力", "C1"],  # twice in the file
        [date(2026, 1, 9), "办公用品", "abc"],  # not a number
    ]
    with pytest.raises(ValidationError) as error:
        run_import(db, SINGLE_USER, "expenses", _file(tmp_path, "实际支出", EXPENSE_HEADER, rows))
    rows_named = sorted({int(p.field.split("!")[1].split(":")[0]) for p in error.value.problems})
    assert rows_named == [2, 3, 4, 5, 6, 8, 9]
    assert _count(db) == 1
