"""Scoring rules, pure: which items are shown, what each answer earns, and the inspection result.

- Each shown, answered, non-N/A item counts with its weight; its answer earns a fraction 0..1 of
  that weight. The score is earned / possible × 100; N/A and hidden items are left out.
- An item is shown when it has no condition, or when the earlier item it names is shown and has
  the named answer.
- An answer fails when it earns less than half of the item's points (pass/fail and yes/no are
  all or nothing; a number passes within its limits). A failed critical item fails the inspection
  whatever the score; otherwise it passes when the score reaches the pass mark.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from branchops.core.quality.models import AnswerType

NA = "na"
PASS, FAIL, YES, NO = "pass", "fail", "yes", "no"
# The two answers of each two-way type, the good one first (key 1, then key 2 when answering).
TWO_WAY_ANSWERS: dict[AnswerType, tuple[str, str]] = {
    AnswerType.PASS_FAIL: (PASS, FAIL),
    AnswerType.YES_NO: (YES, NO),
}
FAIL_BELOW = 0.5


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    label_en: str
    score: float


@dataclass(frozen=True)
class ItemSpec:
    key: str
    answer_type: AnswerType
    weight: float = 1.0
    critical: bool = False
    required: bool = True
    scale_max: int | None = None
    choices: tuple[Choice, ...] = ()
    number_min: float | None = None
    number_max: float | None = None
    yes_is_good: bool = True
    condition_key: str | None = None
    condition_value: str | None = None


@dataclass(frozen=True)
class ItemOutcome:
    key: str
    visible: bool
    answered: bool
    counted: bool
    fraction: float | None
    failed: bool
    critical_failed: bool


@dataclass(frozen=True)
class ScoreResult:
    score: float | None  # 0..100, None when nothing counted
    earned: float
    possible: float
    outcomes: Mapping[str, ItemOutcome]
    critical_failures: tuple[str, ...]
    failed: tuple[str, ...]
    unanswered_required: tuple[str, ...]
    passed: bool | None  # None while nothing counts and nothing critical failed


def choices_from_json(text: str) -> tuple[Choice, ...]:
    if not text:
        return ()
    return tuple(
        Choice(str(c["key"]), c.get("label", ""), c.get("label_en", ""), float(c["score"]))
        for c in json.loads(text)
    )


def choices_to_json(choices: Sequence[Choice]) -> str:
    if not choices:
        return ""
    return json.dumps(
        [
            {"key": c.key, "label": c.label, "label_en": c.label_en, "score": c.score}
            for c in choices
        ],
        ensure_ascii=False,
    )


class BadAnswer(ValueError):
    """The raw answer does not fit the item's answer type."""


def normalize(item: ItemSpec, raw: str | None) -> str | None:
    """The stored form of an answer (``None`` = unanswered); raises ``BadAnswer``."""
    if raw is None:
        return None
    value = str(raw).strip()
    if not value:
        return None
    if value.lower() == NA:
        return NA
    kind = item.answer_type
    if kind is AnswerType.PASS_FAIL and value.lower() in (PASS, FAIL):
        return value.lower()
    if kind is AnswerType.YES_NO and value.lower() in (YES, NO):
        return value.lower()
    if kind is AnswerType.CHOICE and value in {c.key for c in item.choices}:
        return value
    if kind is AnswerType.SCALE and value.isdigit() and int(value) <= (item.scale_max or 0):
        return str(int(value))
    if kind is AnswerType.NUMBER:
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if math.isfinite(number):
            return repr(number) if not number.is_integer() else str(int(number))
    raise BadAnswer(value)


def fraction(item: ItemSpec, value: str) -> float | None:
    """What an answer earns, 0..1; ``None`` for N/A. ``value`` is already normalized."""
    if value == NA:
        return None
    kind = item.answer_type
    if kind is AnswerType.PASS_FAIL:
        return 1.0 if value == PASS else 0.0
    if kind is AnswerType.YES_NO:
        return 1.0 if (value == YES) == item.yes_is_good else 0.0
    if kind is AnswerType.SCALE:
        return int(value) / item.scale_max if item.scale_max else 0.0
    if kind is AnswerType.CHOICE:
        best = max((c.score for c in item.choices), default=0.0)
        chosen = next(c.score for c in item.choices if c.key == value)
        return chosen / best if best > 0 else 0.0
    number = float(value)
    low_ok = item.number_min is None or number >= item.number_min
    high_ok = item.number_max is None or number <= item.number_max
    return 1.0 if low_ok and high_ok else 0.0


def visible_keys(items: Sequence[ItemSpec], answers: Mapping[str, str | None]) -> set[str]:
    shown: set[str] = set()
    for item in items:
        if item.condition_key is None or (
            item.condition_key in shown and answers.get(item.condition_key) == item.condition_value
        ):
            shown.add(item.key)
    return shown


def score_inspection(
    items: Sequence[ItemSpec], answers: Mapping[str, str | None], pass_mark: float
) -> ScoreResult:
    """Score normalized answers (keyed by item key) against the items, in template order."""
    shown = visible_keys(items, answers)
    outcomes: dict[str, ItemOutcome] = {}
    earned = possible = 0.0
    critical, failed, unanswered = [], [], []
    for item in items:
        value = answers.get(item.key) if item.key in shown else None
        share = fraction(item, value) if value is not None else None
        counted = share is not None
        is_failed = share is not None and share < FAIL_BELOW
        outcomes[item.key] = ItemOutcome(
            key=item.key,
            visible=item.key in shown,
            answered=value is not None,
            counted=counted,
            fraction=share,
            failed=is_failed,
            critical_failed=is_failed and item.critical,
        )
        if share is not None:
            earned += item.weight * share
            possible += item.weight
        if is_failed:
            failed.append(item.key)
            if item.critical:
                critical.append(item.key)
        if item.key in shown and item.required and value is None:
            unanswered.append(item.key)
    score = round(earned / possible * 100, 2) if possible > 0 else None
    if critical:
        passed: bool | None = False
    elif score is None:
        passed = None
    else:
        passed = score >= pass_mark
    return ScoreResult(
        score=score,
        earned=earned,
        possible=possible,
        outcomes=outcomes,
        critical_failures=tuple(critical),
        failed=tuple(failed),
        unanswered_required=tuple(unanswered),
        passed=passed,
    )
