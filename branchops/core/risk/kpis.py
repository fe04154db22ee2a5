"""Risk and drill KPIs, registered in the one KPI registry; the formulas are in ``measures.py``."""

from __future__ import annotations

from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.risk.measures import (
    drills_done_vs_required,
    drills_done_vs_required_by_month,
    open_high_risks,
    overdue_drill_actions,
    poor_objectives,
    poor_objectives_by_month,
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
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Open risks rated high or very high on the month's last day.",
        ),
        filters=(("level", "high_and_above"),),
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
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Open risks whose review date had passed on the month's last day.",
        ),
        filters=(("review_overdue", True),),
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
        months=drills_done_vs_required_by_month,
        aggregate=Aggregate.LAST,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Drills held since the year's start ÷ drills the programme requires by the month's "
            "end.",
        ),
        filters=(("tab", "programme"),),
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
        months=poor_objectives_by_month,
        aggregate=Aggregate.SUM,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Objectives of the month's drills rated M (marginal) or U (unsatisfactory).",
        ),
        filters=(("tab", "drills"),),
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
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Follow-up actions of drills still open and past their due date on the month's last "
            "day.",
        ),
        page="actions",
        filters=(("overdue", True), ("source_kind", "drill")),
    )
)
