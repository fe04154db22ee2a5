"""From a drill's issue, or an objective rated M or U, to a corrective action (source: drill)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.service import ActionInput, Priority, SourceKind, add_action
from branchops.core.errors import NotFound, UserError
from branchops.core.risk.drill_service import drill_not_found
from branchops.core.risk.labels import localized
from branchops.core.risk.models import (
    Drill,
    DrillIssue,
    DrillStatus,
    EmergencyPlan,
    PlanObjective,
    Rating,
)
from branchops.core.users.permissions import CurrentUser
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

DAYS_TO_FIX = 30
DAYS_TO_FIX_UNABLE = 14


def link_text(plan_name: str, held_on: date | None, what: str) -> str:
    return translate("Drill", "{plan} drill of {date}: {what}").format(
        plan=plan_name, date=held_on.isoformat() if held_on else "", what=what
    )


def _recorded(session: Session, drill_id: int) -> tuple[Drill, str]:
    drill = session.get(Drill, drill_id)
    if drill is None:
        raise drill_not_found()
    if drill.status is not DrillStatus.DONE:
        raise UserError(
            translate("Drill", "Record the drill before raising follow-up actions from it.")
        )
    plan = session.get(EmergencyPlan, drill.plan_id)
    assert plan is not None
    return drill, localized(plan.name, plan.name_en)


def proposed_for_issue(
    session: Session, drill_id: int, issue_id: int, today: date | None = None
) -> ActionInput:
    drill, plan = _recorded(session, drill_id)
    issue = session.get(DrillIssue, issue_id)
    if issue is None or issue.drill_id != drill_id:
        raise NotFound(translate("Drill", "This issue is no longer on the drill."))
    today = today or clock.today()
    return ActionInput(
        title=issue.text.strip().splitlines()[0][:200],
        owner_staff_id=drill.lead_staff_id,
        due_date=today + timedelta(days=DAYS_TO_FIX),
        priority=Priority.MEDIUM,
        description=issue.text.strip(),
        source_kind=SourceKind.DRILL,
        source_id=drill.id,
        source_sub_id=issue.id,
        link_text=link_text(plan, drill.held_on, issue.text.strip()),
    )


def proposed_for_objective(
    session: Session, drill_id: int, objective_id: int, today: date | None = None
) -> ActionInput:
    """An objective performed with major challenges (M) or not at all (U) calls for an action."""
    drill, plan = _recorded(session, drill_id)
    objective = session.get(PlanObjective, objective_id)
    rating = next((r for r in drill.ratings if r.objective_id == objective_id), None)
    if objective is None or rating is None:
        raise NotFound(translate("Drill", "This objective is not rated on the drill."))
    today = today or clock.today()
    text = localized(objective.text, objective.text_en)
    unable = rating.rating is Rating.U
    title = translate("Drill", "Improve: {objective}").format(objective=text)
    return ActionInput(
        title=title[:200],
        owner_staff_id=drill.lead_staff_id,
        due_date=today + timedelta(days=DAYS_TO_FIX_UNABLE if unable else DAYS_TO_FIX),
        priority=Priority.HIGH if unable else Priority.MEDIUM,
        description=rating.note,
        source_kind=SourceKind.DRILL,
        source_id=drill.id,
        link_text=link_text(plan, drill.held_on, f"{rating.rating.value.upper()} · {text}"),
    )


def raise_for_issue(
    uow: UnitOfWork,
    user: CurrentUser,
    drill_id: int,
    issue_id: int,
    *,
    owner_staff_id: int | None = None,
    due_date: date | None = None,
) -> int:
    """Raise the proposed action for an issue; anything given overrides the proposal."""
    session = uow.session
    data = proposed_for_issue(session, drill_id, issue_id)
    if owner_staff_id is not None:
        data.owner_staff_id = owner_staff_id
    if due_date is not None:
        data.due_date = due_date
    action = add_action(session, user, data)
    uow.commit()
    return action.id
