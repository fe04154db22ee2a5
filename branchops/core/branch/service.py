"""Reading and saving the branch profile, opening hours and KPI targets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core import settings
from branchops.core.branch.models import PROFILE_ID, BranchProfile, KpiTarget, OpeningHours
from branchops.core.calendar import BranchCalendar
from branchops.core.errors import Problems
from branchops.core.memo import memoized
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

CODE_RE = re.compile(r"^[A-Za-z0-9_-]{2,32}$")
DEFAULT_HOURS = {
    **{d: (True, time(9, 0), time(17, 0)) for d in range(5)},
    5: (True, time(9, 0), time(16, 0)),
    6: (False, time(9, 0), time(16, 0)),
}


@dataclass
class DayHours:
    weekday: int
    is_open: bool
    opens: time
    closes: time


@dataclass
class ProfileData:
    code: str = ""
    name: str = ""
    region: str = ""
    address: str = ""
    manager: str = ""
    fiscal_year_start_month: int = 1
    report_language: str = "zh_CN"
    report_due_day: int = 5
    mask_pii: bool = True
    hq_key: str = ""
    hours: list[DayHours] = field(
        default_factory=lambda: [DayHours(d, *DEFAULT_HOURS[d]) for d in range(7)]
    )


def load_profile(session: Session) -> ProfileData | None:
    row = session.get(BranchProfile, PROFILE_ID)
    if row is None:
        return None
    data = ProfileData(
        code=row.code,
        name=row.name,
        region=row.region,
        address=row.address,
        manager=row.manager,
        fiscal_year_start_month=row.fiscal_year_start_month,
        report_language=row.report_language,
        report_due_day=row.report_due_day,
        mask_pii=row.mask_pii,
        hq_key=row.hq_key,
    )
    hours = {h.weekday: h for h in session.scalars(select(OpeningHours))}
    data.hours = [
        DayHours(d, hours[d].is_open, hours[d].opens, hours[d].closes)
        if d in hours
        else DayHours(d, *DEFAULT_HOURS[d])
        for d in range(7)
    ]
    return data


def validate_profile(data: ProfileData) -> None:
    problems = Problems()
    problems.require(
        bool(CODE_RE.match(data.code.strip())),
        "code",
        translate(
            "BranchProfile", "Branch code: 2–32 letters, digits, - or _ (for example BR0123)."
        ),
    )
    problems.require(
        bool(data.name.strip()), "name", translate("BranchProfile", "Branch name is required.")
    )
    problems.require(
        1 <= data.fiscal_year_start_month <= 12,
        "fiscal_year_start_month",
        translate("BranchProfile", "Fiscal year start must be a month from 1 to 12."),
    )
    problems.require(
        1 <= data.report_due_day <= 28,
        "report_due_day",
        translate("BranchProfile", "HQ report due day must be from 1 to 28."),
    )
    problems.require(
        data.report_language in LANGUAGES,
        "report_language",
        translate("BranchProfile", "Report language must be Chinese or English."),
    )
    for day in data.hours:
        if day.is_open and day.closes <= day.opens:
            problems.add(
                f"hours[{day.weekday}]",
                translate(
                    "BranchProfile", "{day}: closing time must be after opening time."
                ).format(day=weekday_name(day.weekday)),
            )
    problems.require(
        any(d.is_open for d in data.hours),
        "hours",
        translate("BranchProfile", "The branch must open on at least one weekday."),
    )
    problems.raise_if_any()


def save_profile(uow: UnitOfWork, user: CurrentUser, data: ProfileData) -> None:
    require(user, Permission.MANAGE)
    validate_profile(data)
    _write_profile(uow.session, data)
    uow.commit()


def save_branch_settings(
    uow: UnitOfWork,
    user: CurrentUser,
    profile: ProfileData,
    values: dict[str, object],
    targets: dict[str, float | None],
) -> None:
    """The settings dialog's Save: profile, branch-wide settings and KPI targets together, or
    nothing when any of them is refused."""
    require(user, Permission.MANAGE)
    validate_profile(profile)
    _validate_settings(values)
    _write_profile(uow.session, profile)
    _write_settings(uow.session, values)
    _write_targets(uow.session, targets)
    uow.commit()


def _write_profile(session: Session, data: ProfileData) -> None:
    row = session.get(BranchProfile, PROFILE_ID) or BranchProfile(id=PROFILE_ID)
    row.code = data.code.strip()
    row.name = data.name.strip()
    row.region = data.region.strip()
    row.address = data.address.strip()
    row.manager = data.manager.strip()
    row.fiscal_year_start_month = data.fiscal_year_start_month
    row.report_language = data.report_language
    row.report_due_day = data.report_due_day
    row.mask_pii = data.mask_pii
    row.hq_key = data.hq_key.strip()
    session.add(row)
    existing = {h.weekday: h for h in session.scalars(select(OpeningHours))}
    for day in data.hours:
        hours = existing.get(day.weekday) or OpeningHours(weekday=day.weekday)
        hours.is_open, hours.opens, hours.closes = day.is_open, day.opens, day.closes
        session.add(hours)
    settings.put(session, settings.SETUP_DONE, True)


def is_set_up(session: Session) -> bool:
    return session.get(BranchProfile, PROFILE_ID) is not None


def branch_calendar(session: Session) -> BranchCalendar:
    """The branch's calendar: read once per ``memo_scope`` (an export asks hundreds of times)."""
    return memoized(session, ("branch.calendar",), lambda: _read_calendar(session))


def _read_calendar(session: Session) -> BranchCalendar:
    profile = session.get(BranchProfile, PROFILE_ID)
    hours = list(session.scalars(select(OpeningHours)))
    open_days = [h.weekday for h in hours if h.is_open] if hours else range(6)
    return BranchCalendar(open_days, profile.holiday_country if profile else "CN")


def save_targets(uow: UnitOfWork, user: CurrentUser, values: dict[str, float | None]) -> None:
    require(user, Permission.MANAGE)
    _write_targets(uow.session, values)
    uow.commit()


def _write_targets(session: Session, values: dict[str, float | None]) -> None:
    for key, value in values.items():
        row = session.get(KpiTarget, key)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(KpiTarget(key=key, value=float(value)))
        else:
            row.value = float(value)


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
)


def weekday_name(weekday: int) -> str:
    return translate("Weekdays", _WEEKDAYS[weekday])


def _validate_settings(values: dict[str, object]) -> None:
    problems = Problems()
    if settings.BACKUP_KEEP in values:
        keep = values[settings.BACKUP_KEEP]
        problems.require(
            isinstance(keep, int) and 1 <= keep <= 365,
            settings.BACKUP_KEEP,
            translate("BranchProfile", "Keep between 1 and 365 backups."),
        )
    problems.raise_if_any()


def _write_settings(session: Session, values: dict[str, object]) -> None:
    for key, value in values.items():
        settings.put(session, key, value)
