"""The HQ report on the agenda: days left to its due day, and whether it has been exported."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.agenda_item import AgendaItem
from branchops.core.branch.queries import load_profile
from branchops.core.period import Month
from branchops.core.reports.service import export_log
from branchops.i18n import translate


def report_due(session: Session, today: date | None = None) -> tuple[Month, date, bool] | None:
    """The month whose workbook is due next, its due day and whether it has been exported.

    The workbook of a month is due on the profile's due day of the following month."""
    profile = load_profile(session)
    if profile is None:
        return None
    today = today or clock.today()
    month = Month.of(today).previous
    due = month.shift(1).first_day.replace(day=profile.report_due_day)
    exported = bool(export_log(session, month))
    if exported and today > due:
        return None
    return month, due, exported


def agenda_items(session: Session, first: date, last: date) -> list[AgendaItem]:
    today = clock.today()
    due = report_due(session, today)
    if due is None:
        return []
    month, day, exported = due
    if exported:
        title = translate("Agenda", "HQ workbook for {month} exported; due on {day}").format(
            month=str(month), day=day.isoformat()
        )
    elif day < today:
        title = translate("Agenda", "HQ workbook for {month} is {n} day(s) late").format(
            month=str(month), n=(today - day).days
        )
    else:
        title = translate("Agenda", "HQ workbook for {month}: {n} day(s) left (due {day})").format(
            month=str(month), n=(day - today).days, day=day.isoformat()
        )
    # Shown whatever the range: the days left matter every morning.
    return [
        AgendaItem(
            area="reports",
            key=f"hq:{month}",
            due=day,
            title=title,
            overdue=not exported and day < today,
            page="reports",
            filters={"month": month.first_day},
        )
    ]
