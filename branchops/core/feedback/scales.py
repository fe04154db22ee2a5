"""Survey answers on a 3-level or 5-level scale, mapped to the stored rating 1–5 (for CSAT).

- 3 levels (counter evaluation devices): 满意 → 5, 基本满意 → 3, 不满意 → 1.
- 5 levels: 非常满意 5, 满意 4, 一般 3, 不满意 2, 非常不满意 1, or the numbers 1–5.
CSAT counts 4 and 5, so 满意 counts on either scale. 满意 and 不满意 alone do not tell the two
scales apart: such a column is read as 3 levels unless another answer in it is 5-level only.
The 0–10 recommendation question has a column of its own (it gives NPS, not CSAT).
"""

from __future__ import annotations

import unicodedata

from branchops.core.feedback.models import RatingScale

THREE_LEVELS = {"满意": 5, "基本满意": 3, "不满意": 1}
FIVE_LEVELS = {"非常满意": 5, "满意": 4, "一般": 3, "不满意": 2, "非常不满意": 1}
THREE_WORDS_EN = {"satisfied": 5, "fairly satisfied": 3, "dissatisfied": 1}
FIVE_WORDS_EN = {
    "very satisfied": 5,
    "satisfied": 4,
    "neutral": 3,
    "dissatisfied": 2,
    "very dissatisfied": 1,
}
_ALIASES = {"较满意": "基本满意", "比较满意": "基本满意", "not satisfied": "dissatisfied"}


def _word(text: str) -> str:
    value = " ".join(unicodedata.normalize("NFKC", text).strip().casefold().split())
    return _ALIASES.get(value, value)


def readings(text: str) -> dict[RatingScale, int]:
    """Every scale the answer fits, with its rating 1–5 on that scale (empty: no fit)."""
    word = _word(text)
    if word.isdigit() or word.replace(".0", "").isdigit():
        number = int(float(word))
        return {RatingScale.FIVE: number} if 1 <= number <= 5 else {}
    found: dict[RatingScale, int] = {}
    for scale, table in (
        (RatingScale.THREE, THREE_LEVELS),
        (RatingScale.THREE, THREE_WORDS_EN),
        (RatingScale.FIVE, FIVE_LEVELS),
        (RatingScale.FIVE, FIVE_WORDS_EN),
    ):
        if word in table:
            found[scale] = table[word]
    return found


def is_number(text: str) -> bool:
    try:
        float(unicodedata.normalize("NFKC", text).strip())
    except ValueError:
        return False
    return True
