"""A calendar month, the unit of every KPI and of the monthly HQ workbook."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH_RE.match(text)
        if not match:
            raise ValueError(f"not a YYYY-MM month: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def days(self) -> Iterator[date]:
        for day in range(1, self.last_day.day + 1):
            yield date(self.year, self.month, day)

    def shift(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    @property
    def previous(self) -> Month:
        return self.shift(-1)

    @property
    def same_month_last_year(self) -> Month:
        return self.shift(-12)

    def fiscal_year_start(self, start_month: int) -> Month:
        year = self.year if self.month >= start_month else self.year - 1
        return Month(year, start_month)

    def months_since(self, start: Month) -> int:
        return (self.year - start.year) * 12 + self.month - start.month


def month_range(first: Month, last: Month) -> Iterator[Month]:
    current = first
    while current <= last:
        yield current
        current = current.shift(1)


def month_runs(months: Iterable[Month]) -> list[tuple[Month, Month]]:
    """The months as runs of consecutive months, first to last, in order (duplicates once)."""
    runs: list[tuple[Month, Month]] = []
    for month in sorted(set(months)):
        if runs and runs[-1][1].shift(1) == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs
