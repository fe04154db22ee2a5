"""Demo step: the branch profile, opening hours and KPI targets."""

from __future__ import annotations

from datetime import time

from branchops.core import settings
from branchops.core.branch.models import PROFILE_ID, BranchProfile, OpeningHours
from branchops.core.demo import DemoContext, DemoStep, register


def _branch(ctx: DemoContext) -> None:
    session = ctx.session
    if session.get(BranchProfile, PROFILE_ID) is None:
        session.add(
            BranchProfile(
                id=PROFILE_ID,
                code="BR0123",
                name="城东支行",
                region="华东区",
                address="上海市浦东新区世纪大道 1888 号",
                manager="陈静",
                fiscal_year_start_month=1,
                report_language="zh_CN",
                report_due_day=5,
                mask_pii=True,
            )
        )
        for weekday in range(7):
            session.add(
                OpeningHours(
                    weekday=weekday,
                    is_open=weekday < 6,
                    opens=time(9, 0),
                    closes=time(17, 0) if weekday < 5 else time(16, 0),
                )
            )
    settings.put(session, settings.SETUP_DONE, True)


register(DemoStep("branch", 10, _branch))
