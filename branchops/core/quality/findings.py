"""From a failed item to a corrective action in one step, with the item's text filled in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.service import ActionInput, Priority, SourceKind, add_action
from branchops.core.errors import NotFound, UserError
from branchops.core.quality.labels import localized
from branchops.core.quality.models import QcAnswer, QcInspection, QcItem, QcTemplateVersion
from branchops.core.quality.service import ensure_completed
from branchops.core.users.permissions import CurrentUser
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

DAYS_TO_FIX = 14
DAYS_TO_FIX_CRITICAL = 3


def link_text(template_name: str, performed: date, item_text: str) -> str:
    return translate("Quality", "{template} of {date}: {item}").format(
        template=template_name, date=performed.isoformat(), item=item_text
    )


def link_texts(session: Session, answer_ids: Iterable[int]) -> dict[int, str]:
    """The "found in" text of actions raised from failed answers, in the language in use now
    (the text stored with an action is in the language it was created in)."""
    wanted = {i for i in answer_ids if i is not None}
    if not wanted:
        return {}
    found = session.execute(
        select(QcAnswer.id, QcItem, QcInspection.performed_at, QcTemplateVersion)
        .join(QcItem, QcItem.id == QcAnswer.item_id)
        .join(QcInspection, QcInspection.id == QcAnswer.inspection_id)
        .join(QcTemplateVersion, QcTemplateVersion.id == QcInspection.version_id)
        .where(QcAnswer.id.in_(wanted))
    )
    return {
        answer_id: link_text(
            localized(version.name, version.name_en),
            performed.date(),
            localized(item.text, item.text_en),
        )
        for answer_id, item, performed, version in found
    }


def proposed_action(session: Session, answer_id: int, today: date | None = None) -> ActionInput:
    """The action a failed answer calls for, ready to confirm or adjust."""
    found = session.execute(
        select(QcAnswer, QcItem, QcInspection, QcTemplateVersion)
        .join(QcItem, QcItem.id == QcAnswer.item_id)
        .join(QcInspection, QcInspection.id == QcAnswer.inspection_id)
        .join(QcTemplateVersion, QcTemplateVersion.id == QcInspection.version_id)
        .where(QcAnswer.id == answer_id)
    ).first()
    if found is None:
        raise NotFound(translate("Quality", "This answer no longer exists."))
    answer, item, inspection, version = found
    if not answer.failed:
        raise UserError(translate("Quality", "Only a failed item raises a corrective action."))
    today = today or clock.today()
    critical = answer.critical_failed
    text = localized(item.text, item.text_en)
    return ActionInput(
        title=text[:200],
        owner_staff_id=answer.staff_id,
        due_date=today + timedelta(days=DAYS_TO_FIX_CRITICAL if critical else DAYS_TO_FIX),
        priority=Priority.URGENT if critical else Priority.MEDIUM,
        description=answer.comment,
        source_kind=SourceKind.INSPECTION,
        source_id=inspection.id,
        source_sub_id=answer.id,
        link_text=link_text(
            localized(version.name, version.name_en), inspection.performed_at.date(), text
        ),
    )


def raise_action_from_answer(
    uow: UnitOfWork,
    user: CurrentUser,
    answer_id: int,
    *,
    owner_staff_id: int | None = None,
    due_date: date | None = None,
    priority: Priority | None = None,
    title: str | None = None,
    adjusted: ActionInput | None = None,
) -> int:
    """Raise the proposed action; anything given overrides the proposal (``adjusted``: the
    proposal as the user edited it; its source stays the answer's)."""
    session = uow.session
    data = proposed_action(session, answer_id)
    ensure_completed(session, data.source_id or 0)
    if adjusted is not None:
        data = replace(
            adjusted,
            source_kind=data.source_kind,
            source_id=data.source_id,
            source_sub_id=data.source_sub_id,
            link_text=data.link_text,
        )
    if owner_staff_id is not None:
        data.owner_staff_id = owner_staff_id
    if due_date is not None:
        data.due_date = due_date
    if priority is not None:
        data.priority = priority
    if title is not None:
        data.title = title
    action = add_action(session, user, data)
    uow.commit()
    return action.id
