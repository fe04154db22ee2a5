"""Realistic, imperfect answers for demo inspections: mostly good, some items often failed."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

from branchops.core.quality.models import AnswerType
from branchops.core.quality.scoring import FAIL_BELOW, NA, ItemSpec
from branchops.core.quality.versions import ItemView

# What an inspector writes under a failed item; the item's own first clause names the finding,
# so a comment always matches its item.
FAILURE_NOTES = (
    "不符合“{finding}”，已当场提醒",
    "未做到“{finding}”，已拍照留存",
    "“{finding}”未达标，责任人已确认",
    "“{finding}”不符合要求，要求当日整改",
)


@dataclass(frozen=True)
class ItemHabit:
    """How often an item fails at this demo branch: a few items fail far more than others."""

    fail_rate: float
    na_rate: float


def item_habits(rng: random.Random, items: list[ItemView]) -> dict[str, ItemHabit]:
    habits = {}
    for item in items:
        if item.spec.critical:
            rate = rng.choice((0.003, 0.004, 0.006, 0.01))
        else:
            rate = rng.choice((0.01, 0.01, 0.015, 0.02, 0.03, 0.03, 0.05, 0.08, 0.12, 0.18))
        na = 0.0 if item.spec.critical or item.spec.condition_key else 0.012
        habits[item.key] = ItemHabit(rate, na)
    return habits


def _passing_scale(rng: random.Random, top: int) -> int:
    low = math.ceil(top * FAIL_BELOW)
    return max(low, top - rng.choice((0, 0, 0, 1, 1, 2)))


def _choice(rng: random.Random, spec: ItemSpec, failed: bool) -> str:
    best = max(c.score for c in spec.choices)
    ranked = sorted(spec.choices, key=lambda c: -c.score)
    if failed:
        bad = [c for c in ranked if c.score / best < FAIL_BELOW]
        return rng.choice(bad).key if bad else ranked[-1].key
    good = [c for c in ranked if c.score / best >= FAIL_BELOW]
    return good[0].key if rng.random() < 0.7 or len(good) == 1 else good[1].key


def _within(spec: ItemSpec, value: float) -> bool:
    return (spec.number_min is None or value >= spec.number_min) and (
        spec.number_max is None or value <= spec.number_max
    )


def _number(rng: random.Random, spec: ItemSpec, failed: bool) -> str:
    low, high = spec.number_min, spec.number_max
    if low is not None and high is not None:
        span = high - low
        if not failed:
            value = rng.uniform(low + span * 0.2, high - span * 0.1)
        elif high >= 100 or rng.random() < 0.6:  # percentages cannot go over the top
            value = rng.uniform(low - span * 0.4, low - span * 0.05)
        else:
            value = rng.uniform(high + span * 0.05, high + span * 0.4)
    elif high is not None:
        value = rng.uniform(0, high) if not failed else rng.uniform(high * 1.05, high * 1.8)
    else:
        assert low is not None
        value = rng.uniform(low, low * 1.35) if not failed else rng.uniform(low * 0.4, low * 0.97)
    narrow = low is not None and high is not None and high - low <= 10
    if narrow or not all(v is None or float(v).is_integer() for v in (low, high)):
        return f"{value:.1f}"
    # Rounding must not carry the value across a limit.
    candidates = (round(value), math.floor(value), math.ceil(value))
    return str(next((c for c in candidates if _within(spec, c) != failed), candidates[0]))


def demo_value(rng: random.Random, spec: ItemSpec, habit: ItemHabit, strictness: float) -> str:
    """One answer; ``strictness`` scales the failure rate (inspectors and months differ)."""
    if habit.na_rate and rng.random() < habit.na_rate:
        return NA
    failed = rng.random() < habit.fail_rate * strictness
    kind = spec.answer_type
    if kind is AnswerType.PASS_FAIL:
        return "fail" if failed else "pass"
    if kind is AnswerType.YES_NO:
        return "yes" if failed != spec.yes_is_good else "no"
    if kind is AnswerType.SCALE:
        top = spec.scale_max or 1
        return (
            str(rng.randrange(0, math.ceil(top * FAIL_BELOW)))
            if failed
            else str(_passing_scale(rng, top))
        )
    if kind is AnswerType.CHOICE:
        return _choice(rng, spec, failed)
    return _number(rng, spec, failed)


def failure_comment(rng: random.Random, item_text: str) -> str:
    finding = re.split(r"[，,；;（(]", item_text, maxsplit=1)[0].strip().removeprefix("★").strip()
    return rng.choice(FAILURE_NOTES).format(finding=finding)
