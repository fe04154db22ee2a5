"""The complaint steps the complaint dialog offers: when each is possible, what it asks, and
which service it runs (the controller's table; the dialogs are ``StepDialog``s)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from branchops.core.feedback import workflow as wf
from branchops.core.feedback.complaint_queries import ComplaintDetail
from branchops.core.feedback.models import DECIDED_STATUSES, OPEN_STATUSES, ComplaintStatus
from branchops.core.users.permissions import CurrentUser
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP

S = ComplaintStatus
Run = Callable[[UnitOfWork, CurrentUser, int, dict[str, Any]], None]


@dataclass(frozen=True)
class Step:
    key: str
    button: str  # QT_TRANSLATE_NOOP("ComplaintDialog", …)
    fields: tuple[str, ...]
    run: Run
    possible: Callable[[ComplaintDetail], bool]
    hint: str = ""


def _open(d: ComplaintDetail) -> bool:
    return d.row.status in OPEN_STATUSES


def _extend(uow: UnitOfWork, user: CurrentUser, complaint_id: int, v: dict[str, Any]) -> None:
    data = wf.ExtensionInput(
        v["reason"], v.get("approval", ""), bool(v.get("customer_told")), v["on"]
    )
    wf.extend(uow, user, complaint_id, data)


STEPS = (
    Step(
        "acknowledge",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Acknowledge"),
        ("on", "note"),
        lambda uow, u, i, v: wf.acknowledge(uow, u, i, v["on"], v["note"]),
        lambda d: d.row.status is S.RECEIVED,
    ),
    Step(
        "investigate",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Investigate"),
        ("on", "note"),
        lambda uow, u, i, v: wf.start_investigation(uow, u, i, v["on"], v["note"]),
        lambda d: d.row.status in (S.RECEIVED, S.ACKNOWLEDGED, S.REOPENED),
    ),
    Step(
        "pause",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Pause clock…"),
        ("pause_reason", "on", "note"),
        lambda uow, u, i, v: wf.pause(uow, u, i, v["pause_reason"], v["on"], v["note"]),
        lambda d: _open(d) and not d.row.paused,
        QT_TRANSLATE_NOOP(
            "ComplaintDialog",
            "Days spent waiting for the customer or for an outside appraisal do not count.",
        ),
    ),
    Step(
        "resume",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Resume clock…"),
        ("on", "note"),
        lambda uow, u, i, v: wf.resume(uow, u, i, v["on"], v["note"]),
        lambda d: _open(d) and d.row.paused,
    ),
    Step(
        "extend",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Extend…"),
        ("reason", "on"),
        _extend,
        lambda d: _open(d) and d.row.extensions < 2,
    ),
    Step(
        "resolve",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Resolve…"),
        ("resolution", "resolved_on"),
        lambda uow, u, i, v: wf.resolve(uow, u, i, v["resolution"], v["resolved_on"]),
        _open,
    ),
    Step(
        "close",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Close…"),
        ("root_cause", "root_cause_text", "satisfaction", "note", "on"),
        lambda uow, u, i, v: wf.close(
            uow,
            u,
            i,
            wf.CloseInput(
                v["root_cause"], v["root_cause_text"], v["satisfaction"], v["note"], v["on"]
            ),
        ),
        lambda d: d.row.status is S.RESOLVED,
        QT_TRANSLATE_NOOP(
            "ComplaintDialog", "A customer who is not satisfied reopens the complaint instead."
        ),
    ),
    Step(
        "reopen",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Reopen…"),
        ("reason", "on"),
        lambda uow, u, i, v: wf.reopen(uow, u, i, v["reason"], v["on"]),
        lambda d: d.row.status in DECIDED_STATUSES,
    ),
    Step(
        "restart",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Restart clock…"),
        ("facts", "on"),
        lambda uow, u, i, v: wf.restart(uow, u, i, v["facts"], v["on"]),
        lambda d: True,
        QT_TRANSLATE_NOOP(
            "ComplaintDialog",
            "A repeat complaint with new facts starts a new clock from this day.",
        ),
    ),
    Step(
        "review",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Review requested…"),
        ("on", "note"),
        lambda uow, u, i, v: wf.request_review(uow, u, i, v["on"], v["note"]),
        lambda d: d.row.status in DECIDED_STATUSES and d.review_requested_on is None,
        QT_TRANSLATE_NOOP(
            "ComplaintDialog",
            "The customer disagrees and asks the higher branch for a review (核查); the review "
            "has its own deadline.",
        ),
    ),
    Step(
        "review_done",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Review done…"),
        ("outcome", "on"),
        lambda uow, u, i, v: wf.complete_review(uow, u, i, v["outcome"], v["on"]),
        lambda d: d.row.review_open,
    ),
    Step(
        "note",
        QT_TRANSLATE_NOOP("ComplaintDialog", "Add note…"),
        ("note", "on"),
        lambda uow, u, i, v: wf.add_note(uow, u, i, v["note"], v["on"]),
        lambda d: True,
    ),
)

SECOND_EXTENSION_FIELDS = ("reason", "approval", "customer_told", "on")


def fields_for(step: Step, detail: ComplaintDetail) -> tuple[str, ...]:
    """The second extension also asks for the approval and that the customer was told."""
    if step.key == "extend" and detail.row.extensions == 1:
        return SECOND_EXTENSION_FIELDS
    return step.fields
