"""Running the demo steps into a database in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select

from branchops import clock
from branchops.core.demo import DemoContext, Scale, demo_months, steps
from branchops.core.errors import UserError
from branchops.core.staff.models import Staff
from branchops.db.audit import append_entries
from branchops.db.lifecycle import Database
from branchops.db.uow import AUDIT_ENABLED_KEY
from branchops.i18n import translate

Progress = Callable[[int, int, str], None]


def check_demo_size(months: int, staff: int) -> None:
    """Asked before the database is created or opened, so a wrong size changes nothing."""
    if months < 1 or staff < 3:
        raise UserError(translate("Demo", "Demo data needs at least 1 month and 3 staff."))


def generate_demo(
    db: Database,
    *,
    months: int = 13,
    staff: int = 25,
    scale: Scale = Scale.SMALL,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> None:
    check_demo_size(months, staff)
    with db.unit_of_work() as uow:
        session = uow.session
        if session.scalar(select(func.count(Staff.id))):
            raise UserError(
                translate(
                    "Demo",
                    "This database already has staff records; demo data goes into a new "
                    "or empty database only. Nothing was changed.",
                )
            )
        # One summary audit row instead of one per generated record.
        session.info[AUDIT_ENABLED_KEY] = False
        today = today or clock.today()
        context = DemoContext(
            session=session,
            seed=seed,
            scale=scale,
            today=today,
            months=demo_months(today, months),
            staff_count=staff,
        )
        plan = steps()
        for index, step in enumerate(plan):
            if progress:
                progress(index, len(plan), step.key)
            step.run(context)
            session.flush()
        append_entries(
            session,
            "system",
            [("create", "DemoData", str(seed), {"months": [None, months], "scale": [None, scale]})],
        )
        uow.commit()
    if progress:
        progress(len(plan), len(plan), "")
