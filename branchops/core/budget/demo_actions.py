"""Demo corrective actions raised from the budget's overruns (source = budget), verified once
the year is well past, open otherwise."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from branchops.core.actions.models import ActionStatus, CorrectiveAction, Priority, SourceKind
from branchops.core.budget.money import format_money
from branchops.core.demo import DemoContext


def _at(day, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0))


ACTION_TITLES = {
    "maintenance": "维修费用超预算原因分析及控制措施",
    "marketing": "营销费用超预算：压降后续活动开支并报总部追加预算",
}
CATEGORY_WORDS = {"maintenance": "维修", "marketing": "营销"}


def budget_actions(ctx: DemoContext, categories: dict[str, int], overruns) -> None:
    """One action (source = budget) for each overrun ``(code, year, amount, day)``."""
    staff = ctx.shared.get("staff_ids") or []
    if not staff:
        return
    for code, year, amount, day in overruns:
        created = min(day + timedelta(days=7), ctx.today)
        action = CorrectiveAction(
            title=ACTION_TITLES[code],
            description="",
            source_kind=SourceKind.BUDGET,
            source_id=categories[code],
            source_sub_id=year.year,
            link_text=f"{year.year}财年：{CATEGORY_WORDS[code]}超预算 {format_money(amount)}",
            owner_staff_id=staff[0],
            due_date=created + timedelta(days=30),
            priority=Priority.HIGH,
            status=ActionStatus.OPEN,
            evidence="",
            created_on=created,
            created_at=_at(created, 11),
            created_by="demo",
        )
        if year.last_day < ctx.today - timedelta(days=60):
            action.status = ActionStatus.VERIFIED
            action.evidence = "已分析超支原因并落实后续控制措施"
            action.started_on = created
            action.done_on = created + timedelta(days=20)
            action.verifier_staff_id = staff[1 % len(staff)]
            action.verified_on = created + timedelta(days=25)
            action.verified_by = "demo"
        ctx.session.add(action)
