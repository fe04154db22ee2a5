"""Corrective actions on the agenda: open actions due in the range, and every overdue one."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.models import OPEN_STATUSES, CorrectiveAction
from branchops.core.agenda_item import AgendaItem
from branchops.i18n import translate


def agenda_items(session: Session, first: date, last: date) -> list[AgendaItem]:
    today = clock.today()
    stmt = select(CorrectiveAction.id, CorrectiveAction.title, CorrectiveAction.due_date).where(
        CorrectiveAction.status.in_(OPEN_STATUSES),
        or_(
            CorrectiveAction.due_date.between(first, last),
            CorrectiveAction.due_date < today,
        ),
    )
    items = []
    for action_id, title, due in session.execute(stmt.order_by(CorrectiveAction.due_date)):
        overdue = due < today
        text = (
            translate("Agenda", "Overdue corrective action: {title}")
            if overdue
            else translate("Agenda", "Corrective action due: {title}")
        )
        items.append(
            AgendaItem(
                area="actions",
                key=f"action:{action_id}",
                due=due,
                title=text.format(title=title),
                overdue=overdue,
                page="actions",
                filters={"action_id": action_id},
            )
        )
    return items
