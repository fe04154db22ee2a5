"""The least spread of the fairness scores any roster can reach, for the fairness bound.

Pure integer arithmetic with no solver in it: ``solver_objective`` adds the result as
``high - low >= spread``. The LP relaxation otherwise gives every person the same fractional
score and counts no spread at all, while whole shifts often cannot share the weekends exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    """One person's score: ``coef`` per special-day shift, plus ``offset``, with at most
    ``most`` such shifts."""

    coef: int
    offset: int
    most: int

    def shifts_within(self, low: int, high: int) -> tuple[int, int] | None:
        """The fewest and most shifts that keep the score within [low, high], if any."""
        fewest = max(0, -((self.offset - low) // self.coef))
        most = min(self.most, (high - self.offset) // self.coef)
        return (fewest, most) if fewest <= most else None


def least_spread(scores: Sequence[Score], least_total: int, most_total: int | None) -> int:
    """The smallest max - min of the scores over every choice of shift counts (0 to ``most``
    each) whose sum lies within [``least_total``, ``most_total``] (None: no upper limit).

    Every roster makes such a choice, so no roster has a smaller spread; 0 when no choice
    fits at all (the coverage rules then fail anyway)."""
    if not scores:
        return 0
    bottom = min(s.offset for s in scores)
    top = max(s.offset + s.coef * s.most for s in scores)
    if not _fits(scores, least_total, most_total, top - bottom, bottom, top):
        return 0
    narrow, wide = -1, top - bottom  # a spread of ``wide`` fits, ``narrow`` does not
    while wide - narrow > 1:
        middle = (narrow + wide) // 2
        if _fits(scores, least_total, most_total, middle, bottom, top):
            wide = middle
        else:
            narrow = middle
    return wide


def _fits(
    scores: Sequence[Score],
    least_total: int,
    most_total: int | None,
    spread: int,
    bottom: int,
    top: int,
) -> bool:
    """Whether some window [low, low + spread] holds a score of everyone at once."""
    for low in range(bottom, top - spread + 1):
        fewest = most = 0
        for score in scores:
            shifts = score.shifts_within(low, low + spread)
            if shifts is None:
                break
            fewest += shifts[0]
            most += shifts[1]
        else:
            if most >= least_total and (most_total is None or fewest <= most_total):
                return True
    return False
