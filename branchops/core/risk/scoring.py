"""Risk scores, level bands and review intervals.

Score = likelihood × impact (1–5 each, so 1–25). The level of a score comes from three upper
bounds (defaults 4 / 9 / 16: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high) and each level has
a review interval in days (very high and high 90, medium 180, low 360, as SimpleRisk does). Bands
and intervals are branch settings; ``RiskSettings`` holds them for one use case.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, case
from sqlalchemy.orm import Session

from branchops.core import settings
from branchops.core.errors import Problems
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

SCALE = range(1, 6)
MAX_SCORE = 25


class Level(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"


LEVELS = (Level.LOW, Level.MEDIUM, Level.HIGH, Level.VERY_HIGH)

LOW_MAX = settings.declare("risk.low_max_score", 4).key
MEDIUM_MAX = settings.declare("risk.medium_max_score", 9).key
HIGH_MAX = settings.declare("risk.high_max_score", 16).key
REVIEW_DAYS = {
    Level.LOW: settings.declare("risk.review_days_low", 360).key,
    Level.MEDIUM: settings.declare("risk.review_days_medium", 180).key,
    Level.HIGH: settings.declare("risk.review_days_high", 90).key,
    Level.VERY_HIGH: settings.declare("risk.review_days_very_high", 90).key,
}
MAX_REVIEW_DAYS = 3 * 366


@dataclass(frozen=True)
class RiskSettings:
    low_max: int = 4
    medium_max: int = 9
    high_max: int = 16
    review_low: int = 360
    review_medium: int = 180
    review_high: int = 90
    review_very_high: int = 90

    def level(self, score: int) -> Level:
        if score <= self.low_max:
            return Level.LOW
        if score <= self.medium_max:
            return Level.MEDIUM
        if score <= self.high_max:
            return Level.HIGH
        return Level.VERY_HIGH

    def bounds(self, level: Level) -> tuple[int, int]:
        """The lowest and highest score of ``level``."""
        edges = (0, self.low_max, self.medium_max, self.high_max, MAX_SCORE)
        index = LEVELS.index(level)
        return edges[index] + 1, edges[index + 1]

    def review_days(self, level: Level) -> int:
        return {
            Level.LOW: self.review_low,
            Level.MEDIUM: self.review_medium,
            Level.HIGH: self.review_high,
            Level.VERY_HIGH: self.review_very_high,
        }[level]

    def next_review(self, score: int, reviewed_on: date) -> date:
        """Every review sets the next one: the interval of the (residual) level after it."""
        return reviewed_on + timedelta(days=self.review_days(self.level(score)))

    def level_case(self, score: ColumnElement[int]) -> ColumnElement[str]:
        """The level of a score column, in SQL (for filtering and grouping)."""
        return case(
            (score <= self.low_max, Level.LOW.value),
            (score <= self.medium_max, Level.MEDIUM.value),
            (score <= self.high_max, Level.HIGH.value),
            else_=Level.VERY_HIGH.value,
        )


def score(likelihood: int, impact: int) -> int:
    return likelihood * impact


def load_settings(session: Session) -> RiskSettings:
    values = settings.get_many(session, [LOW_MAX, MEDIUM_MAX, HIGH_MAX, *REVIEW_DAYS.values()])
    return RiskSettings(
        low_max=values[LOW_MAX],
        medium_max=values[MEDIUM_MAX],
        high_max=values[HIGH_MAX],
        review_low=values[REVIEW_DAYS[Level.LOW]],
        review_medium=values[REVIEW_DAYS[Level.MEDIUM]],
        review_high=values[REVIEW_DAYS[Level.HIGH]],
        review_very_high=values[REVIEW_DAYS[Level.VERY_HIGH]],
    )


def validate_settings(data: RiskSettings) -> None:
    problems = Problems()
    if not 1 <= data.low_max < data.medium_max < data.high_max < MAX_SCORE:
        problems.add(
            "bands",
            translate(
                "Risk",
                "The level bands must rise: low up to a score below medium's, medium below "
                "high's, and high below 25.",
            ),
        )
    for level in LEVELS:
        if not 1 <= data.review_days(level) <= MAX_REVIEW_DAYS:
            problems.add(
                f"review_{level.value}",
                translate("Risk", "A review interval is 1 to {limit} days.").format(
                    limit=MAX_REVIEW_DAYS
                ),
            )
    problems.raise_if_any()


def save_settings(uow: UnitOfWork, user: CurrentUser, data: RiskSettings) -> None:
    require(user, Permission.MANAGE)
    validate_settings(data)
    session = uow.session
    settings.put(session, LOW_MAX, data.low_max)
    settings.put(session, MEDIUM_MAX, data.medium_max)
    settings.put(session, HIGH_MAX, data.high_max)
    for level in LEVELS:
        settings.put(session, REVIEW_DAYS[level], data.review_days(level))
    uow.commit()
