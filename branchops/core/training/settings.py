"""Training settings: the renewal window and the yearly target of training hours per person."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from branchops.core import settings
from branchops.core.errors import Problems
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

# From this many days before expiry a certificate is due for renewal (30/60/90 are usual).
RENEWAL_DAYS = settings.declare("training.renewal_days", 30).key
# Training hours a year every person should reach.
YEARLY_TARGET_HOURS = settings.declare("training.yearly_target_hours", 24.0).key
MAX_RENEWAL_DAYS = 366


@dataclass(frozen=True)
class TrainingSettings:
    renewal_days: int = 30
    yearly_target_hours: float = 24.0


def load_settings(session: Session) -> TrainingSettings:
    return TrainingSettings(
        renewal_days=settings.get(session, RENEWAL_DAYS),
        yearly_target_hours=settings.get(session, YEARLY_TARGET_HOURS),
    )


def save_settings(uow: UnitOfWork, user: CurrentUser, data: TrainingSettings) -> None:
    require(user, Permission.MANAGE)
    problems = Problems()
    problems.require(
        1 <= data.renewal_days <= MAX_RENEWAL_DAYS,
        "renewal_days",
        translate("Training", "The renewal window is 1 to {max} days.").format(
            max=MAX_RENEWAL_DAYS
        ),
    )
    problems.require(
        0 <= data.yearly_target_hours <= 1000,
        "yearly_target_hours",
        translate("Training", "The yearly target is 0 to 1000 hours."),
    )
    problems.raise_if_any()
    settings.put(uow.session, RENEWAL_DAYS, int(data.renewal_days))
    settings.put(uow.session, YEARLY_TARGET_HOURS, float(data.yearly_target_hours))
    uow.commit()
