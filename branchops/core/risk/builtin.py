"""The built-in emergency plans and starter risk register, shipped as JSON in ``resources/risk/``.

Texts are ``{"zh": …, "en": …}``. Plans keep both languages (the after-action report is printed in
either); a starter risk is entered in the language in use, as the manager would have typed it.
Installing adds what is not there yet (matched by key) and leaves edited entries alone.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.risk.labels import localized
from branchops.core.risk.models import EmergencyPlan, Risk, RiskCategory, Treatment
from branchops.core.risk.plan_input import (
    ObjectiveInput,
    PlanInput,
    RoleInput,
    StepInput,
    validate_plan,
)
from branchops.core.risk.plan_service import write_plan
from branchops.core.risk.risk_input import RiskInput, Scores
from branchops.core.risk.service import add_risk
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork

RISK_DIR = Path(__file__).resolve().parents[3] / "resources" / "risk"
PLAN_ORDER = (
    "fire_evacuation",
    "robbery",
    "power_outage",
    "system_outage",
    "flood",
    "medical",
    "crowd",
    "data_breach",
)


def _texts(node: Any) -> tuple[str, str]:
    if isinstance(node, dict):
        return str(node.get("zh", "")), str(node.get("en", ""))
    return (str(node), "") if node else ("", "")


def parse_plan(raw: dict[str, Any]) -> tuple[str, PlanInput]:
    """``(key, plan)`` from one built-in file's JSON; raises ValidationError if it is bad."""
    data = PlanInput(
        *_texts(raw["name"]),
        frequency_months=int(raw.get("frequency_months", 12)),
        purpose=_texts(raw.get("purpose"))[0],
        purpose_en=_texts(raw.get("purpose"))[1],
        roles=[RoleInput(*_texts(r["name"]), *_texts(r.get("duty"))) for r in raw["roles"]],
        steps=[
            StepInput(
                *_texts(s["text"]),
                *_texts(s.get("role")),
                target_seconds=s.get("target_seconds"),
                key=s["key"],
            )
            for s in raw["steps"]
        ],
        objectives=[ObjectiveInput(*_texts(o["text"]), key=o["key"]) for o in raw["objectives"]],
    )
    validate_plan(data)
    return str(raw["key"]), data


def builtin_plans(folder: Path = RISK_DIR / "plans") -> list[tuple[str, PlanInput]]:
    found = [
        parse_plan(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(folder.glob("*.json"))
    ]
    rank = {key: index for index, key in enumerate(PLAN_ORDER)}
    return sorted(found, key=lambda pair: (rank.get(pair[0], len(rank)), pair[0]))


def add_missing_plans(session: Session, user: CurrentUser, start: date) -> list[int]:
    """Write the built-in plans not installed yet, without committing."""
    installed = set(session.scalars(select(EmergencyPlan.builtin_key)))
    new_ids = []
    for key, data in builtin_plans():
        if key not in installed:
            data.programme_start = start
            new_ids.append(write_plan(session, user, data, builtin_key=key))
    return new_ids


def install_builtin_plans(uow: UnitOfWork, user: CurrentUser) -> list[int]:
    require(user, Permission.APPROVE)
    new_ids = add_missing_plans(uow.session, user, clock.today())
    uow.commit()
    return new_ids


def starter_register(path: Path = RISK_DIR / "register.json") -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["risks"])


def starter_input(raw: dict[str, Any], plan_ids: dict[str, int]) -> RiskInput:
    """One starter risk as the manager would enter it, in the language in use."""
    inherent, residual = raw["inherent"], raw["residual"]
    return RiskInput(
        title=localized(*_texts(raw["title"])),
        category=RiskCategory(raw["category"]),
        cause=localized(*_texts(raw.get("cause"))),
        consequence=localized(*_texts(raw.get("consequence"))),
        treatment=Treatment(raw.get("treatment", "mitigate")),
        controls=localized(*_texts(raw.get("controls"))),
        plan_id=plan_ids.get(raw.get("plan", "")),
        scores=Scores(inherent[0], inherent[1], residual[0], residual[1]),
    )


def add_missing_risks(session: Session, user: CurrentUser) -> list[int]:
    installed = set(session.scalars(select(Risk.builtin_key).where(Risk.builtin_key.is_not(None))))
    plan_ids = {
        key: plan_id
        for plan_id, key in session.execute(select(EmergencyPlan.id, EmergencyPlan.builtin_key))
        if key
    }
    new_ids = []
    for raw in starter_register():
        if raw["key"] not in installed:
            risk = add_risk(session, user, starter_input(raw, plan_ids), builtin_key=raw["key"])
            new_ids.append(risk.id)
    return new_ids


def install_starter_register(uow: UnitOfWork, user: CurrentUser) -> list[int]:
    """Add the starter risks not entered yet (each linked to its built-in plan if installed)."""
    require(user, Permission.WRITE)
    new_ids = add_missing_risks(uow.session, user)
    uow.commit()
    return new_ids
