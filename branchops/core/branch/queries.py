"""Reading the branch profile, its opening hours and its calendar."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.branch.models import PROFILE_ID, BranchProfile, OpeningHours
from branchops.core.calendar import BranchCalendar
from branchops.core.memo import memoized

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
