"""Branch-level completeness: the month is over, and the profile names who is responsible."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.branch.queries import load_profile
from branchops.core.period import Month
from branchops.core.reports.completeness import CompletenessCheck, Gap, register
from branchops.i18n import translate

AREA = "branch"


def month_over(session: Session, month: Month, today: date | None = None) -> list[Gap]:
    del session
    today = today or clock.today()
    if today > month.last_day:
        return []
    return [
        Gap(
            AREA,
            "branch.month_over",
            translate(
                "Report",
                "{month} is not over yet: its figures may still change. Export it again "
                "after the month ends.",
            ).format(month=month),
        )
    ]


def profile_complete(session: Session, month: Month) -> list[Gap]:
    del month
    profile = load_profile(session)
    if profile is None:
        return []  # the export refuses to start without a profile; nothing to list
    missing = []
    if not profile.manager.strip():
        missing.append(translate("Report", "manager"))
    if not profile.region.strip():
        missing.append(translate("Report", "region"))
    if not missing:
        return []
    return [
        Gap(
            AREA,
            "branch.profile",
            translate(
                "Report", "The branch profile has no {fields}; fill it in under Settings."
            ).format(fields=", ".join(missing)),
        )
    ]


register(CompletenessCheck("branch.month_over", AREA, month_over))
register(CompletenessCheck("branch.profile", AREA, profile_complete))
