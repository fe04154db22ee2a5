"""Demo step: corrective actions raised from failed inspection items, with a mix of statuses.

Old actions are mostly verified (a few done late, a few still open and overdue); recent ones are
open, in progress or done and waiting for verification.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert

from branchops.core.actions.models import ActionStatus, CorrectiveAction, Priority, SourceKind
from branchops.core.demo import DemoContext, DemoStep, register
from branchops.core.quality.findings import DAYS_TO_FIX, DAYS_TO_FIX_CRITICAL, link_text


@dataclass
class Failure:
    """A failed item of a completed demo inspection, as the quality step hands it on."""

    answer_id: int
    inspection_id: int
    performed: date
    template: str
    item_text: str
    critical: bool
    staff_id: int | None
    comment: str


EVIDENCE = (
    "已当场整改，附整改后照片",
    "已组织相关员工学习制度并签字确认",
    "已报修，维修单位已完成更换",
    "已补齐登记记录，主管复核无误",
    "已在晨会通报并纳入月度考核",
    "已更新公示内容，拍照存档",
)


def _status(rng: random.Random, age: int, days_allowed: int) -> ActionStatus:
    if age <= days_allowed // 2:
        return rng.choice((ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
    if age <= days_allowed + 10:
        return rng.choice(
            (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.VERIFIED)
        )
    roll = rng.random()
    if roll < 0.04:
        return rng.choice((ActionStatus.OPEN, ActionStatus.IN_PROGRESS))  # long overdue
    return ActionStatus.DONE if roll < 0.12 else ActionStatus.VERIFIED


def action_row(
    rng: random.Random, failure: Failure, today: date, staff_ids: list[int]
) -> dict[str, object]:
    created = failure.performed + timedelta(days=rng.choice((0, 0, 1)))
    allowed = DAYS_TO_FIX_CRITICAL if failure.critical else DAYS_TO_FIX
    due = created + timedelta(days=allowed)
    owner = failure.staff_id or rng.choice(staff_ids)
    status = _status(rng, (today - created).days, allowed)
    row: dict[str, object] = {
        "title": failure.item_text[:200],
        "description": failure.comment,
        "source_kind": SourceKind.INSPECTION,
        "source_id": failure.inspection_id,
        "source_sub_id": failure.answer_id,
        "link_text": link_text(failure.template, failure.performed, failure.item_text)[:300],
        "owner_staff_id": owner,
        "due_date": due,
        "priority": Priority.URGENT
        if failure.critical
        else rng.choice((Priority.LOW, Priority.MEDIUM, Priority.MEDIUM, Priority.HIGH)),
        "status": status,
        "evidence": "",
        "started_on": None,
        "done_on": None,
        "verifier_staff_id": None,
        "verified_on": None,
        "verified_by": "",
        "created_on": created,
        "created_at": datetime.combine(created, time(17, 30)),
        "created_by": "demo",
    }
    started: date | None = None
    if status is not ActionStatus.OPEN:
        row["started_on"] = started = min(created + timedelta(days=rng.randint(0, 2)), today)
    done = created
    if status in (ActionStatus.DONE, ActionStatus.VERIFIED):
        late = rng.random() < 0.15
        span = rng.randint(allowed + 1, allowed + 20) if late else rng.randint(0, allowed)
        done = min(created + timedelta(days=span), today)
        row["started_on"] = min(started or done, done)
        row["done_on"] = done
        row["evidence"] = rng.choice(EVIDENCE)
    if status is ActionStatus.VERIFIED:
        verifiers = [s for s in staff_ids[:4] if s != owner] or [s for s in staff_ids if s != owner]
        row["verifier_staff_id"] = rng.choice(verifiers)
        row["verified_on"] = min(done + timedelta(days=rng.randint(0, 5)), today)
        row["verified_by"] = "demo"
    return row


def _actions(ctx: DemoContext) -> None:
    rng = ctx.rng("quality_actions")
    failures: list[Failure] = ctx.shared.get("quality_failures", [])
    share = 0.25 if ctx.large else 0.45
    chosen = [f for f in failures if f.critical or rng.random() < share]
    rows = [action_row(rng, f, ctx.today, ctx.shared["staff_ids"]) for f in chosen]
    if rows:
        ctx.session.execute(insert(CorrectiveAction), rows)


register(DemoStep("quality_actions", 32, _actions))
