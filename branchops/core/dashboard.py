"""What the dashboard shows for a month: one tile per KPI of the registry, grouped by area, with
the same numbers as the HQ workbook's KPI table (``kpi.kpi_rows``), and the first steps of a new
branch."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core import kpi
from branchops.core.areas import area_keys
from branchops.core.branch.queries import is_set_up
from branchops.core.period import Month
from branchops.i18n import translate

MONTHS_OFFERED = 24


@dataclass(frozen=True)
class Tile:
    key: str
    area: str
    title: str
    explanation: str
    unit: kpi.Unit
    value: float | None
    previous: float | None
    same_month_last_year: float | None
    target: float | None
    status: kpi.Status
    higher_is_better: bool
    page: str
    filters: dict[str, object]

    @property
    def trend(self) -> int:
        """+1 rising, -1 falling, 0 flat or unknown, against the previous month."""
        if self.value is None or self.previous is None or self.value == self.previous:
            return 0
        return 1 if self.value > self.previous else -1

    @property
    def improving(self) -> bool | None:
        if self.trend == 0:
            return None
        return (self.trend > 0) == self.higher_is_better


def months_offered(today: date | None = None) -> list[Month]:
    """The running month first, then earlier ones; never a month in the future."""
    current = Month.of(today or clock.today())
    return [current.shift(-i) for i in range(MONTHS_OFFERED)]


def groups() -> Iterator[tuple[str, list[kpi.KpiDef]]]:
    """The KPIs by area, in the order the areas are declared. An area's KPI module is imported
    when its turn comes, so the first area's tiles need none of the others' modules."""
    for area in area_keys():
        definitions = kpi.area_kpis(area)
        if definitions:
            yield area, definitions


def tiles(session: Session, month: Month, definitions: list[kpi.KpiDef]) -> list[Tile]:
    """No year-to-date column, so the fiscal year's start (the profile) is not read."""
    rows = kpi.kpi_rows(session, month, definitions, year_to_date=False)
    return [_tile(row) for row in rows]


def _tile(row: kpi.KpiRow) -> Tile:
    definition = row.kpi
    return Tile(
        key=definition.key,
        area=definition.area,
        title=definition.title,
        explanation=definition.explained,
        unit=definition.unit,
        value=row.value,
        previous=row.previous,
        same_month_last_year=row.same_month_last_year,
        target=row.target,
        status=row.status,
        higher_is_better=definition.higher_is_better,
        page=definition.page or definition.area,
        filters=dict(definition.filters),
    )


@dataclass(frozen=True)
class FirstStep:
    text: str
    page: str  # the page (or "settings") where it is done


def first_steps(session: Session) -> list[FirstStep]:
    """What a new branch should do first; empty once the branch has data to show."""
    from branchops.core.quality.models import QcTemplate
    from branchops.core.staff.models import Staff

    steps = []
    if not is_set_up(session):
        steps.append(
            FirstStep(
                translate("Dashboard", "Enter the branch profile and KPI targets in Settings."),
                "settings",
            )
        )
    if not session.scalar(select(func.count(Staff.id))):
        steps.append(
            FirstStep(
                translate(
                    "Dashboard", "Add your staff on the Staff page (or import them from Excel)."
                ),
                "staff",
            )
        )
    if not session.scalar(select(func.count(QcTemplate.id))):
        steps.append(
            FirstStep(
                translate("Dashboard", "Load a built-in checklist on the Quality checks page."),
                "quality",
            )
        )
    return steps
