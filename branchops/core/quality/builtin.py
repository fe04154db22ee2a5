"""The built-in checklist templates, shipped as JSON data in ``resources/checklists/``.

Each file holds one template with Chinese and English texts (``{"zh": …, "en": …}``). Installing
adds those not yet in the database (matched by their key) and leaves edited ones alone.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.quality.models import (
    DEFAULT_PASS_MARK,
    AnswerType,
    Category,
    QcTemplate,
    Recurrence,
)
from branchops.core.quality.template_input import (
    ChoiceInput,
    ItemInput,
    SectionInput,
    TemplateInput,
    validate_template,
)
from branchops.core.quality.templates import write_template
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork

CHECKLISTS_DIR = Path(__file__).resolve().parents[3] / "resources" / "checklists"
BUILTIN_ORDER = ("daily_opening", "weekly_environment", "monthly_service", "mystery_shopper")


def _texts(node: Any) -> tuple[str, str]:
    if isinstance(node, dict):
        return str(node.get("zh", "")), str(node.get("en", ""))
    return (str(node), "") if node else ("", "")


def _item(raw: dict[str, Any]) -> ItemInput:
    text, text_en = _texts(raw["text"])
    guidance, guidance_en = _texts(raw.get("guidance"))
    condition = raw.get("condition") or {}
    choices = [
        ChoiceInput(c["key"], *_texts(c["label"]), score=float(c["score"]))
        for c in raw.get("choices", [])
    ]
    return ItemInput(
        key=raw["key"],
        text=text,
        text_en=text_en,
        guidance=guidance,
        guidance_en=guidance_en,
        answer_type=AnswerType(raw["type"]),
        weight=float(raw["weight"]),
        category=Category(raw["category"]),
        critical=bool(raw.get("critical", False)),
        concerns_staff=bool(raw.get("concerns_staff", False)),
        required=bool(raw.get("required", True)),
        scale_max=raw.get("scale_max"),
        choices=choices,
        number_min=raw.get("min"),
        number_max=raw.get("max"),
        unit=raw.get("unit", ""),
        yes_is_good=bool(raw.get("yes_is_good", True)),
        condition_key=condition.get("item"),
        condition_value=condition.get("answer"),
    )


def parse_template(raw: dict[str, Any]) -> tuple[str, TemplateInput]:
    """``(key, template)`` from one built-in file's JSON; raises ValidationError if it is bad."""
    name, name_en = _texts(raw["name"])
    data = TemplateInput(
        name=name,
        name_en=name_en,
        recurrence=Recurrence(raw.get("recurrence", "none")),
        recurrence_day=int(raw.get("recurrence_day", 0)),
        pass_mark=float(raw.get("pass_mark", DEFAULT_PASS_MARK)),
        sections=[
            SectionInput(*_texts(s["title"]), items=[_item(i) for i in s["items"]])
            for s in raw["sections"]
        ],
    )
    validate_template(data)
    return str(raw["key"]), data


def builtin_templates(folder: Path = CHECKLISTS_DIR) -> list[tuple[str, TemplateInput]]:
    found = [
        parse_template(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(folder.glob("*.json"))
    ]
    rank = {key: index for index, key in enumerate(BUILTIN_ORDER)}
    return sorted(found, key=lambda pair: (rank.get(pair[0], len(rank)), pair[0]))


def missing_builtins(session: Session) -> list[tuple[str, TemplateInput]]:
    installed = set(session.scalars(select(QcTemplate.builtin_key)))
    return [(key, data) for key, data in builtin_templates() if key not in installed]


def install_builtin_templates(
    uow: UnitOfWork, user: CurrentUser, *, schedule_start: date | None = None
) -> list[int]:
    """Add the built-in templates that are not installed yet; returns the new templates' ids."""
    require(user, Permission.APPROVE)
    new_ids = add_missing_builtins(uow.session, user, schedule_start or clock.today())
    uow.commit()
    return new_ids


def add_missing_builtins(session: Session, user: CurrentUser, schedule_start: date) -> list[int]:
    """Write the missing built-ins without committing."""
    new_ids = []
    for key, data in missing_builtins(session):
        data.schedule_start = schedule_start
        new_ids.append(write_template(session, user, data, builtin_key=key))
    return new_ids
