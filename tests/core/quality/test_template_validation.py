"""Bad templates are refused with a problem per field, and nothing is saved."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from branchops.core.errors import ValidationError
from branchops.core.quality.models import AnswerType, QcItem, QcTemplate
from branchops.core.quality.template_input import ItemInput, SectionInput, validate_template
from branchops.core.quality.templates import save_template
from branchops.i18n import translate
from tests.core.quality.conftest import small_template


def problems_of(data) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        validate_template(data)
    found: dict[str, list[str]] = {}
    for problem in caught.value.problems:
        found.setdefault(problem.field, []).append(problem.message)
    return found


def test_the_small_template_is_valid():
    validate_template(small_template())


@pytest.mark.parametrize("weight", [0, -1.5])
def test_weight_must_be_positive(weight):
    data = small_template()
    data.sections[0].items[1].weight = weight
    assert "sections[0].items[1].weight" in problems_of(data)


def test_empty_section_is_refused():
    data = small_template()
    data.sections.append(SectionInput("空分区"))
    found = problems_of(data)
    assert list(found) == ["sections[2].items"]
    assert "空分区" in found["sections[2].items"][0]


def test_no_sections_and_no_name():
    data = small_template()
    data.sections.clear()
    data.name = " "
    assert set(problems_of(data)) == {"name", "sections"}


def test_condition_pointing_to_itself():
    data = small_template()
    data.sections[1].items[2].condition_key = "B3"
    assert "sections[1].items[2].condition_key" in problems_of(data)


def test_condition_pointing_to_a_later_item():
    data = small_template()
    first = data.sections[0].items[0]
    first.condition_key, first.condition_value = "B2", "yes"
    assert problems_of(data)["sections[0].items[0].condition_key"] == [
        translate("Quality", "A condition must point to an earlier item.")
    ]


def test_condition_pointing_nowhere_and_bad_value():
    data = small_template()
    data.sections[1].items[2].condition_key = "ZZ"
    assert "sections[1].items[2].condition_key" in problems_of(data)
    data = small_template()
    data.sections[1].items[2].condition_value = "maybe"
    assert "sections[1].items[2].condition_value" in problems_of(data)


def test_number_item_limits():
    data = small_template()
    data.sections[0].items.append(
        ItemInput(
            key="N1",
            text="室温",
            answer_type=AnswerType.NUMBER,
            number_min=28,
            number_max=18,
        )
    )
    found = problems_of(data)
    assert list(found) == ["sections[0].items[2].number_min"]
    data.sections[0].items[2].number_min = data.sections[0].items[2].number_max = None
    assert "sections[0].items[2].number_min" in problems_of(data)


def test_drop_down_needs_two_named_responses_with_a_positive_score():
    data = small_template()
    drop_down = data.sections[1].items[2]
    drop_down.choices = drop_down.choices[:1]
    assert "sections[1].items[2].choices" in problems_of(data)
    data = small_template()
    for choice in data.sections[1].items[2].choices:
        choice.score = 0
    assert "sections[1].items[2].choices" in problems_of(data)


def test_scale_needs_a_top():
    data = small_template()
    data.sections[0].items[1].scale_max = 0
    assert "sections[0].items[1].scale_max" in problems_of(data)


def test_duplicate_keys_and_bad_schedule():
    data = small_template()
    data.sections[1].items[0].key = "A1"
    data.recurrence = data.recurrence.WEEKLY
    data.recurrence_day = 9
    found = problems_of(data)
    assert "sections[1].items[0].key" in found
    assert "recurrence_day" in found


def test_every_problem_is_reported_at_once():
    data = small_template()
    data.sections[0].items[0].weight = 0
    data.sections[0].items[1].text = ""
    data.sections[1].items[2].condition_key = "B3"
    assert len(problems_of(data)) == 3


@pytest.mark.postgres
def test_a_refused_template_saves_nothing(db, manager):
    data = small_template()
    data.sections[1].items[1].weight = 0
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError):
        save_template(uow, manager, data)
    with db.session() as session:
        assert session.scalar(select(func.count(QcTemplate.id))) == 0
        assert session.scalar(select(func.count(QcItem.id))) == 0
