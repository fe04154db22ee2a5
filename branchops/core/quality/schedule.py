"""When inspections are due, and whether each was done, is late or was missed.

Each scheduled template has occurrences on the branch calendar (holidays and make-up working days
included). An occurrence belongs to a period — its day, its week (Monday–Sunday) or its month — and
may be done any time in that period: after its due date it is *late*, after the period it is
*missed*. A completed inspection counts for the occurrence it was started from (its ``due_date``),
otherwise for the occurrence whose period it was performed in.
"""

from __future__ import annotations

import calendar as _calendar
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.branch.queries import branch_calendar
from branchops.core.calendar import BranchCalendar
from branchops.core.period import Month
from branchops.core.quality.labels import localized
from branchops.core.quality.models import InspectionStatus, QcInspection, QcTemplate, Recurrence
from branchops.i18n import QT_TRANSLATE_NOOP, translate


class DueState(enum.StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"  # due today
    DRAFT = "draft"  # started, not completed, period still open
    LATE = "late"  # past its due date, can still be done in its period
    MISSED = "missed"
    DONE = "done"
    DONE_LATE = "done_late"


DUE_STATE_LABELS = {
    DueState.UPCOMING: QT_TRANSLATE_NOOP("Quality", "Upcoming"),
    DueState.DUE: QT_TRANSLATE_NOOP("Quality", "Due today"),
    DueState.DRAFT: QT_TRANSLATE_NOOP("Quality", "In progress"),
    DueState.LATE: QT_TRANSLATE_NOOP("Quality", "Late"),
    DueState.MISSED: QT_TRANSLATE_NOOP("Quality", "Missed"),
    DueState.DONE: QT_TRANSLATE_NOOP("Quality", "Done"),
    DueState.DONE_LATE: QT_TRANSLATE_NOOP("Quality", "Done late"),
}
OPEN_STATES = (DueState.DUE, DueState.DRAFT, DueState.LATE, DueState.MISSED)


def due_state_label(state: DueState | str) -> str:
    return translate("Quality", DUE_STATE_LABELS[DueState(state)])


@dataclass(frozen=True)
class Occurrence:
    due: date
    period_start: date
    period_end: date


def _in_period(cal: BranchCalendar, target: date, start: date, end: date) -> date | None:
    """The first working day from ``target`` to ``end``, else the last one before ``target``."""
    day = target
    while day <= end:
        if cal.is_working_day(day):
            return day
        day += timedelta(days=1)
    day = target - timedelta(days=1)
    while day >= start:
        if cal.is_working_day(day):
            return day
        day -= timedelta(days=1)
    return None


def occurrences(
    recurrence: Recurrence,
    day: int,
    cal: BranchCalendar,
    first: date,
    last: date,
) -> list[Occurrence]:
    """Occurrences due from ``first`` to ``last`` (inclusive)."""
    found: list[Occurrence] = []
    if recurrence is Recurrence.DAILY:
        found = [Occurrence(d, d, d) for d in cal.working_days(first, last)]
    elif recurrence is Recurrence.WEEKLY:
        monday = first - timedelta(days=first.weekday())
        while monday <= last:
            sunday = monday + timedelta(days=6)
            due = _in_period(cal, monday + timedelta(days=day), monday, sunday)
            if due is not None:
                found.append(Occurrence(due, monday, sunday))
            monday += timedelta(days=7)
    elif recurrence is Recurrence.MONTHLY:
        month = Month.of(first)
        while month.first_day <= last:
            length = _calendar.monthrange(month.year, month.month)[1]
            target = date(month.year, month.month, min(max(day, 1), length))
            due = _in_period(cal, target, month.first_day, month.last_day)
            if due is not None:
                found.append(Occurrence(due, month.first_day, month.last_day))
            month = month.shift(1)
    return [o for o in found if first <= o.due <= last]


@dataclass(frozen=True)
class Performed:
    """An inspection as far as the schedule cares."""

    id: int
    status: InspectionStatus
    due_date: date | None
    performed_on: date


def match(
    occurrence_list: Sequence[Occurrence], performed: Iterable[Performed]
) -> dict[Occurrence, tuple[Performed | None, Performed | None]]:
    """For each occurrence: the completed inspection that counts for it, and an open draft."""
    done: dict[Occurrence, Performed | None] = dict.fromkeys(occurrence_list)
    draft: dict[Occurrence, Performed | None] = dict.fromkeys(occurrence_list)
    by_due = {o.due: o for o in occurrence_list}
    loose: list[Performed] = []
    for p in sorted(performed, key=lambda p: (p.performed_on, p.id)):
        linked = by_due.get(p.due_date) if p.due_date else None
        target = done if p.status is InspectionStatus.COMPLETED else draft
        if linked is not None and target[linked] is None:
            target[linked] = p
        elif p.due_date is None:
            loose.append(p)
    for p in loose:
        target = done if p.status is InspectionStatus.COMPLETED else draft
        for occ in occurrence_list:
            if occ.period_start <= p.performed_on <= occ.period_end and target[occ] is None:
                target[occ] = p
                break
    return {o: (done[o], draft[o]) for o in occurrence_list}


def state_of(
    occ: Occurrence, today: date, done: Performed | None, draft: Performed | None
) -> DueState:
    if done is not None:
        return DueState.DONE if done.performed_on <= occ.due else DueState.DONE_LATE
    if today > occ.period_end:
        return DueState.MISSED
    if draft is not None:
        return DueState.DRAFT
    if today < occ.due:
        return DueState.UPCOMING
    return DueState.DUE if today == occ.due else DueState.LATE


@dataclass(frozen=True)
class DueRow:
    template_id: int
    template: str
    due: date
    period_end: date
    state: DueState
    inspection_id: int | None  # the completed inspection, or the draft to resume

    @property
    def state_label(self) -> str:
        return due_state_label(self.state)


def _scheduled_templates(session: Session, template_id: int | None = None) -> list[QcTemplate]:
    stmt = select(QcTemplate).where(
        QcTemplate.archived.is_(False), QcTemplate.recurrence != Recurrence.NONE
    )
    if template_id is not None:
        stmt = stmt.where(QcTemplate.id == template_id)
    return list(session.scalars(stmt.order_by(QcTemplate.sort_order)))


def _occurrences_of(
    template: QcTemplate, cal: BranchCalendar, first: date, last: date
) -> list[Occurrence]:
    start = max(first, template.schedule_start or first)
    return occurrences(template.recurrence, template.recurrence_day, cal, start, last)


def _span(occurrence_list: Sequence[Occurrence]) -> tuple[date, date]:
    """From the first occurrence's period start to the last one's period end."""
    return (
        min(o.period_start for o in occurrence_list),
        max(o.period_end for o in occurrence_list),
    )


def _performed(
    session: Session, spans: Mapping[int, tuple[date, date]]
) -> dict[int, list[Performed]]:
    """Each template's inspections due or performed within its span, all in one query.

    A wider span than an occurrence list's own changes nothing in ``match``: an inspection outside
    it is linked to none of the list's occurrences and performed in none of their periods."""
    if not spans:
        return {}
    stmt = select(
        QcInspection.template_id,
        QcInspection.id,
        QcInspection.status,
        QcInspection.due_date,
        QcInspection.performed_at,
    ).where(
        or_(
            *(
                and_(
                    QcInspection.template_id == template_id,
                    or_(
                        QcInspection.due_date.between(first, last),
                        QcInspection.performed_at.between(first, last + timedelta(days=1)),
                    ),
                )
                for template_id, (first, last) in spans.items()
            )
        )
    )
    found: dict[int, list[Performed]] = {template_id: [] for template_id in spans}
    for row in session.execute(stmt):
        found[row.template_id].append(
            Performed(row.id, row.status, row.due_date, row.performed_at.date())
        )
    return found


def _rows_of(
    template: QcTemplate,
    occurrence_list: Sequence[Occurrence],
    performed: Iterable[Performed],
    today: date,
    wanted: set[DueState] | None,
) -> list[DueRow]:
    name = localized(template.name, template.name_en)
    rows: list[DueRow] = []
    for o, (done, draft) in match(occurrence_list, performed).items():
        state = state_of(o, today, done, draft)
        if wanted is not None and state not in wanted:
            continue
        chosen = done or draft
        rows.append(
            DueRow(template.id, name, o.due, o.period_end, state, chosen.id if chosen else None)
        )
    return rows


def due_rows(
    session: Session,
    first: date,
    last: date,
    today: date | None = None,
    states: Iterable[DueState] | None = None,
    template_id: int | None = None,
) -> list[DueRow]:
    """Occurrences due from ``first`` to ``last`` with their state, newest first."""
    today = today or clock.today()
    wanted = set(states) if states is not None else None
    cal = branch_calendar(session)
    due = [
        (template, occ)
        for template in _scheduled_templates(session, template_id)
        if (occ := _occurrences_of(template, cal, first, last))
    ]
    performed = _performed(session, {template.id: _span(occ) for template, occ in due})
    rows = [
        row
        for template, occ in due
        for row in _rows_of(template, occ, performed[template.id], today, wanted)
    ]
    rows.sort(key=lambda r: (r.due, r.template_id), reverse=True)
    return rows


def done_and_due_by_month(
    session: Session, months: Sequence[Month], today: date | None = None
) -> dict[Month, tuple[int, int]]:
    """Occurrences of each month due so far, and how many of them were done; the inspections of
    all the months read in one query."""
    today = today or clock.today()
    cal = branch_calendar(session)
    templates = _scheduled_templates(session) if months else []
    due: list[tuple[Month, QcTemplate, list[Occurrence]]] = []
    spans: dict[int, tuple[date, date]] = {}
    for month in months:
        last = min(month.last_day, today)
        for template in templates if last >= month.first_day else []:
            occ = _occurrences_of(template, cal, month.first_day, last)
            if not occ:
                continue
            due.append((month, template, occ))
            first, end = _span(occ)
            known = spans.get(template.id, (first, end))
            spans[template.id] = (min(first, known[0]), max(end, known[1]))
    performed = _performed(session, spans)
    counts = dict.fromkeys(months, (0, 0))
    for month, template, occ in due:
        rows = _rows_of(template, occ, performed[template.id], today, None)
        done = sum(1 for r in rows if r.state in (DueState.DONE, DueState.DONE_LATE))
        counts[month] = (counts[month][0] + done, counts[month][1] + len(rows))
    return counts


def done_and_due(session: Session, month: Month, today: date | None = None) -> tuple[int, int]:
    """Occurrences of ``month`` due so far, and how many of them were done."""
    return done_and_due_by_month(session, [month], today)[month]
