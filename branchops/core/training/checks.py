"""Training completeness: every session planned in the month was recorded (held or cancelled)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.period import Month
from branchops.core.reports.completeness import CompletenessCheck, Gap, register
from branchops.core.training.labels import course_title
from branchops.core.training.models import SessionStatus, TrainingCourse, TrainingSession
from branchops.i18n import translate

AREA = "training"
EXAMPLES = 3


def sessions_recorded(session: Session, month: Month, today: date | None = None) -> list[Gap]:
    """Sessions planned for a past day of the month that are still only planned."""
    today = today or clock.today()
    if month.first_day > today:
        return []
    last = min(month.last_day, today - timedelta(days=1))
    stmt = (
        select(TrainingSession.day, TrainingCourse.title, TrainingCourse.title_en)
        .join(TrainingCourse, TrainingCourse.id == TrainingSession.course_id)
        .where(
            TrainingSession.status == SessionStatus.PLANNED,
            TrainingSession.day.between(month.first_day, last),
        )
        .order_by(TrainingSession.day, TrainingCourse.sort_order)
    )
    rows = session.execute(stmt).all()
    if not rows:
        return []
    examples = "; ".join(f"{course_title(t, e)} {d.isoformat()}" for d, t, e in rows[:EXAMPLES])
    if len(rows) > EXAMPLES:
        examples += " …"
    return [
        Gap(
            AREA,
            "training.sessions_recorded",
            translate(
                "Report",
                "{count} training sessions planned in {month} were not recorded: {examples}. "
                "Record their attendance (or mark them cancelled) on the Training page.",
            ).format(count=len(rows), month=month, examples=examples),
        )
    ]


register(CompletenessCheck("training.sessions_recorded", AREA, sessions_recorded))
