"""Risk and drill KPIs, registered in the one KPI registry; the formulas are in ``measures.py``."""

from __future__ import annotations

from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.risk.measures import (
    drills_done_vs_required,
    open_high_risks,
    overdue_drill_actions,
    poor_objectives,
    reviews_past_due,
)
from branchops.i18n import QT_TRANSLATE_NOOP

AREA = "risk"

register(
    KpiDef(
        key="risk.open_high",
        label=QT_TRANSLATE_NOOP("Kpi", "Open high and very high risks"),
        area=AREA,
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=None,
        monthly=open_high_risks,
        aggregate=Aggregate.LAST,
    )
)
register(
    KpiDef(
        key="risk.reviews_past_due",
        label=QT_TRANSLATE_NOOP("Kpi", "Risk reviews past due"),
        area=AREA,
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=reviews_past_due,
        aggregate=Aggregate.LAST,
    )
)
register(
    KpiDef(
        key="risk.drills_done_vs_required",
        label=QT_TRANSLATE_NOOP("Kpi", "Drills done vs required (year to date)"),
        area=AREA,
        unit=Unit.PERCENT,
        higher_is_better=True,
        default_target=1.0,
        monthly=drills_done_vs_required,
        aggregate=Aggregate.LAST,
    )
)
register(
    KpiDef(
        key="risk.drill_objectives_poor",
        label=QT_TRANSLATE_NOOP("Kpi", "Drill objectives rated M or U"),
        area=AREA,
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=poor_objectives,
        aggregate=Aggregate.SUM,
    )
)
register(
    KpiDef(
        key="risk.drill_actions_overdue",
        label=QT_TRANSLATE_NOOP("Kpi", "Overdue follow-up actions of drills"),
        area=AREA,
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=overdue_drill_actions,
        aggregate=Aggregate.LAST,
    )
)
