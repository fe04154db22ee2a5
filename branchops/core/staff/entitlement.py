"""Annual-leave entitlement by the statute, with the rule behind every number (no database).

- 职工带薪年休假条例 art. 3: 5 days from 1 year of total service, 10 from 10 years, 15 from 20;
  total service counts earlier employers (企业职工带薪年休假实施办法 art. 4), so it runs from the
  date of first employment (参加工作日期), which defaults to the hire date.
- No leave before 12 months of total service (实施办法 art. 3). In the year a person joins, or
  reaches 12 months, the days are pro rata: remaining calendar days ÷ 365 × the year's days,
  fractions dropped (art. 5). A leaver's days are pro rata to the last day (art. 12).
- The tier is the one of the completed years of service on the first day counted in the year.
- Sick leave of 2 / 3 / 4 months or more (by tier) forfeits the year (条例 art. 4); when annual
  leave was already taken that year, the days taken stay and the next year lapses (办法 art. 8).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from branchops.i18n import translate

DAYS_IN_YEAR = 365  # the divisor of 实施办法 art. 5 and 12, in leap years too
TIERS = ((20, 15), (10, 10), (1, 5))  # (completed years of total service, days)


@dataclass(frozen=True)
class Service:
    first_work: date | None  # 参加工作日期; None: the hire date
    hire: date | None
    leaving: date | None = None

    @property
    def start(self) -> date | None:
        return self.first_work or self.hire


@dataclass(frozen=True)
class Entitlement:
    days: float
    tier_days: int  # the full year's days of the person's tier (0 before 12 months)
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return translate("Leave", "; ").join(self.reasons)


def days_text(days: float) -> str:
    if days == 1:
        return translate("Leave", "1 day")
    return translate("Leave", "{days:g} days").format(days=days)


def completed_years(start: date, on: date) -> int:
    """Whole years from ``start`` to ``on`` (a 29 February start completes on 1 March)."""
    return on.year - start.year - ((on.month, on.day) < (start.month, start.day))


def anniversary(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February in a common year
        return date(start.year + years, 3, 1)


def tier_days(years: int) -> int:
    return next((days for least, days in TIERS if years >= least), 0)


def _tier_text(days: int) -> str:
    if days >= 15:
        return translate("Leave", "20 years of service or more")
    if days >= 10:
        return translate("Leave", "10–20 years of service")
    return translate("Leave", "1–10 years of service")


def statutory(service: Service, year: int) -> Entitlement:
    """The year's days by total service, pro rata for joining, reaching 12 months or leaving."""
    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    start = service.start
    if start is None:
        return Entitlement(5.0, 5, (translate(
            "Leave", "5 days: no date of first employment or hire date recorded"),))  # fmt: skip
    hired = service.hire or jan1
    if hired > dec31 or (service.leaving is not None and service.leaving < jan1):
        return Entitlement(0.0, 0, (translate("Leave", "none: not employed in {year}").format(
            year=year),))  # fmt: skip
    eligible = anniversary(start, 1)
    first = max(jan1, eligible, hired)
    last = min(dec31, service.leaving or dec31)
    if first > last:
        reason = translate("Leave", "none: 12 months of total service are reached on {day}").format(
            day=eligible.isoformat()
        )
        return Entitlement(0.0, 0, (reason,))
    full = tier_days(completed_years(start, first))
    reasons = [translate("Leave", "{days}: {tier}").format(days=days_text(full),
                                                           tier=_tier_text(full))]  # fmt: skip
    if first == jan1 and last == dec31:
        return Entitlement(float(full), full, tuple(reasons))
    served = (last - first).days + 1
    days = min(full, served * full // DAYS_IN_YEAR)
    if first > jan1 and last < dec31:
        text = translate("Leave", "pro rata from {first} to {last}: {days}")
    elif first > jan1:
        text = translate("Leave", "pro rata from {first}: {days}")
    else:
        text = translate("Leave", "pro rata to the leaving day {last}: {days}")
    reasons.append(
        text.format(first=first.isoformat(), last=last.isoformat(), days=days_text(days))
    )
    return Entitlement(float(days), full, tuple(reasons))


@dataclass(frozen=True)
class SickLeave:
    """Approved sick leave in calendar days, and the annual leave already taken, of a year."""

    sick_days: float = 0.0
    annual_taken: float = 0.0


def after_sick_leave(
    base: Entitlement,
    year: int,
    this_year: SickLeave,
    last_year: SickLeave,
    threshold: int,
    last_year_threshold: int,
) -> Entitlement:
    """``base`` less what long sick leave forfeits (条例 art. 4, 实施办法 art. 8)."""
    if base.days <= 0:
        return base
    if last_year.sick_days >= last_year_threshold and last_year.annual_taken > 0:
        reason = translate(
            "Leave",
            "none: {sick:g} days of sick leave in {year} after annual leave was taken "
            "(实施办法 art. 8)",
        ).format(sick=last_year.sick_days, year=year - 1)
        return Entitlement(0.0, base.tier_days, (*base.reasons, reason))
    if this_year.sick_days < threshold:
        return base
    if this_year.annual_taken > 0:
        days = min(base.days, this_year.annual_taken)
        reason = translate(
            "Leave",
            "no more: {sick:g} days of sick leave, {limit} days or more (条例 art. 4); the "
            "{taken:g} days taken stay and next year's leave lapses (实施办法 art. 8)",
        ).format(sick=this_year.sick_days, limit=threshold, taken=days)
        return Entitlement(days, base.tier_days, (*base.reasons, reason))
    reason = translate(
        "Leave", "none: {sick:g} days of sick leave, {limit} days or more (条例 art. 4)"
    ).format(sick=this_year.sick_days, limit=threshold)
    return Entitlement(0.0, base.tier_days, (*base.reasons, reason))
