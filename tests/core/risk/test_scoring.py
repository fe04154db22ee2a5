"""Scores, level bands and review intervals, as settings with the domain defaults."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import literal, select

from branchops.core.errors import PermissionDenied, ValidationError
from branchops.core.risk.scoring import (
    Level,
    RiskSettings,
    load_settings,
    save_settings,
    score,
)
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser


@pytest.mark.parametrize(
    ("value", "level"),
    [(1, Level.LOW), (4, Level.LOW), (5, Level.MEDIUM), (9, Level.MEDIUM), (10, Level.HIGH),
     (16, Level.HIGH), (20, Level.VERY_HIGH), (25, Level.VERY_HIGH)],
)  # fmt: skip
def test_default_bands_follow_the_domain_defaults(value, level):
    assert RiskSettings().level(value) is level


def test_every_product_of_two_scores_has_a_level_and_sql_agrees(db):
    rules = RiskSettings(low_max=3, medium_max=8, high_max=14)
    with db.session() as session:
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                value = score(likelihood, impact)
                in_sql = session.scalar(select(rules.level_case(literal(value))))
                assert in_sql == rules.level(value).value
                low, high = rules.bounds(rules.level(value))
                assert low <= value <= high


def test_review_intervals_by_level():
    rules = RiskSettings()
    day = date(2026, 12, 31)
    assert rules.next_review(20, day) == date(2027, 3, 31)  # very high: 90 days
    assert rules.next_review(12, day) == date(2027, 3, 31)  # high: 90
    assert rules.next_review(6, day) == date(2027, 6, 29)  # medium: 180
    assert rules.next_review(2, day) == date(2027, 12, 26)  # low: 360


def test_settings_are_stored_and_read_back(db, manager):
    changed = RiskSettings(low_max=3, medium_max=8, high_max=15, review_high=60)
    with db.unit_of_work(manager) as uow:
        save_settings(uow, manager, changed)
    with db.session() as session:
        assert load_settings(session) == changed


@pytest.mark.parametrize(
    "bad",
    [RiskSettings(low_max=9, medium_max=9), RiskSettings(high_max=25), RiskSettings(low_max=0),
     RiskSettings(review_low=0)],
)  # fmt: skip
def test_bad_settings_are_refused_and_nothing_is_saved(db, manager, bad):
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError):
        save_settings(uow, manager, bad)
    with db.session() as session:
        assert load_settings(session) == RiskSettings()


def test_only_a_manager_changes_the_bands(db):
    clerk = CurrentUser(2, "clerk", "", Role.CLERK)
    with db.unit_of_work(clerk) as uow, pytest.raises(PermissionDenied):
        save_settings(uow, clerk, RiskSettings())
