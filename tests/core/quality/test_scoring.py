"""Scoring rules, table-driven: weights, N/A, critical items, conditions, drop-downs, numbers."""

from __future__ import annotations

import pytest

from branchops.core.quality.models import AnswerType
from branchops.core.quality.scoring import (
    BadAnswer,
    Choice,
    ItemSpec,
    normalize,
    score_inspection,
    visible_keys,
)

PF = AnswerType.PASS_FAIL
CHOICES = (
    Choice("good", "好", "Good", 4),
    Choice("fair", "一般", "Fair", 1),
    Choice("bad", "差", "", 0),
)


def item(key: str, kind: AnswerType = PF, **kw) -> ItemSpec:
    return ItemSpec(key=key, answer_type=kind, **kw)


SCORE_CASES = [
    # (description, items, answers, expected score, expected passed)
    ("all pass", [item("a"), item("b")], {"a": "pass", "b": "pass"}, 100.0, True),
    (
        "weights",
        [item("a", weight=3), item("b", weight=1)],
        {"a": "pass", "b": "fail"},
        75.0,
        False,
    ),
    ("N/A left out", [item("a", weight=3), item("b")], {"a": "na", "b": "pass"}, 100.0, True),
    ("all N/A", [item("a"), item("b")], {"a": "na", "b": "na"}, None, None),
    (
        "scale steps",
        [item("a", AnswerType.SCALE, scale_max=5, weight=2), item("b")],
        {"a": "4", "b": "pass"},
        pytest.approx((2 * 0.8 + 1) / 3 * 100, abs=0.01),
        True,
    ),
    (
        "yes is good",
        [item("a", AnswerType.YES_NO), item("b", AnswerType.YES_NO)],
        {"a": "yes", "b": "no"},
        50.0,
        False,
    ),
    (
        "no is good",
        [item("a", AnswerType.YES_NO, yes_is_good=False)],
        {"a": "no"},
        100.0,
        True,
    ),
    (
        "drop-down scores against the best response",
        [item("a", AnswerType.CHOICE, choices=CHOICES), item("b")],
        {"a": "fair", "b": "pass"},
        62.5,
        False,
    ),
    (
        "number inside limits",
        [item("a", AnswerType.NUMBER, number_min=18, number_max=28)],
        {"a": "22.5"},
        100.0,
        True,
    ),
    (
        "number on the limit passes",
        [item("a", AnswerType.NUMBER, number_max=20)],
        {"a": "20"},
        100.0,
        True,
    ),
    (
        "number above the limit fails",
        [item("a", AnswerType.NUMBER, number_min=18, number_max=28), item("b")],
        {"a": "31", "b": "pass"},
        50.0,
        False,
    ),
    (
        "critical failure fails a high score",
        [item("a", critical=True), *[item(f"x{i}", weight=5) for i in range(10)]],
        {"a": "fail", **{f"x{i}": "pass" for i in range(10)}},
        pytest.approx(50 / 51 * 100, abs=0.01),
        False,
    ),
    (
        "unanswered items are not counted",
        [item("a"), item("b")],
        {"a": "pass"},
        100.0,
        True,
    ),
    (
        "hidden item is not counted",
        [
            item("q", AnswerType.YES_NO, yes_is_good=False),
            item("d", condition_key="q", condition_value="yes"),
        ],
        {"q": "no", "d": "fail"},
        100.0,
        True,
    ),
    (
        "shown item is counted",
        [
            item("q", AnswerType.YES_NO, yes_is_good=False),
            item("d", condition_key="q", condition_value="yes"),
        ],
        {"q": "yes", "d": "pass"},
        50.0,
        False,
    ),
]


@pytest.mark.parametrize(
    ("items", "answers", "score", "passed"),
    [case[1:] for case in SCORE_CASES],
    ids=[case[0] for case in SCORE_CASES],
)
def test_score(items, answers, score, passed):
    result = score_inspection(items, answers, pass_mark=80)
    assert result.score == score
    assert result.passed is passed


