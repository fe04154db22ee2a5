"""The one KPI registry: every KPI's key, label, unit, direction, target and monthly formula.

Areas register their KPIs in ``core/<area>/kpis.py`` (see ``core/registry.py``). The dashboard,
the HQ workbook and consolidation all read values from here, so a number is the same everywhere.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.branch.models import KpiTarget
from branchops.core.kpi_unit import Unit
from branchops.core.memo import memo_scope, memo_values, memoized
from branchops.core.period import Month, month_range
from branchops.core.registry import Registry, per_area
from branchops.i18n import translate

# Within this share of the target the status is amber rather than red.
AMBER_TOLERANCE = 0.05


class Aggregate(enum.StrEnum):
    """How year-to-date is formed from monthly values."""

    SUM = "sum"
    MEAN = "mean"
    LAST = "last"


class Status(enum.StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"


MonthlyFormula = Callable[[Session, Month], float | None]
# the same formula for several months at once (reading the data once): month -> value
MonthsFormula = Callable[[Session, Sequence[Month]], Mapping[Month, float | None]]


@dataclass(frozen=True)
class KpiDef:
    key: str
    label: str  # English source text, marked with QT_TRANSLATE_NOOP("Kpi", ...)
    area: str
    unit: Unit
    higher_is_better: bool
    default_target: float | None
    monthly: MonthlyFormula
    aggregate: Aggregate = Aggregate.MEAN
    explanation: str = ""  # the formula in words, QT_TRANSLATE_NOOP("Kpi", ...)
    page: str = ""  # the page that lists what the KPI counts ("" = the area's first page)
    filters: tuple[tuple[str, object], ...] = ()  # passed to that page's open_filtered
    # optional: ``monthly`` for several months in one go; ``monthly`` must give the same value
    # for one month (by calling it with that month alone)
    months: MonthsFormula | None = None

    @property
    def title(self) -> str:
        return translate("Kpi", self.label)

    @property
    def explained(self) -> str:
        return translate("Kpi", self.explanation) if self.explanation else ""


REGISTRY: Registry[KpiDef] = Registry("KPI", per_area("branchops.core.{key}.kpis"))


def register(kpi: KpiDef) -> KpiDef:
    return REGISTRY.register(kpi)


def all_kpis() -> list[KpiDef]:
    return REGISTRY.all()


def area_kpis(area: str) -> list[KpiDef]:
    """One area's KPIs; the other areas' KPI modules are not imported."""
    return REGISTRY.of_area(area)


def get(key: str) -> KpiDef:
    return REGISTRY.get(key)


def targets(session: Session) -> dict[str, float | None]:
    stored = _stored_targets(session)
    return {k.key: _target(stored, k) for k in all_kpis()}


def target(session: Session, kpi: KpiDef) -> float | None:
    return _target(_stored_targets(session), kpi)


def _target(stored: dict[str, float], kpi: KpiDef) -> float | None:
    """The target stored in Settings, else the KPI's default."""
    return stored.get(kpi.key, kpi.default_target)


def _stored_targets(session: Session) -> dict[str, float]:
    """Read once inside a ``memo_scope`` (the dashboard's areas, one export)."""

    def read() -> dict[str, float]:
        return {
            key: value for key, value in session.execute(select(KpiTarget.key, KpiTarget.value))
        }

    return memoized(session, ("kpi", "targets"), read)


def status(value: float | None, target: float | None, higher_is_better: bool) -> Status:
    if value is None or target is None:
        return Status.NONE
    gap = (value - target) if higher_is_better else (target - value)
    if gap >= 0:
        return Status.GREEN
    scale = abs(target) if target else 1.0
    return Status.AMBER if -gap <= scale * AMBER_TOLERANCE else Status.RED


def compute(session: Session, month: Month, keys: Iterable[str] | None = None) -> dict:
    chosen = [get(k) for k in keys] if keys is not None else all_kpis()
    return {k.key: k.monthly(session, month) for k in chosen}


def aggregate(kpi: KpiDef, values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    if not present:
        return None
    if kpi.aggregate is Aggregate.SUM:
        return float(sum(present))
    if kpi.aggregate is Aggregate.LAST:
        return present[-1]
    return sum(present) / len(present)


@dataclass(frozen=True)
class KpiRow:
    kpi: KpiDef
    value: float | None
    previous: float | None
    same_month_last_year: float | None
    year_to_date: float | None
    target: float | None
    status: Status


def kpi_table(session: Session, month: Month, fiscal_year_start_month: int = 1) -> list[KpiRow]:
    """Every KPI for ``month`` with the comparisons the dashboard and the HQ workbook show."""
    return kpi_rows(session, month, all_kpis(), fiscal_year_start_month)


def kpi_rows(
    session: Session,
    month: Month,
    kpis: Iterable[KpiDef],
    fiscal_year_start_month: int = 1,
    *,
    year_to_date: bool = True,
) -> list[KpiRow]:
    """The rows of ``kpi_table`` for some KPIs; without ``year_to_date`` that column is None."""
    fy_months = (
        list(month_range(month.fiscal_year_start(fiscal_year_start_month), month))
        if year_to_date
        else [month]
    )
    wanted = [*fy_months, month.previous, month.same_month_last_year]
    with memo_scope(session):
        chosen = list(kpis)
        for kpi in chosen:
            monthly_values(session, kpi, wanted)
        return [_row(session, kpi, month, fy_months, year_to_date) for kpi in chosen]


def monthly_value(session: Session, kpi: KpiDef, month: Month) -> float | None:
    """One KPI for one month, computed once inside a ``memo_scope`` (one export)."""
    return memoized(session, ("kpi", kpi.key, month), lambda: kpi.monthly(session, month))


def monthly_values(
    session: Session, kpi: KpiDef, months: Iterable[Month]
) -> dict[Month, float | None]:
    """One KPI for several months; a KPI with a ``months`` formula computes the months not yet
    known in one call (each then kept like ``monthly_value``'s)."""
    chosen = sorted(set(months))
    memo = memo_values(session)
    if kpi.months is not None and memo is not None:
        missing = [m for m in chosen if ("kpi", kpi.key, m) not in memo]
        if missing:
            found = kpi.months(session, missing)
            memo.update({("kpi", kpi.key, m): found[m] for m in missing})
    return {m: monthly_value(session, kpi, m) for m in chosen}


def _row(
    session: Session,
    kpi: KpiDef,
    month: Month,
    fy_months: list[Month],
    year_to_date: bool,
) -> KpiRow:
    by_month = monthly_values(session, kpi, fy_months)
    value = by_month[month]
    goal = target(session, kpi)
    return KpiRow(
        kpi=kpi,
        value=value,
        previous=monthly_value(session, kpi, month.previous),
        same_month_last_year=monthly_value(session, kpi, month.same_month_last_year),
        year_to_date=aggregate(kpi, [by_month[m] for m in fy_months]) if year_to_date else None,
        target=goal,
        status=status(value, goal, kpi.higher_is_better),
    )
