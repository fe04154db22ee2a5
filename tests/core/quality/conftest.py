"""Helpers for quality tests: a small template, staff, and answers by item key."""

from __future__ import annotations

from datetime import datetime

import pytest

from branchops.core.quality.inspection_input import AnswerInput, InspectionInput
from branchops.core.quality.models import AnswerType, Category
from branchops.core.quality.template_input import (
    ChoiceInput,
    ItemInput,
    SectionInput,
    TemplateInput,
)
from branchops.core.quality.templates import save_template
from branchops.core.quality.versions import VersionDetail, current_version_id, load_version
from branchops.core.staff.models import Staff


def small_template(name: str = "柜面检查") -> TemplateInput:
    """Five items: a critical pass/fail, a scale, a yes/no opening a conditional drop-down."""
    return TemplateInput(
        name=name,
        name_en="Counter check",
        pass_mark=80,
        sections=[
            SectionInput(
                "安全",
                "Security",
                [
                    ItemInput(
                        key="A1",
                        text="防护门上锁",
                        text_en="Security door locked",
                        weight=4,
                        category=Category.SECURITY,
                        critical=True,
                    ),
                    ItemInput(
                        key="A2",
                        text="整洁度",
                        answer_type=AnswerType.SCALE,
                        scale_max=5,
                        weight=2,
                        category=Category.ENVIRONMENT,
                    ),
                ],
            ),
            SectionInput(
                "服务",
                "Service",
                [
                    ItemInput(
                        key="B1",
                        text="起身迎客",
                        weight=2,
                        category=Category.ETIQUETTE,
                        concerns_staff=True,
                    ),
                    ItemInput(
                        key="B2",
                        text="发现其他问题？",
                        answer_type=AnswerType.YES_NO,
                        yes_is_good=False,
                        category=Category.COMPLIANCE,
                    ),
                    ItemInput(
                        key="B3",
                        text="问题严重程度",
                        answer_type=AnswerType.CHOICE,
                        choices=[
                            ChoiceInput("minor", "轻微", "Minor", 2),
                            ChoiceInput("serious", "严重", "Serious", 0),
                        ],
                        category=Category.COMPLIANCE,
                        condition_key="B2",
                        condition_value="yes",
                    ),
                ],
            ),
        ],
    )


@pytest.fixture
def template_id(db, manager) -> int:
    with db.unit_of_work(manager) as uow:
        return save_template(uow, manager, small_template())


@pytest.fixture
def version(db, template_id) -> VersionDetail:
    with db.session() as session:
        return load_version(session, current_version_id(session, template_id))


@pytest.fixture
def staff_ids(db) -> list[int]:
    with db.unit_of_work() as uow:
        people = [Staff(employee_no=f"E{i}", name=name) for i, name in enumerate(("王芳", "李强"))]
        uow.session.add_all(people)
        uow.commit()
        return [p.id for p in people]


def answers(version: VersionDetail, **by_key: str | AnswerInput) -> dict[int, AnswerInput]:
    ids = {item.key: item.id for item in version.items}
    return {
        ids[key]: value if isinstance(value, AnswerInput) else AnswerInput(value=value)
        for key, value in by_key.items()
    }


def inspection(version: VersionDetail, **by_key: str | AnswerInput) -> InspectionInput:
    return InspectionInput(
        version_id=version.id,
        inspector_name="陈静",
        performed_at=datetime(2025, 3, 4, 9, 0),
        answers=answers(version, **by_key),
    )