FAIL_CASES = [
    # (item, answer, failed?)
    (item("a"), "fail", True),
    (item("a"), "pass", False),
    (item("a"), "na", False),
    (item("a", AnswerType.SCALE, scale_max=5), "2", True),
    (item("a", AnswerType.SCALE, scale_max=5), "3", False),
    (item("a", AnswerType.SCALE, scale_max=4), "2", False),
    (item("a", AnswerType.CHOICE, choices=CHOICES), "fair", True),
    (item("a", AnswerType.CHOICE, choices=CHOICES), "good", False),
    (item("a", AnswerType.NUMBER, number_min=90), "89", True),
    (item("a", AnswerType.NUMBER, number_min=90), "90", False),
    (item("a", AnswerType.YES_NO, yes_is_good=False), "yes", True),
]


@pytest.mark.parametrize(("spec", "answer", "failed"), FAIL_CASES)
def test_which_answers_fail(spec, answer, failed):
    result = score_inspection([spec], {"a": answer}, pass_mark=80)
    assert result.outcomes["a"].failed is failed
    assert (result.failed == ("a",)) is failed


def test_critical_failures_are_named():
    items = [item("a", critical=True), item("b", critical=True), item("c")]
    result = score_inspection(items, {"a": "fail", "b": "pass", "c": "fail"}, pass_mark=0)
    assert result.critical_failures == ("a",)
    assert result.failed == ("a", "c")
    assert result.outcomes["a"].critical_failed
    assert not result.outcomes["c"].critical_failed
    assert result.passed is False


def test_critical_item_answered_na_does_not_fail():
    result = score_inspection([item("a", critical=True), item("b")], {"a": "na", "b": "pass"}, 80)
    assert result.critical_failures == ()
    assert result.passed is True


def test_chained_conditions_hide_the_whole_chain():
    items = [
        item("q", AnswerType.YES_NO),
        item("r", AnswerType.YES_NO, condition_key="q", condition_value="yes"),
        item("s", condition_key="r", condition_value="yes"),
    ]
    assert visible_keys(items, {"q": "no", "r": "yes"}) == {"q"}
    assert visible_keys(items, {"q": "yes", "r": "yes"}) == {"q", "r", "s"}


def test_unanswered_required_only_counts_shown_required_items():
    items = [
        item("q", AnswerType.YES_NO),
        item("d", condition_key="q", condition_value="yes"),
        item("o", required=False),
        item("m"),
    ]
    assert score_inspection(items, {"q": "no"}, 80).unanswered_required == ("m",)
    assert score_inspection(items, {"q": "yes"}, 80).unanswered_required == ("d", "m")


def test_pass_mark_is_inclusive():
    items = [item("a", weight=4), item("b")]
    assert score_inspection(items, {"a": "pass", "b": "fail"}, 80).passed is True
    assert score_inspection(items, {"a": "pass", "b": "fail"}, 80.01).passed is False


NORMALIZE_CASES = [
    (item("a"), " PASS ", "pass"),
    (item("a"), "NA", "na"),
    (item("a"), "", None),
    (item("a"), None, None),
    (item("a", AnswerType.SCALE, scale_max=5), "05", "5"),
    (item("a", AnswerType.NUMBER, number_max=1), "3.50", "3.5"),
    (item("a", AnswerType.NUMBER, number_max=1), "7.0", "7"),
    (item("a", AnswerType.CHOICE, choices=CHOICES), "good", "good"),
]


@pytest.mark.parametrize(("spec", "raw", "stored"), NORMALIZE_CASES)
def test_normalize(spec, raw, stored):
    assert normalize(spec, raw) == stored


@pytest.mark.parametrize(
    ("spec", "raw"),
    [
        (item("a"), "yes"),
        (item("a", AnswerType.YES_NO), "pass"),
        (item("a", AnswerType.SCALE, scale_max=5), "6"),
        (item("a", AnswerType.SCALE, scale_max=5), "-1"),
        (item("a", AnswerType.CHOICE, choices=CHOICES), "excellent"),
        (item("a", AnswerType.NUMBER, number_max=1), "many"),
        (item("a", AnswerType.NUMBER, number_max=1), "inf"),
    ],
)
def test_impossible_answers_are_refused(spec, raw):
    with pytest.raises(BadAnswer):
        normalize(spec, raw)
