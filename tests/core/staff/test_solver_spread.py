"""The least spread of the fairness scores: what whole shifts cannot avoid."""

from __future__ import annotations

from itertools import product

from branchops.core.staff.solver_spread import Score, least_spread


def brute_force(scores: list[Score], least: int, most: int | None) -> int:
    spreads = []
    for counts in product(*(range(s.most + 1) for s in scores)):
        total = sum(counts)
        if total >= least and (most is None or total <= most):
            values = [s.coef * n + s.offset for s, n in zip(scores, counts, strict=True)]
            spreads.append(max(values) - min(values))
    return min(spreads, default=0)


def test_equal_shares_have_no_spread() -> None:
    assert least_spread([Score(1, 0, 4)] * 3, 6, None) == 0


def test_a_shift_that_cannot_be_split_leaves_a_spread_of_one() -> None:
    # seven weekend shifts among three people: someone works one more
    assert least_spread([Score(1, 0, 4)] * 3, 7, 7) == 1


def test_a_part_timer_counting_double_cannot_match_an_odd_score() -> None:
    scores = [Score(1, 0, 4), Score(1, 0, 4), Score(2, 0, 2)]
    assert least_spread(scores, 3, 3) == 1
    assert least_spread(scores, 4, 4) == 1
    assert least_spread(scores, 5, 5) == 0  # two each, one for the part-timer


def test_offsets_credit_people_away() -> None:
    assert least_spread([Score(1, 0, 4), Score(1, 2, 2)], 4, 4) == 0
    assert least_spread([Score(1, 0, 4), Score(1, 3, 1)], 4, 4) == 1


def test_no_choice_fits_gives_no_bound() -> None:
    assert least_spread([Score(1, 0, 1)] * 2, 5, None) == 0
    assert least_spread([], 3, None) == 0


def test_matches_every_choice_on_small_cases() -> None:
    cases = [
        ([Score(1, 1, 3), Score(2, 0, 2), Score(1, 0, 2)], 3, 5),
        ([Score(2, 1, 2), Score(1, 0, 4), Score(3, 0, 1)], 2, None),
        ([Score(1, 0, 3), Score(1, 2, 1), Score(2, 1, 2)], 4, 4),
        ([Score(3, 0, 2), Score(2, 0, 3)], 1, 3),
    ]
    for scores, least, most in cases:
        assert least_spread(scores, least, most) == brute_force(scores, least, most)
