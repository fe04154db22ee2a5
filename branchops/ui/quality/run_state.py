"""What the inspection run dialog is editing: answers, live score and visibility, without widgets.

Keys for fast answering (the item under the cursor):
pass/fail and yes/no: 1 = pass / yes, 2 = fail / no; scale: the digit is the step; drop-down:
1…9 picks the n-th response; N = N/A; Delete = clear. A number item is typed in.
"""

from __future__ import annotations

from dataclasses import replace

from branchops.core.quality.inspection_input import AnswerInput, InspectionInput
from branchops.core.quality.labels import fixed_answer_label, localized
from branchops.core.quality.models import AnswerType
from branchops.core.quality.scoring import (
    NA,
    TWO_WAY_ANSWERS,
    BadAnswer,
    ScoreResult,
    normalize,
    score_inspection,
)
from branchops.core.quality.versions import ItemView, VersionDetail


def answer_options(item: ItemView) -> list[tuple[str, str]]:
    """``(stored value, label)`` of every answer the item allows, N/A last."""
    spec = item.spec
    if spec.answer_type in TWO_WAY_ANSWERS:
        values = list(TWO_WAY_ANSWERS[spec.answer_type])
    elif spec.answer_type is AnswerType.SCALE:
        values = [str(step) for step in range((spec.scale_max or 0) + 1)]
    elif spec.answer_type is AnswerType.CHOICE:
        return [(c.key, localized(c.label, c.label_en)) for c in spec.choices] + [
            (NA, fixed_answer_label(NA))
        ]
    else:
        return [(NA, fixed_answer_label(NA))]
    return [(v, fixed_answer_label(v)) for v in values] + [(NA, fixed_answer_label(NA))]


def answer_label(item: ItemView, value: str | None) -> str:
    if value is None:
        return ""
    if item.answer_type is AnswerType.NUMBER and value != NA:
        return f"{value} {item.unit}".strip()
    return dict(answer_options(item)).get(value, value)


def value_for_key(item: ItemView, key: str) -> str | None:
    """The answer a key press gives for this item, or None when the key means nothing here."""
    if key.lower() == "n":
        return NA
    if not key.isdigit():
        return None
    digit = int(key)
    kind = item.answer_type
    if kind in TWO_WAY_ANSWERS and digit in (1, 2):
        return TWO_WAY_ANSWERS[kind][digit - 1]
    if kind is AnswerType.SCALE and digit <= (item.spec.scale_max or 0):
        return str(digit)
    if kind is AnswerType.CHOICE and 1 <= digit <= len(item.spec.choices):
        return item.spec.choices[digit - 1].key
    return None


class RunState:
    def __init__(self, version: VersionDetail, data: InspectionInput) -> None:
        self.version = version
        self.data = data
        self.items = version.items
        self.score: ScoreResult
        self.recompute()

    def answer(self, item_id: int) -> AnswerInput:
        return self.data.answers.setdefault(item_id, AnswerInput())

    def value(self, item: ItemView) -> str | None:
        answer = self.data.answers.get(item.id)
        return answer.value if answer else None

    def set_value(self, item: ItemView, raw: str | None) -> bool:
        """Store a (checked) answer; False when it is not possible for this item."""
        try:
            value = normalize(item.spec, raw)
        except BadAnswer:
            return False
        self.answer(item.id).value = value
        self.recompute()
        return True

    def recompute(self) -> None:
        by_key = {item.key: self.value(item) for item in self.items}
        self.score = score_inspection(self.version.specs, by_key, self.version.pass_mark)

    def visible(self, item: ItemView) -> bool:
        return self.score.outcomes[item.key].visible

    def outcome(self, item: ItemView):
        return self.score.outcomes[item.key]

    def unanswered(self) -> int:
        return len(self.score.unanswered_required)

    def snapshot(self) -> InspectionInput:
        """The input to save: answers of shown items only, empty ones left out."""
        answers = {
            item.id: self.data.answers[item.id]
            for item in self.items
            if item.id in self.data.answers and not self.data.answers[item.id].is_empty()
        }
        return replace(self.data, answers=answers)
