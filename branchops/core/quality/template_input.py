"""A checklist template as the editor, the built-in loader and imports hand it in, and its checks.

Field names in problems follow the input: ``sections[1].items[4].weight``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from branchops.core.errors import Problems
from branchops.core.quality.models import DEFAULT_PASS_MARK, AnswerType, Category, Recurrence
from branchops.core.quality.scoring import BadAnswer, Choice, ItemSpec, normalize
from branchops.i18n import translate

KEY_RE = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")
MAX_TEXT = 500


@dataclass
class ChoiceInput:
    key: str
    label: str
    label_en: str = ""
    score: float = 0.0


@dataclass
class ItemInput:
    text: str
    answer_type: AnswerType = AnswerType.PASS_FAIL
    weight: float = 1.0
    category: Category = Category.COMPLIANCE
    key: str = ""  # empty: a new item, given a key on save
    text_en: str = ""
    guidance: str = ""
    guidance_en: str = ""
    critical: bool = False
    concerns_staff: bool = False
    required: bool = True
    scale_max: int | None = None
    choices: list[ChoiceInput] = field(default_factory=list)
    number_min: float | None = None
    number_max: float | None = None
    unit: str = ""
    yes_is_good: bool = True
    condition_key: str | None = None
    condition_value: str | None = None

    def spec(self) -> ItemSpec:
        return ItemSpec(
            key=self.key,
            answer_type=self.answer_type,
            weight=self.weight,
            critical=self.critical,
            required=self.required,
            scale_max=self.scale_max,
            choices=tuple(Choice(c.key, c.label, c.label_en, c.score) for c in self.choices),
            number_min=self.number_min,
            number_max=self.number_max,
            yes_is_good=self.yes_is_good,
            condition_key=self.condition_key or None,
            condition_value=self.condition_value,
        )


@dataclass
class SectionInput:
    title: str
    title_en: str = ""
    items: list[ItemInput] = field(default_factory=list)


@dataclass
class TemplateInput:
    name: str
    name_en: str = ""
    description: str = ""
    recurrence: Recurrence = Recurrence.NONE
    recurrence_day: int = 0
    schedule_start: date | None = None
    pass_mark: float = DEFAULT_PASS_MARK
    sections: list[SectionInput] = field(default_factory=list)

    def items(self) -> Iterator[tuple[int, int, ItemInput]]:
        for s, section in enumerate(self.sections):
            for i, item in enumerate(section.items):
                yield s, i, item


def next_item_key(existing: set[str]) -> str:
    number = len(existing) + 1
    while f"Q{number}" in existing:
        number += 1
    return f"Q{number}"


def assign_keys(data: TemplateInput) -> None:
    """Give every new item a key not used by any other item of the template."""
    used = {item.key for _, _, item in data.items() if item.key}
    for _, _, item in data.items():
        if not item.key:
            item.key = next_item_key(used)
            used.add(item.key)


def validate_template(data: TemplateInput) -> None:
    problems = Problems()
    if not data.name.strip():
        problems.add("name", translate("Quality", "The template needs a name."))
    if not 0 <= data.pass_mark <= 100:
        problems.add("pass_mark", translate("Quality", "The pass mark must be from 0 to 100."))
    _check_schedule(data, problems)
    if not data.sections:
        problems.add("sections", translate("Quality", "Add at least one section with items."))
    for s, section in enumerate(data.sections):
        if not section.title.strip():
            problems.add(
                f"sections[{s}].title", translate("Quality", "Every section needs a title.")
            )
        if not section.items:
            problems.add(
                f"sections[{s}].items",
                translate(
                    "Quality", "Section “{title}” has no items; add one or remove it."
                ).format(title=section.title.strip() or s + 1),
            )
    earlier: dict[str, ItemSpec] = {}
    all_keys = [item.key for _, _, item in data.items()]
    for s, i, item in data.items():
        where = f"sections[{s}].items[{i}]"
        _check_item(item, where, problems)
        if all_keys.count(item.key) > 1:
            problems.add(
                f"{where}.key",
                translate("Quality", "Item key {key} is used twice.").format(key=item.key),
            )
        _check_condition(item, where, earlier, set(all_keys), problems)
        earlier[item.key] = item.spec()
    problems.raise_if_any()


def _check_schedule(data: TemplateInput, problems: Problems) -> None:
    if data.recurrence is Recurrence.WEEKLY and not 0 <= data.recurrence_day <= 6:
        problems.add(
            "recurrence_day", translate("Quality", "Choose the weekday of the weekly check.")
        )
    if data.recurrence is Recurrence.MONTHLY and not 1 <= data.recurrence_day <= 31:
        problems.add(
            "recurrence_day",
            translate("Quality", "The day of the monthly check must be from 1 to 31."),
        )


def _check_item(item: ItemInput, where: str, problems: Problems) -> None:
    if not KEY_RE.match(item.key):
        problems.add(f"{where}.key", translate("Quality", "Item key: 1–32 letters or digits."))
    if not item.text.strip():
        problems.add(f"{where}.text", translate("Quality", "Every item needs a text."))
    elif len(item.text) > MAX_TEXT:
        problems.add(
            f"{where}.text",
            translate("Quality", "Item text is longer than {limit} characters.").format(
                limit=MAX_TEXT
            ),
        )
    if not item.weight > 0:
        problems.add(
            f"{where}.weight",
            translate("Quality", "“{item}”: the weight must be more than 0.").format(
                item=item.text.strip()
            ),
        )
    kind = item.answer_type
    if kind is AnswerType.SCALE and not (item.scale_max and 1 <= item.scale_max <= 100):
        problems.add(
            f"{where}.scale_max", translate("Quality", "The top of the scale must be 1 to 100.")
        )
    if kind is AnswerType.CHOICE:
        _check_choices(item, where, problems)
    if kind is AnswerType.NUMBER:
        if item.number_min is None and item.number_max is None:
            problems.add(
                f"{where}.number_min",
                translate("Quality", "A number item needs a lower or an upper limit."),
            )
        elif (
            item.number_min is not None
            and item.number_max is not None
            and item.number_min > item.number_max
        ):
            problems.add(
                f"{where}.number_min",
                translate("Quality", "“{item}”: the lower limit is above the upper limit.").format(
                    item=item.text.strip()
                ),
            )


def _check_choices(item: ItemInput, where: str, problems: Problems) -> None:
    keys = [c.key.strip() for c in item.choices]
    if len(item.choices) < 2:
        problems.add(
            f"{where}.choices", translate("Quality", "A drop-down needs at least two responses.")
        )
    if any(not c.label.strip() for c in item.choices) or any(not k for k in keys):
        problems.add(f"{where}.choices", translate("Quality", "Every response needs a name."))
    if len(set(keys)) != len(keys):
        problems.add(f"{where}.choices", translate("Quality", "Two responses have the same key."))
    if any(c.score < 0 for c in item.choices) or not any(c.score > 0 for c in item.choices):
        problems.add(
            f"{where}.choices",
            translate("Quality", "Response scores must be 0 or more, and one must be above 0."),
        )


def _check_condition(
    item: ItemInput,
    where: str,
    earlier: dict[str, ItemSpec],
    all_keys: set[str],
    problems: Problems,
) -> None:
    target_key = item.condition_key
    if not target_key:
        return
    field_name = f"{where}.condition_key"
    if target_key == item.key:
        problems.add(field_name, translate("Quality", "An item cannot depend on its own answer."))
        return
    target = earlier.get(target_key)
    if target is None:
        if target_key in all_keys:
            message = translate("Quality", "A condition must point to an earlier item.")
        else:
            message = translate("Quality", "The condition points to an item that does not exist.")
        problems.add(field_name, message)
        return
    if target.answer_type is AnswerType.NUMBER:
        problems.add(
            field_name, translate("Quality", "A condition cannot depend on a number item.")
        )
        return
    try:
        valid = normalize(target, item.condition_value) is not None
    except BadAnswer:
        valid = False
    if not valid:
        problems.add(
            f"{where}.condition_value",
            translate("Quality", "Choose which answer of the earlier item shows this one."),
        )
