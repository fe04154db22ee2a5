"""The four built-in templates: valid data, realistic size, both languages, installed once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from branchops import i18n
from branchops.core.quality.builtin import (
    BUILTIN_ORDER,
    builtin_templates,
    install_builtin_templates,
)
from branchops.core.quality.models import AnswerType, QcTemplate, Recurrence
from branchops.core.quality.templates import list_templates
from branchops.core.quality.versions import current_version_id, load_version


def test_four_templates_in_order_with_realistic_items():
    found = builtin_templates()
    assert [key for key, _ in found] == list(BUILTIN_ORDER)
    names = [data.name for _, data in found]
    assert names == ["每日营业前检查", "每周环境检查", "每月服务质量检查", "神秘客暗访"]
    for _, data in found:
        items = [item for _, _, item in data.items()]
        assert 20 <= len(items) <= 40
        assert any(item.critical for item in items)
        assert all(item.text_en and item.text for item in items)
        assert all(section.title_en for section in data.sections)
        assert data.name_en


def test_schedules_and_answer_types():
    found = dict(builtin_templates())
    assert found["daily_opening"].recurrence is Recurrence.DAILY
    assert found["weekly_environment"].recurrence is Recurrence.WEEKLY
    assert found["monthly_service"].recurrence is Recurrence.MONTHLY
    kinds = {item.answer_type for _, data in found.items() for _, _, item in data.items()}
    assert kinds == set(AnswerType)
    cash = [i for _, _, i in found["daily_opening"].items() if "现金区" in i.text]
    assert cash and all(i.critical for i in cash)


@pytest.mark.postgres
def test_install_once_and_show_english(db, manager):
    with db.unit_of_work(manager) as uow:
        first = install_builtin_templates(uow, manager, schedule_start=date(2025, 1, 1))
    with db.unit_of_work(manager) as uow:
        again = install_builtin_templates(uow, manager)
    assert len(first) == 4 and again == []
    with db.session() as session:
        assert session.scalar(select(func.count(QcTemplate.id))) == 4
        i18n.set_language("en")
        rows = list_templates(session)
        version = load_version(session, current_version_id(session, rows[0].id))
    assert rows[0].name == "Daily opening check"
    assert version.items[0].display_text.startswith("The branch door was opened")
    assert version.sections[0].display_title == "Safety and security"
