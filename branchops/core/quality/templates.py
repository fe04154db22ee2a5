"""Checklist templates: create, edit (a new version once used), copy, archive, reorder, list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import NotFound
from branchops.core.quality.labels import localized
from branchops.core.quality.models import (
    QcInspection,
    QcItem,
    QcSection,
    QcTemplate,
    QcTemplateVersion,
    Recurrence,
)
from branchops.core.quality.scoring import Choice, choices_to_json
from branchops.core.quality.template_input import TemplateInput, assign_keys, validate_template
from branchops.core.quality.versions import current_version_id, load_template_input
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    recurrence: Recurrence
    recurrence_day: int
    archived: bool
    version: int
    builtin_key: str | None
    item_count: int
    sort_order: int
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


def list_templates(session: Session, *, include_archived: bool = False) -> list[TemplateRow]:
    item_count = (
        select(func.count(QcItem.id))
        .join(QcTemplateVersion, QcTemplateVersion.id == QcItem.version_id)
        .where(
            QcTemplateVersion.template_id == QcTemplate.id,
            QcTemplateVersion.number == QcTemplate.current_version,
        )
        .scalar_subquery()
    )
    stmt = select(QcTemplate, item_count).order_by(QcTemplate.sort_order, QcTemplate.id)
    if not include_archived:
        stmt = stmt.where(QcTemplate.archived.is_(False))
    return [
        TemplateRow(
            id=t.id,
            name=localized(t.name, t.name_en),
            recurrence=t.recurrence,
            recurrence_day=t.recurrence_day,
            archived=t.archived,
            version=t.current_version,
            builtin_key=t.builtin_key,
            item_count=count or 0,
            sort_order=t.sort_order,
            record_version=t.version,
        )
        for t, count in session.execute(stmt)
    ]


def version_in_use(session: Session, version_id: int) -> bool:
    return bool(session.scalar(select(exists().where(QcInspection.version_id == version_id))))


def save_template(
    uow: UnitOfWork,
    user: CurrentUser,
    data: TemplateInput,
    template_id: int | None = None,
    *,
    builtin_key: str | None = None,
) -> int:
    """Create a template, or save an edit: a used version is kept and a new one made."""
    require(user, Permission.APPROVE)
    template_id = write_template(uow.session, user, data, template_id, builtin_key=builtin_key)
    uow.commit()
    return template_id


def write_template(
    session: Session,
    user: CurrentUser,
    data: TemplateInput,
    template_id: int | None = None,
    *,
    builtin_key: str | None = None,
) -> int:
    """Check and write without committing (for callers that commit several things at once).

    New items of ``data`` get their keys here, in place.
    """
    assign_keys(data)
    validate_template(data)
    return _write(session, user, data, template_id, builtin_key)


def _write(
    session: Session,
    user: CurrentUser,
    data: TemplateInput,
    template_id: int | None,
    builtin_key: str | None,
) -> int:
    now = clock.now().replace(microsecond=0)
    if template_id is None:
        last = session.scalar(select(func.max(QcTemplate.sort_order))) or 0
        template = QcTemplate(created_at=now, sort_order=last + 1, builtin_key=builtin_key)
        template.current_version = 1
        _apply_template_fields(template, data)
        session.add(template)
        session.flush()
        _add_version(session, template.id, 1, data, user, now)
        return template.id
    template = _template(session, template_id)
    version_id = current_version_id(session, template_id)
    current = load_template_input(session, template_id)
    _apply_template_fields(template, data)
    if _content(current) == _content(data):
        return template_id
    if version_in_use(session, version_id):
        template.current_version += 1
        _add_version(session, template_id, template.current_version, data, user, now)
    else:
        version = session.get(QcTemplateVersion, version_id)
        assert version is not None
        version.sections.clear()
        session.flush()  # old items go before new ones take their keys
        version.name, version.name_en, version.pass_mark = data.name, data.name_en, data.pass_mark
        _add_sections(session, version, data)
    return template_id


def _content(data: TemplateInput) -> tuple:
    """What a version holds; a change to any of it makes a new version of a used template."""
    return (
        data.name.strip(),
        data.name_en.strip(),
        data.pass_mark,
        [(s.title, s.title_en, [asdict(item) for item in s.items]) for s in data.sections],
    )


def _apply_template_fields(template: QcTemplate, data: TemplateInput) -> None:
    template.name = data.name.strip()
    template.name_en = data.name_en.strip()
    template.description = data.description.strip()
    template.recurrence = data.recurrence
    template.recurrence_day = data.recurrence_day if data.recurrence is not Recurrence.NONE else 0
    template.schedule_start = data.schedule_start


def _add_version(
    session: Session,
    template_id: int,
    number: int,
    data: TemplateInput,
    user: CurrentUser,
    now: datetime,
) -> None:
    version = QcTemplateVersion(
        template_id=template_id,
        number=number,
        name=data.name.strip(),
        name_en=data.name_en.strip(),
        pass_mark=data.pass_mark,
        created_at=now,
        created_by=user.username,
    )
    session.add(version)
    session.flush()
    _add_sections(session, version, data)


def _add_sections(session: Session, version: QcTemplateVersion, data: TemplateInput) -> None:
    position = 0
    for index, section_data in enumerate(data.sections):
        section = QcSection(
            version_id=version.id,
            position=index,
            title=section_data.title.strip(),
            title_en=section_data.title_en.strip(),
        )
        for item in section_data.items:
            section.items.append(
                QcItem(
                    version_id=version.id,
                    position=position,
                    key=item.key,
                    text=item.text.strip(),
                    text_en=item.text_en.strip(),
                    guidance=item.guidance.strip(),
                    guidance_en=item.guidance_en.strip(),
                    answer_type=item.answer_type,
                    scale_max=item.scale_max,
                    choices=choices_to_json(
                        [Choice(c.key.strip(), c.label, c.label_en, c.score) for c in item.choices]
                    ),
                    number_min=item.number_min,
                    number_max=item.number_max,
                    unit=item.unit.strip(),
                    yes_is_good=item.yes_is_good,
                    weight=item.weight,
                    category=item.category,
                    critical=item.critical,
                    concerns_staff=item.concerns_staff,
                    required=item.required,
                    condition_key=item.condition_key or None,
                    condition_value=item.condition_value if item.condition_key else None,
                )
            )
            position += 1
        version.sections.append(section)
    session.flush()


def _template(session: Session, template_id: int) -> QcTemplate:
    template = session.get(QcTemplate, template_id)
    if template is None:
        raise NotFound(translate("Quality", "This checklist template no longer exists."))
    return template


def copy_template(uow: UnitOfWork, user: CurrentUser, template_id: int, name: str) -> int:
    """A new, unscheduled template with the current content of another."""
    require(user, Permission.APPROVE)
    session = uow.session
    data = load_template_input(session, template_id)
    data = replace(data, name=name, name_en="", recurrence=Recurrence.NONE, recurrence_day=0)
    validate_template(data)
    new_id = _write(session, user, data, None, None)
    uow.commit()
    return new_id


def set_archived(uow: UnitOfWork, user: CurrentUser, template_id: int, archived: bool) -> None:
    """An archived template is no longer offered or scheduled; its inspections stay."""
    require(user, Permission.APPROVE)
    _template(uow.session, template_id).archived = archived
    uow.commit()


def reorder_templates(uow: UnitOfWork, user: CurrentUser, ordered_ids: Sequence[int]) -> None:
    require(user, Permission.APPROVE)
    session = uow.session
    for position, template_id in enumerate(ordered_ids, start=1):
        _template(session, template_id).sort_order = position
    uow.commit()
