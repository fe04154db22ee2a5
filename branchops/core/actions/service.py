"""Corrective actions: raise, edit, and move through open → in progress → done → verified.

- Done needs an evidence note (what was done, what shows it).
- Verified needs approval rights; when the branch has more than one user, the verifier must be a
  different person from the owner.
- A done action that does not hold up at verification goes back to in progress with a reason.
Other areas raise actions inside their own transaction with ``add_action``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.labels import status_label
from branchops.core.actions.models import (
    OPEN_STATUSES,
    ActionStatus,
    CorrectiveAction,
    Priority,
    SourceKind,
)
from branchops.core.concurrency import locked_get
from branchops.core.errors import NotFound, Problems, UserError
from branchops.core.staff.models import Staff
from branchops.core.users.models import User
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_TITLE = 200


@dataclass
class ActionInput:
    title: str
    owner_staff_id: int | None
    due_date: date | None
    priority: Priority = Priority.MEDIUM
    description: str = ""
    source_kind: SourceKind = SourceKind.OTHER
    source_id: int | None = None
    source_sub_id: int | None = None
    link_text: str = ""


def _check(session: Session, data: ActionInput) -> None:
    problems = Problems()
    title = data.title.strip()
    if not title:
        problems.add("title", translate("Actions", "Say what is to be done."))
    elif len(title) > MAX_TITLE:
        problems.add(
            "title",
            translate("Actions", "The title is longer than {limit} characters.").format(
                limit=MAX_TITLE
            ),
        )
    if data.owner_staff_id is None:
        problems.add("owner", translate("Actions", "Choose who owns the action."))
    elif session.get(Staff, data.owner_staff_id) is None:
        problems.add("owner", translate("Actions", "The chosen owner does not exist."))
    if data.due_date is None:
        problems.add("due_date", translate("Actions", "Choose a due date."))
    problems.raise_if_any()


def add_action(
    session: Session, user: CurrentUser, data: ActionInput, today: date | None = None
) -> CorrectiveAction:
    """Check and add an action without committing (the caller's use case commits)."""
    require(user, Permission.WRITE)
    _check(session, data)
    now = clock.now().replace(microsecond=0)
    action = CorrectiveAction(
        created_on=today or now.date(),
        created_at=now,
        created_by=user.username,
        status=ActionStatus.OPEN,
        evidence="",
    )
    _apply(action, data)
    session.add(action)
    session.flush()
    return action


def _apply(action: CorrectiveAction, data: ActionInput) -> None:
    assert data.owner_staff_id is not None and data.due_date is not None, "_check refuses them"
    action.title = data.title.strip()
    action.description = data.description.strip()
    action.owner_staff_id = data.owner_staff_id
    action.due_date = data.due_date
    action.priority = data.priority
    action.source_kind = data.source_kind
    action.source_id = data.source_id
    action.source_sub_id = data.source_sub_id
    action.link_text = data.link_text.strip()[:300]


def create_action(uow: UnitOfWork, user: CurrentUser, data: ActionInput) -> int:
    action = add_action(uow.session, user, data)
    uow.commit()
    return action.id


def _action(session: Session, action_id: int) -> CorrectiveAction:
    action = locked_get(session, CorrectiveAction, action_id)
    if action is None:
        raise NotFound(translate("Actions", "This corrective action no longer exists."))
    return action


def _wrong_status(action: CorrectiveAction) -> UserError:
    return UserError(
        translate("Actions", "Not possible while the action is {status}.").format(
            status=status_label(action.status)
        )
    )


def update_action(uow: UnitOfWork, user: CurrentUser, action_id: int, data: ActionInput) -> None:
    """Save the user's edits (refused when changed since opened: ``core/concurrency.py``)."""
    require(user, Permission.WRITE)
    action = _action(uow.session, action_id)
    if action.status is ActionStatus.VERIFIED:
        raise _wrong_status(action)
    _check(uow.session, data)
    _apply(action, data)
    uow.commit()


def start_action(
    uow: UnitOfWork, user: CurrentUser, action_id: int, on: date | None = None
) -> None:
    require(user, Permission.WRITE)
    action = _action(uow.session, action_id)
    if action.status is not ActionStatus.OPEN:
        raise _wrong_status(action)
    action.status = ActionStatus.IN_PROGRESS
    action.started_on = on or clock.today()
    uow.commit()


def complete_action(
    uow: UnitOfWork, user: CurrentUser, action_id: int, evidence: str, on: date | None = None
) -> None:
    """Mark done; the evidence note says what was done and how it can be seen."""
    require(user, Permission.WRITE)
    action = _action(uow.session, action_id)
    if action.status not in OPEN_STATUSES:
        raise _wrong_status(action)
    day = on or clock.today()
    problems = Problems()
    if not evidence.strip():
        problems.add(
            "evidence",
            translate("Actions", "Describe the evidence of what was done before marking it done."),
        )
    if day < action.created_on:
        problems.add(
            "done_on", translate("Actions", "An action cannot be done before it was raised.")
        )
    problems.raise_if_any()
    action.status = ActionStatus.DONE
    action.evidence = evidence.strip()
    action.done_on = day
    action.started_on = action.started_on or day
    uow.commit()


def active_user_count(session: Session) -> int:
    return session.scalar(select(func.count(User.id)).where(User.active.is_(True))) or 0


def verify_action(
    uow: UnitOfWork,
    user: CurrentUser,
    action_id: int,
    verifier_staff_id: int | None,
    on: date | None = None,
) -> None:
    require(user, Permission.APPROVE)
    session = uow.session
    action = _action(session, action_id)
    if action.status is not ActionStatus.DONE:
        raise _wrong_status(action)
    day = on or clock.today()
    problems = Problems()
    several_users = active_user_count(session) > 1
    if verifier_staff_id is None and several_users:
        problems.add("verifier", translate("Actions", "Choose who verified the action."))
    elif verifier_staff_id is not None and session.get(Staff, verifier_staff_id) is None:
        problems.add("verifier", translate("Actions", "The chosen verifier does not exist."))
    elif several_users and verifier_staff_id == action.owner_staff_id:
        problems.add(
            "verifier",
            translate("Actions", "The owner cannot verify their own action; choose someone else."),
        )
    if action.done_on is not None and day < action.done_on:
        problems.add(
            "verified_on",
            translate("Actions", "Verification cannot be before the action was done."),
        )
    problems.raise_if_any()
    action.status = ActionStatus.VERIFIED
    action.verifier_staff_id = verifier_staff_id
    action.verified_on = day
    action.verified_by = user.username
    uow.commit()


def reopen_action(uow: UnitOfWork, user: CurrentUser, action_id: int, reason: str) -> None:
    """A done action that does not hold up goes back to in progress; the reason is noted."""
    require(user, Permission.APPROVE)
    action = _action(uow.session, action_id)
    if action.status is not ActionStatus.DONE:
        raise _wrong_status(action)
    if not reason.strip():
        raise UserError(translate("Actions", "Say why the action goes back to in progress."))
    note = translate("Actions", "{date} sent back: {reason}").format(
        date=clock.today().isoformat(), reason=reason.strip()
    )
    action.description = f"{action.description}\n{note}".strip()
    action.status = ActionStatus.IN_PROGRESS
    action.done_on = None
    uow.commit()


def delete_action(uow: UnitOfWork, user: CurrentUser, action_id: int) -> None:
    """Only an action still open (raised by mistake) may be deleted."""
    require(user, Permission.WRITE)
    action = _action(uow.session, action_id)
    if action.status is not ActionStatus.OPEN:
        raise _wrong_status(action)
    uow.session.delete(action)
    uow.commit()
