"""Reading a template version's content as plain rows: what a run or a report shows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from branchops.core.errors import NotFound
from branchops.core.quality.labels import localized
from branchops.core.quality.models import (
    AnswerType,
    Category,
    QcItem,
    QcSection,
    QcTemplate,
    QcTemplateVersion,
)
from branchops.core.quality.scoring import ItemSpec, choices_from_json
from branchops.core.quality.template_input import (
    ChoiceInput,
    ItemInput,
    SectionInput,
    TemplateInput,
)
from branchops.i18n import translate


@dataclass(frozen=True)
class ItemView:
    id: int
    key: str
    section_index: int
    text: str
    text_en: str
    guidance: str
    guidance_en: str
    category: Category
    concerns_staff: bool
    unit: str
    spec: ItemSpec

    @property
    def display_text(self) -> str:
        return localized(self.text, self.text_en)

    @property
    def display_guidance(self) -> str:
        return localized(self.guidance, self.guidance_en)

    @property
    def answer_type(self) -> AnswerType:
        return self.spec.answer_type


@dataclass(frozen=True)
class SectionView:
    title: str
    title_en: str
    items: tuple[ItemView, ...]

    @property
    def display_title(self) -> str:
        return localized(self.title, self.title_en)


@dataclass(frozen=True)
class VersionDetail:
    id: int
    template_id: int
    number: int
    name: str
    name_en: str
    pass_mark: float
    sections: tuple[SectionView, ...]

    @property
    def display_name(self) -> str:
        return localized(self.name, self.name_en)

    @property
    def items(self) -> list[ItemView]:
        return [item for section in self.sections for item in section.items]

    @property
    def specs(self) -> list[ItemSpec]:
        return [item.spec for item in self.items]

    def item_by_id(self) -> dict[int, ItemView]:
        return {item.id: item for item in self.items}


def item_spec(item: QcItem) -> ItemSpec:
    return ItemSpec(
        key=item.key,
        answer_type=item.answer_type,
        weight=item.weight,
        critical=item.critical,
        required=item.required,
        scale_max=item.scale_max,
        choices=choices_from_json(item.choices),
        number_min=item.number_min,
        number_max=item.number_max,
        yes_is_good=item.yes_is_good,
        condition_key=item.condition_key,
        condition_value=item.condition_value,
    )


def _version(session: Session, version_id: int) -> QcTemplateVersion:
    version = session.scalar(
        select(QcTemplateVersion)
        .where(QcTemplateVersion.id == version_id)
        .options(selectinload(QcTemplateVersion.sections).selectinload(QcSection.items))
    )
    if version is None:
        raise NotFound(translate("Quality", "This checklist version no longer exists."))
    return version


def load_version(session: Session, version_id: int) -> VersionDetail:
    version = _version(session, version_id)
    sections = []
    for index, section in enumerate(version.sections):
        items = tuple(
            ItemView(
                id=item.id,
                key=item.key,
                section_index=index,
                text=item.text,
                text_en=item.text_en,
                guidance=item.guidance,
                guidance_en=item.guidance_en,
                category=item.category,
                concerns_staff=item.concerns_staff,
                unit=item.unit,
                spec=item_spec(item),
            )
            for item in section.items
        )
        sections.append(SectionView(section.title, section.title_en, items))
    return VersionDetail(
        id=version.id,
        template_id=version.template_id,
        number=version.number,
        name=version.name,
        name_en=version.name_en,
        pass_mark=version.pass_mark,
        sections=tuple(sections),
    )


def current_version_id(session: Session, template_id: int) -> int:
    template = session.get(QcTemplate, template_id)
    if template is None:
        raise NotFound(translate("Quality", "This checklist template no longer exists."))
    version_id = session.scalar(
        select(QcTemplateVersion.id).where(
            QcTemplateVersion.template_id == template_id,
            QcTemplateVersion.number == template.current_version,
        )
    )
    if version_id is None:
        raise NotFound(translate("Quality", "This checklist template no longer exists."))
    return version_id


def load_template_input(session: Session, template_id: int) -> TemplateInput:
    """The template's current content, ready for the editor."""
    template = session.get(QcTemplate, template_id)
    version = _version(session, current_version_id(session, template_id))
    assert template is not None  # current_version_id checked it
    return TemplateInput(
        name=template.name,
        name_en=template.name_en,
        description=template.description,
        recurrence=template.recurrence,
        recurrence_day=template.recurrence_day,
        schedule_start=template.schedule_start,
        pass_mark=version.pass_mark,
        sections=[
            SectionInput(
                title=section.title,
                title_en=section.title_en,
                items=[_item_input(item) for item in section.items],
            )
            for section in version.sections
        ],
    )


def _item_input(item: QcItem) -> ItemInput:
    return ItemInput(
        key=item.key,
        text=item.text,
        text_en=item.text_en,
        guidance=item.guidance,
        guidance_en=item.guidance_en,
        answer_type=item.answer_type,
        weight=item.weight,
        category=item.category,
        critical=item.critical,
        concerns_staff=item.concerns_staff,
        required=item.required,
        scale_max=item.scale_max,
        choices=[
            ChoiceInput(c.key, c.label, c.label_en, c.score)
            for c in choices_from_json(item.choices)
        ],
        number_min=item.number_min,
        number_max=item.number_max,
        unit=item.unit,
        yes_is_good=item.yes_is_good,
        condition_key=item.condition_key,
        condition_value=item.condition_value,
    )
