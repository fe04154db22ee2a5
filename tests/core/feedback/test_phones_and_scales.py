"""Customer phone numbers (mobile or landline, tidied) and survey answers on 3 or 5 levels."""

from __future__ import annotations

import pytest

from branchops.core.feedback.models import RatingScale
from branchops.core.feedback.phones import normalise_phone
from branchops.core.feedback.scales import readings


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits
        ("＋８６１９９１２３４５６７８", "19912345678"),
        ("021-58881234", "021-58881234"),
        ("02158881234", "02158881234"),
        ("0755-8888888", "0755-8888888"),
        ("(021)58881234", "02158881234"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_valid_numbers_are_tidied(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "12812345678",  # 12x is no mobile prefix
        "1381234567",  # ten digits
        "138123456789",  # twelve
        "021-123456",  # landline too short
        "21-58881234",  # no leading 0
        "0213-5888123456",
        "+1 415 555 0100",
        "电话13812345678",
        "abc",
    ],
)
def test_other_numbers_are_refused(typed):
    assert normalise_phone(typed) is None


@pytest.mark.parametrize(
    ("answer", "fits"),
    [
        ("基本满意", {RatingScale.THREE: 3}),
        ("满意", {RatingScale.THREE: 5, RatingScale.FIVE: 4}),
        ("不满意", {RatingScale.THREE: 1, RatingScale.FIVE: 2}),
        ("非常满意", {RatingScale.FIVE: 5}),
        ("一般", {RatingScale.FIVE: 3}),
        ("非常不满意", {RatingScale.FIVE: 1}),
        ("4", {RatingScale.FIVE: 4}),
        ("５", {RatingScale.FIVE: 5}),
        ("Very satisfied", {RatingScale.FIVE: 5}),
        ("0", {}),
        ("6", {}),
        ("很好", {}),
    ],
)
def test_answers_and_the_scales_they_fit(answer, fits):
    assert readings(answer) == fits
