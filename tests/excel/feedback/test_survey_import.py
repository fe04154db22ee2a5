"""Survey import: 3-level, 5-level and 0–10 answers, stated CSAT mapping, every problem named by
row and column, and all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.feedback.models import Channel, FeedbackRecord, RatingScale
from branchops.core.staff.models import Staff
from branchops.excel.imports import get_kind, parse_file, run_import, write_template


@pytest.fixture(autouse=True)
def _march_is_past():
    with clock.frozen("2026-06-15T10:00:00"):
        yield


HEADERS = ["日期", "时间", "渠道", "柜员", "类别", "满意度", "推荐意愿", "意见"]


@pytest.fixture
def staff(db) -> None:
    with db.unit_of_work() as uow:
        uow.session.add_all(
            [Staff(employee_no="E0005", name="王芳"), Staff(employee_no="E0006", name="李强")]
        )
        uow.commit()


def _file(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "满意度调查"
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _stored(db) -> list[tuple]:
    with db.session() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(
                    FeedbackRecord.rating,
                    FeedbackRecord.rating_scale,
                    FeedbackRecord.nps,
                    FeedbackRecord.channel,
                    FeedbackRecord.staff_id.is_not(None),
                ).order_by(FeedbackRecord.id)
            )
        ]


def _count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(FeedbackRecord.id))) or 0


def test_three_level_answers_map_to_five_three_one(db, manager, staff, tmp_path):
    path = _file(
        tmp_path / "device.xlsx",
        [
            [date(2026, 3, 2), "10:15", "评价器", "E0005", None, "满意", None, None],
            [date(2026, 3, 2), "10:20", "评价器", "王芳", None, "基本满意", None, None],
            [date(2026, 3, 2), "10:25", "评价器", "E0006", None, "不满意", None, "等太久"],
        ],
    )
    summary = run_import(db, manager, "survey", path)
    assert summary.created == 3
    assert _stored(db) == [
        (5, RatingScale.THREE, None, Channel.DEVICE, True),
        (3, RatingScale.THREE, None, Channel.DEVICE, True),
        (1, RatingScale.THREE, None, Channel.DEVICE, True),
    ]


def test_five_level_words_numbers_and_zero_to_ten(db, manager, staff, tmp_path):
    path = _file(
        tmp_path / "survey.xlsx",
        [
            [date(2026, 3, 3), None, "问卷", None, "等候时间", "非常满意", 10, None],
            [date(2026, 3, 3), None, None, None, None, "满意", 8, None],
            [date(2026, 3, 3), None, "电话回访", None, None, 2, 3, None],
            [date(2026, 3, 3), None, "问卷", None, None, None, 0, None],
        ],
    )
    run_import(db, manager, "survey", path)
    assert _stored(db) == [
        (5, RatingScale.FIVE, 10, Channel.SURVEY, False),
        (4, RatingScale.FIVE, 8, Channel.SURVEY, False),
        (2, RatingScale.FIVE, 3, Channel.PHONE, False),
        (None, None, 0, Channel.SURVEY, False),
    ]


@pytest.mark.parametrize(
    ("rows", "column", "words"),
    [
        (
            [["2026-03-02", None, None, None, None, "基本满意", None, None],
             ["2026-03-02", None, None, None, None, "非常满意", None, None]],
            "F",
            "mixes scales",
        ),
        (
            [["2026-03-02", None, None, None, None, "基本满意", None, None],
             ["2026-03-02", None, None, None, None, 4, None, None]],
            "F",
            "mixes scales",
        ),
        ([["2026-03-02", None, None, None, None, 7, None, None]], "F", "0–10"),
        ([["2026-03-02", None, None, None, None, "很好", None, None]], "F", "基本满意"),
        ([["2026-03-02", None, None, None, None, None, 11, None]], "G", "0 to 10"),
        ([["2030-01-01", None, None, None, None, "满意", None, None]], "A", "after today"),
        ([["2026-03-02", "25:00", None, None, None, "满意", None, None]], "B", "HH:MM"),
        ([["2026-03-02", None, None, "E9999", None, "满意", None, None]], "D", "staff"),
        ([["2026-03-02", None, None, None, None, None, None, "只有意见"]], "F", "rating"),
    ],
)  # fmt: skip
def test_bad_files_name_row_and_column_and_change_nothing(
    db, manager, staff, tmp_path, rows, column, words
):
    from branchops import i18n

    i18n.set_language("en")
    good = ["2026-03-02", None, None, None, None, "满意", None, None]
    path = _file(tmp_path / "bad.xlsx", [good, *rows])
    with pytest.raises(ValidationError) as error:
        run_import(db, manager, "survey", path)
    messages = [p.message for p in error.value.problems]
    assert any(f"column {column}" in m and words in m for m in messages), messages
    assert all("bad.xlsx" in m and "row " in m for m in messages)
    assert _count(db) == 0


def test_the_template_states_the_scales_and_imports_once_filled(db, manager, tmp_path):
    kind = get_kind("survey")
    path = tmp_path / "template.xlsx"
    write_template(kind, path)
    wb = load_workbook(path)
    text = " ".join(
        str(cell) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for cell in row
        if cell
    )  # fmt: skip
    assert "基本满意" in text and "NPS" in text and "CSAT" in text
    ws = wb.worksheets[0]
    ws.append([date(2026, 3, 2), "09:30", "评价器", None, None, "满意", 9, None])
    wb.save(path)
    parsed = parse_file(kind, path)
    assert not parsed.problems
    assert run_import(db, manager, "survey", path).created == 1


def test_dry_run_changes_nothing(db, manager, staff, tmp_path):
    path = _file(
        tmp_path / "ok.xlsx", [[date(2026, 3, 2), None, None, None, None, "满意", 9, None]]
    )
    summary = run_import(db, manager, "survey", path, dry_run=True)
    assert summary.dry_run and summary.created == 1
    assert _count(db) == 0


def test_a_survey_file_may_hold_more_rows_than_other_imports(
    db, manager, staff, tmp_path, monkeypatch
):
    """100,000 counter-device answers are one file: the survey kind has its own row limit."""
    from branchops.excel.imports import reader
    from branchops.excel.imports.kinds.feedback import SURVEY_MAX_ROWS

    assert SURVEY_MAX_ROWS >= 100_000 > reader.MAX_ROWS
    monkeypatch.setattr(reader, "MAX_ROWS", 3)  # every other kind now stops at 3 rows
    rows = [[date(2026, 3, 2), None, None, None, None, "满意", 9, None]] * 8
    assert run_import(db, manager, "survey", _file(tmp_path / "long.xlsx", rows)).created == 8
    assert get_kind("staff").row_limit == 3 and get_kind("survey").row_limit == SURVEY_MAX_ROWS
