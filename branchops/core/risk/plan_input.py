"""What an emergency plan holds, as the editor and the built-in files give it, and its checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from branchops.core.errors import Problems
from branchops.i18n import translate

FREQUENCIES = (1, 2, 3, 4, 6, 12)  # months between drills: a whole number of drills a year
MAX_NAME = 128
MAX_TEXT = 300
MAX_ROLE = 64
MAX_TARGET_SECONDS = 24 * 3600


@dataclass
class RoleInput:
    name: str
    name_en: str = ""
    duty: str = ""
    duty_en: str = ""


@dataclass
class StepInput:
    text: str
    text_en: str = ""
    role: str = ""
    role_en: str = ""
    target_seconds: int | None = None
    key: str = ""  # kept across versions so step times compare; new steps get one on save


@dataclass
class ObjectiveInput:
    text: str
    text_en: str = ""
    key: str = ""


@dataclass
class PlanInput:
    name: str
    name_en: str = ""
    frequency_months: int = 12
    purpose: str = ""
    purpose_en: str = ""
    programme_start: date | None = None
    roles: list[RoleInput] = field(default_factory=list)
    steps: list[StepInput] = field(default_factory=list)
    objectives: list[ObjectiveInput] = field(default_factory=list)


def _new_keys(items: list, prefix: str) -> None:
    used = {item.key for item in items if item.key}
    number = 1
    for item in items:
        if item.key:
            continue
        while f"{prefix}{number}" in used:
            number += 1
        item.key = f"{prefix}{number}"
        used.add(item.key)


def assign_keys(data: PlanInput) -> None:
    """Give new steps and objectives a key (S1, S2 … / O1 …) not used in the plan yet."""
    _new_keys(data.steps, "S")
    _new_keys(data.objectives, "O")


def _too_long(problems: Problems, name: str, text: str, limit: int) -> None:
    if len(text.strip()) > limit:
        problems.add(
            name,
            translate("Plan", "This text is longer than {limit} characters.").format(limit=limit),
        )


def validate_plan(data: PlanInput) -> None:
    problems = Problems()
    if not data.name.strip():
        problems.add("name", translate("Plan", "Give the plan a name."))
    _too_long(problems, "name", data.name, MAX_NAME)
    _too_long(problems, "name_en", data.name_en, MAX_NAME)
    if data.frequency_months not in FREQUENCIES:
        problems.add(
            "frequency",
            translate("Plan", "Choose how often the drill is required (1 to 12 months)."),
        )
    for index, role in enumerate(data.roles):
        if not role.name.strip():
            problems.add(
                f"roles[{index}].name",
                translate("Plan", "Role {n} has no name.").format(n=index + 1),
            )
        _too_long(problems, f"roles[{index}].name", role.name, MAX_ROLE)
    if not data.steps:
        problems.add("steps", translate("Plan", "A plan needs at least one step."))
    for index, step in enumerate(data.steps):
        where = f"steps[{index}]"
        if not step.text.strip():
            problems.add(
                f"{where}.text", translate("Plan", "Step {n} has no text.").format(n=index + 1)
            )
        _too_long(problems, f"{where}.text", step.text, MAX_TEXT)
        _too_long(problems, f"{where}.role", step.role, MAX_ROLE)
        target = step.target_seconds
        if target is not None and not 0 < target <= MAX_TARGET_SECONDS:
            problems.add(
                f"{where}.target",
                translate(
                    "Plan", "The target time of step {n} must be more than zero and under a day."
                ).format(n=index + 1),
            )
    keys = [s.key for s in data.steps if s.key]
    if len(keys) != len(set(keys)):
        problems.add("steps", translate("Plan", "Two steps have the same key."))
    for index, objective in enumerate(data.objectives):
        if not objective.text.strip():
            problems.add(
                f"objectives[{index}].text",
                translate("Plan", "Objective {n} has no text.").format(n=index + 1),
            )
        _too_long(problems, f"objectives[{index}].text", objective.text, MAX_TEXT)
    problems.raise_if_any()
