"""The branch calendar: working days from opening hours and China's public holidays.

Holidays and make-up working days (调休) come from the maintained ``holidays`` library. The
library lists the holidays themselves and the weekdays given off in exchange for a make-up
working day, but not the Saturdays and Sundays that the State Council's notices put inside a
holiday (清明 2025: "4月4日（周五）至6日（周日）放假"). So the calendar builds **holiday blocks**:
a run of days off made of listed days and, in mainland China, the Saturdays and Sundays next to
them that are not make-up working days ("与周末连休"). Every day of a block is a public holiday
for the branch, whatever its opening days; a make-up working day is a working day even on a
weekday the branch is normally closed.

Inside a block only some days are statutory holidays (法定节假日, 全国年节及纪念日放假办法 art. 2:
the festival days themselves); the others are rest days moved or joined to them. Overtime pay
tells them apart (劳动法 art. 44: 300 % on a statutory holiday, 200 % on a rest day).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import holidays

from branchops.i18n import current_language

DEFAULT_COUNTRY = "CN"
STATUTORY_WEEKDAYS = range(5)  # Monday to Friday (国务院关于职工工作时间的规定 art. 7)
# Countries whose notices join the weekend to a holiday next to it (放假调休 / 与周末连休).
_JOINS_WEEKENDS = frozenset({"CN"})
_WEEKEND = (5, 6)
# The library's English label of a weekday given off for a make-up day: "Day off (substituted
# from 02/04/2024)"; the date in it is the make-up working day.
_SUBSTITUTED = re.compile(r"substituted from (\d{2})/(\d{2})/(\d{4})")
_OBSERVED = "(observed"


@dataclass(frozen=True)
class HolidayBlock:
    """One holiday as the notice gives it: ``first`` to ``last`` off, ``makeup_days`` worked."""

    first: date
    last: date
    statutory: frozenset[date]  # the festival days themselves (法定节假日)
    makeup_days: tuple[date, ...]  # weekend days worked in exchange (调休上班)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


# Countries whose calendar module is loaded on its own: importing ``holidays.countries`` (what
# ``country_holidays`` does) imports every country of the library, 0.1-0.8 s at start-up.
_OWN_MODULES = {"CN": ("china", "China")}


def _calendar_class(country: str) -> type[holidays.HolidayBase] | None:
    if country not in _OWN_MODULES:
        return None
    module_name, class_name = _OWN_MODULES[country]
    name = f"holidays.countries.{module_name}"
    module = sys.modules.get(name)
    if module is None:
        path = Path(holidays.__file__).parent / "countries" / f"{module_name}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return getattr(module, class_name)


@lru_cache(maxsize=64)
def _country_calendar(country: str, year: int, language: str = "en_US") -> holidays.HolidayBase:
    return country_holidays(country, year, language=language)


def country_holidays(
    country: str, year: int, *, language: str = "en_US", observed: bool = True
) -> holidays.HolidayBase:
    """The library's calendar of ``country`` for ``year``, loading only that country's module
    when it is one of ``_OWN_MODULES``. Raises ``NotImplementedError`` for an unknown country."""
    own = _calendar_class(country)
    try:
        if own is not None:
            return own(years=[year], language=language, observed=observed)
        return holidays.country_holidays(
            country, years=[year], language=language, observed=observed
        )
    except NotImplementedError:  # a country without translations
        if own is not None:
            return own(years=[year], observed=observed)
        return holidays.country_holidays(country, years=[year], observed=observed)


def _makeup_days(country: str, year: int) -> frozenset[date]:
    """Make-up working days the library lists with ``year`` (one may fall in December before)."""
    return frozenset(getattr(_country_calendar(country, year), "weekend_workdays", ()))


def is_makeup_workday(country: str, day: date) -> bool:
    return day in _makeup_days(country, day.year) or day in _makeup_days(country, day.year + 1)


@lru_cache(maxsize=64)
def _blocks(country: str, year: int) -> tuple[HolidayBlock, ...]:
    """The holiday blocks of the holidays the library lists in ``year``."""
    listed = _country_calendar(country, year)
    joins = country in _JOINS_WEEKENDS

    def joined(day: date) -> bool:
        return joins and day.weekday() in _WEEKEND and not is_makeup_workday(country, day)

    blocks: list[HolidayBlock] = []
    for day in sorted(listed):
        if blocks and day <= blocks[-1].last:
            continue
        first = day
        while joined(first - timedelta(days=1)):
            first -= timedelta(days=1)
        last = day
        while (nxt := last + timedelta(days=1)) in listed or joined(nxt):
            last = nxt
        names = {d: listed.get(d, "") for d in listed if first <= d <= last}
        statutory = frozenset(
            d
            for d, name in names.items()
            if not _SUBSTITUTED.search(name) and _OBSERVED not in name
        )
        makeup = sorted(
            date(int(m[3]), int(m[1]), int(m[2]))
            for name in names.values()
            if (m := _SUBSTITUTED.search(name))
        )
        blocks.append(HolidayBlock(first, last, statutory, tuple(makeup)))
    return tuple(blocks)


@lru_cache(maxsize=64)
def _block_index(country: str, year: int) -> dict[date, HolidayBlock]:
    return {day: block for block in _blocks(country, year) for day in block.days}


def holiday_blocks(year: int, country: str = DEFAULT_COUNTRY) -> list[HolidayBlock]:
    """The blocks of the holidays of ``year`` (元旦 2024 starts on Saturday 30 December 2023)."""
    return list(_blocks(country, year))


def block_of(day: date, country: str = DEFAULT_COUNTRY) -> HolidayBlock | None:
    for year in (day.year, day.year + 1, day.year - 1):
        block = _block_index(country, year).get(day)
        if block is not None:
            return block
    return None


def _display_language() -> str:
    return "zh_CN" if current_language().startswith("zh") else "en_US"


class BranchCalendar:
    def __init__(self, open_weekdays: Iterable[int], country: str = DEFAULT_COUNTRY) -> None:
        """``open_weekdays``: Monday = 0 … Sunday = 6, the days the branch normally opens."""
        self.open_weekdays = frozenset(open_weekdays)
        self.country = country

    def holiday_name(self, day: date) -> str | None:
        """The names of the holidays of the block ``day`` is in, in the user's language."""
        block = self.block_of(day)
        if block is None:
            return None
        language = _display_language()
        names: list[str] = []
        for festival in sorted(block.statutory) or block.days:
            calendar = _country_calendar(self.country, festival.year, language)
            name = calendar.get(festival)
            if name and name not in names:
                names.append(name)
        return ("、" if language == "zh_CN" else ", ").join(names) if names else None

    def block_of(self, day: date) -> HolidayBlock | None:
        return block_of(day, self.country)

    def holiday_blocks(self, year: int) -> list[HolidayBlock]:
        return holiday_blocks(year, self.country)

    def is_makeup_workday(self, day: date) -> bool:
        return is_makeup_workday(self.country, day)

    def is_public_holiday(self, day: date) -> bool:
        """A day of a holiday block: a listed holiday or a weekend joined to one."""
        return self.block_of(day) is not None

    def is_statutory_holiday(self, day: date) -> bool:
        """A festival day itself (法定节假日: 300 % overtime), not a rest day moved next to it."""
        block = self.block_of(day)
        return block is not None and day in block.statutory

    def is_working_day(self, day: date) -> bool:
        if self.is_public_holiday(day):
            return False
        if self.is_makeup_workday(day):
            return True
        return day.weekday() in self.open_weekdays

    def working_days(self, first: date, last: date) -> Iterator[date]:
        day = first
        while day <= last:
            if self.is_working_day(day):
                yield day
            day += timedelta(days=1)

    def add_working_days(self, start: date, count: int) -> date:
        """The date ``count`` working days after ``start`` (deadlines counted in working days)."""
        day = start
        remaining = count
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day


def statutory_calendar(country: str = DEFAULT_COUNTRY) -> BranchCalendar:
    """The statutory working days: Monday to Friday, holidays off, make-up days worked."""
    return BranchCalendar(STATUTORY_WEEKDAYS, country)
