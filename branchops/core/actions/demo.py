"""Demo step: corrective actions from headquarters' notices (总部通报), about one a quarter.

Actions from inspections are raised by the quality demo; complaints, drills, risks and the
budget raise their own when their areas generate demo data.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from branchops.core.actions.models import ActionStatus, CorrectiveAction, Priority, SourceKind
from branchops.core.demo import DemoContext, DemoStep, register

HQ_FINDINGS = (
    ("柜面业务印章使用登记不规范", "总部季度运营检查通报"),
    ("网点消费者权益保护公示内容需更新", "总部消保专项检查通报"),
    ("自助设备巡检记录缺失", "总部设备管理抽查通报"),
    ("反洗钱客户身份识别资料不完整", "总部反洗钱专项检查通报"),
    ("应急演练记录未按要求归档", "总部安全保卫检查通报"),
    ("理财双录视频抽查有两笔缺失", "总部理财销售合规检查通报"),
    ("员工行为排查台账未按月更新", "总部案防检查通报"),
)


def _hq_actions(ctx: DemoContext) -> None:
    rng = ctx.rng("actions")
    staff = ctx.shared["staff_ids"]
    leads = staff[:4]
    day = ctx.first_day + timedelta(days=rng.randint(20, 60))
    while day <= ctx.today:
        title, notice = rng.choice(HQ_FINDINGS)
        due = day + timedelta(days=30)
        owner = rng.choice(leads)
        action = CorrectiveAction(
            title=title,
            description="",
            source_kind=SourceKind.HQ,
            link_text=f"{notice}（{day:%Y-%m}）",
            owner_staff_id=owner,
            due_date=due,
            priority=rng.choice((Priority.MEDIUM, Priority.HIGH)),
            status=ActionStatus.OPEN,
            created_on=day,
            created_at=datetime.combine(day, time(12, 0)),
            created_by="demo",
        )
        if due < ctx.today - timedelta(days=10):
            done = day + timedelta(days=rng.randint(10, 40))
            action.status = ActionStatus.VERIFIED
            action.started_on = day + timedelta(days=2)
            action.done_on = min(done, ctx.today)
            action.evidence = "已按总部通报要求完成整改并上报整改报告"
            action.verifier_staff_id = next(s for s in leads if s != owner)
            action.verified_on = action.done_on
            action.verified_by = "demo"
        elif rng.random() < 0.5:
            action.status = ActionStatus.IN_PROGRESS
            action.started_on = min(day + timedelta(days=1), ctx.today)
        ctx.session.add(action)
        day += timedelta(days=rng.randint(70, 110))


register(DemoStep("actions", 36, _hq_actions))
