"""Checklist templates imported through the quality area's template service."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from branchops.core.errors import ValidationError
from branchops.core.quality.models import AnswerType, Category, QcTemplate, Recurrence
from branchops.core.quality.templates import list_templates
from branchops.core.quality.versions import load_template_input
from branchops.excel.imports import run_import

HEADER = [
    "检查表",
    "频次",
    "合格分",
    "部分",
    "检查项目",
    "答题方式",
    "权重",
    "类别",
    "关键项",
    "选项",
    "下限",
    "上限",
]


def _file(tmp_path, rows, name="cl.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.title = "检查表"
    ws.append(["网点检查表导入"])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


GOOD = [
    ["晚间闭店检查", "每日", 85, "安全", "金库门已双人上锁", "合格/不合格", 5, "安全保卫", "是"],
    ["晚间闭店检查", None, None, "安全", "监控录像正常", None, 3, "安全保卫", "否"],
    [
        "晚间闭店检查",
        None,
        None,
        "环境",
        "大厅整洁程度",
        "Drop-down with scores",
        "2",
        "环境卫生",
        None,
        "好=100、一般=60、差=0",
    ],
    ["晚间闭店检查", None, None, "环境", "室温（℃）", "数值", 1, "设备设施", None, None, 18, 28],
    ["周末检查", "每周", None, "综合", "宣传资料齐全", None, None, None],
]


def _templates(db) -> dict:
    with db.session() as session:
        return {t.name: load_template_input(session, t.id) for t in list_templates(session)}


def test_rows_become_templates_with_sections_and_items(db, manager, tmp_path):
    summary = run_import(db, manager, "checklist", _file(tmp_path, GOOD))
    assert summary.created == 2
    templates = _templates(db)
    evening = templates["晚间闭店检查"]
    assert evening.recurrence is Recurrence.DAILY and evening.pass_mark == 85
    assert [s.title for s in evening.sections] == ["安全", "环境"]
    first, _ = evening.sections[0].items
    assert first.critical and first.weight == 5 and first.category is Category.SECURITY
    tidy, temperature = evening.sections[1].items
    assert tidy.answer_type is AnswerType.CHOICE
    assert [(c.label, c.score) for c in tidy.choices] == [("好", 100), ("一般", 60), ("差", 0)]
    assert (temperature.number_min, temperature.number_max) == (18, 28)
    weekend = templates["周末检查"]
    assert weekend.recurrence is Recurrence.WEEKLY
    assert weekend.sections[0].items[0].category is Category.COMPLIANCE  # the default


def test_reimport_updates_the_same_template_and_keeps_item_keys(db, manager, tmp_path):
    run_import(db, manager, "checklist", _file(tmp_path, GOOD))
    keys = [i.key for s in _templates(db)["晚间闭店检查"].sections for i in s.items]
    changed = [list(GOOD[0]), *GOOD[1:4]]
    changed[0][6] = 8
    summary = run_import(db, manager, "checklist", _file(tmp_path, changed, "again.xlsx"))
    assert (summary.created, summary.updated) == (0, 1)
    evening = _templates(db)["晚间闭店检查"]
    assert evening.sections[0].items[0].weight == 8
    assert [i.key for s in evening.sections for i in s.items] == keys
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(QcTemplate)) == 2


def test_problems_name_the_row_and_nothing_is_written(db, manager, tmp_path):
    rows = [
        ["检查表A", "每日", None, "部分一", "项目一", None, 1, None, None],
        ["检查表A", "每周", None, "部分一", "项目二", None, 1, None, None],  # conflicting
        ["检查表A", None, None, "部分一", "数值项", "数值", 1, None, None],  # no limits
        ["检查表A", None, None, "部分一", "选项项", "选项", 1, None, None, "好 一百"],  # bad
        ["检查表A", None, None, "部分一", "项目一", None, 1, None, None],  # repeated
        ["检查表A", None, None, "部分一", "项目三", "猜猜", -1, "厨房", None],
    ]
    with pytest.raises(ValidationError) as error:
        run_import(db, manager, "checklist", _file(tmp_path, rows))
    by_row: dict[int, list[str]] = {}
    for problem in error.value.problems:
        row = int(problem.field.rpartition("!")[2].partition(":")[0])
        by_row.setdefault(row, []).append(problem.field.rpartition(":")[2])
    assert by_row[4] == ["recurrence"]
    assert "number_min" in by_row[5] or "item" in by_row[5]
    assert by_row[6] == ["choices"]
    assert 7 in by_row
    assert sorted(by_row[8]) == ["answer_type", "category", "weight"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(QcTemplate)) == 0


@pytest.mark.parametrize("text", ["nan", "inf", "-Infinity", "1e999"])
def test_limits_that_are_not_finite_numbers_are_refused(db, manager, tmp_path, text):
    rows = [r[:] for r in GOOD]
    rows[3] = [*rows[3][:10], text, 28]
    with pytest.raises(ValidationError) as error:
        run_import(db, manager, "checklist", _file(tmp_path, rows))
    assert [p.field.rpartition(":")[2] for p in error.value.problems] == ["number_min"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(QcTemplate)) == 0
