"""Training on the dashboard's agenda: certificates and required courses expiring in the range
(expired ones not yet renewed as overdue), and sessions planned in it (past ones not recorded as
overdue)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.agenda_item import AgendaItem
from branchops.core.training.labels import course_title
from branchops.core.training.models import SessionStatus, TrainingCourse, TrainingSession
from branchops.core.training.reminders import expiring
from branchops.i18n import translate

AREA = "training"
PAGE = "training"


def agenda_items(session: Session, first: date, last: date) -> list[AgendaItem]:
    items = []
    for row in expiring(session, first, (last - first).days):
        if row.valid_until < first:
            title = translate("Training", "{name}: {what} expired on {day}").format(
                name=row.name, what=row.what, day=row.valid_until.isoformat()
            )
        else:
            title = translate("Training", "{name}: {what} expires on {day}").format(
                name=row.name, what=row.what, day=row.valid_until.isoformat()
            )
        items.append(
            AgendaItem(
                AREA,
                row.key,
                row.valid_until,
                title,
                overdue=row.valid_until < first,
                page=PAGE,
                filters={"tab": "reminders", "staff_id": row.staff_id},
            )
        )
    stmt = (
        select(
            TrainingSession.id, TrainingSession.day, TrainingCourse.title, TrainingCourse.title_en
        )
        .join(TrainingCourse, TrainingCourse.id == TrainingSession.course_id)
        .where(TrainingSession.status == SessionStatus.PLANNED, TrainingSession.day <= last)
    )
    for session_id, day, title_zh, title_en in session.execute(stmt):
        overdue = day < first
        text = (
            translate("Training", "Record the session {course} of {day}")
            if overdue
            else translate("Training", "Training session {course} on {day}")
        )
        items.append(
            AgendaItem(
                AREA,
                f"session:{session_id}",
                day,
                text.format(course=course_title(title_zh, title_en), day=day.isoformat()),
                overdue=overdue,
                page=PAGE,
                filters={"tab": "sessions", "session_id": session_id},
            )
        )
    items.sort(key=lambda i: (i.due, i.key))
    return items
