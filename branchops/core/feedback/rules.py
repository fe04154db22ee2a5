"""The complaint rules a branch may change, declared once with their defaults.

Defaults (shared/spec/domain-defaults.md, 银行业保险业消费投诉处理管理办法 2020): decide within 15
days of receipt; a complex case extended once to 30 days with a reason; a very complex one by
another 30 days with the approval of the higher branch or HQ, the customer told; a review (核查)
asked for within 30 days has its own 30-day clock. Whether days are working days of the branch
calendar or calendar days is not settled by the text: working days by default. A complaint is
escalated when its deadline is at most 2 counted days away.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from branchops.core import settings
from branchops.core.errors import Problems
from branchops.core.feedback.models import Severity
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

WORKING_DAYS = settings.declare("feedback.working_days", True).key
DECIDE_DAYS = settings.declare("feedback.decide_days", {s.value: 15 for s in Severity}).key
EXTENDED_TOTAL = settings.declare("feedback.extended_total_days", 30).key
SECOND_EXTENSION = settings.declare("feedback.second_extension_days", 30).key
REVIEW_DAYS = settings.declare("feedback.review_days", 30).key
REVIEW_WINDOW = settings.declare("feedback.review_window_days", 30).key
ESCALATE_WITHIN = settings.declare("feedback.escalate_within_days", 2).key

MAX_DAYS = 180


@dataclass(frozen=True)
class ComplaintRules:
    working_days: bool = True
    decide_days: dict[Severity, int] = field(default_factory=lambda: dict.fromkeys(Severity, 15))
    extended_total: int = 30  # the first extension brings the allowed days up to this
    second_extension: int = 30  # the second extension adds this many days
    review_days: int = 30
    review_window: int = 30  # the customer may ask for a review within this many days
    escalate_within: int = 2

    def days_for(self, severity: Severity) -> int:
        return self.decide_days.get(severity, 15)


def _int(session: Session, key: str) -> int:
    value = settings.get(session, key)
    return (
        value
        if isinstance(value, int) and not isinstance(value, bool)
        else settings.spec(key).default
    )


def load_rules(session: Session) -> ComplaintRules:
    stored = settings.get(session, DECIDE_DAYS)
    default = settings.spec(DECIDE_DAYS).default
    days = {}
    for severity in Severity:
        value = stored.get(severity.value, default[severity.value])
        days[severity] = value if isinstance(value, int) and value > 0 else 15
    return ComplaintRules(
        working_days=bool(settings.get(session, WORKING_DAYS)),
        decide_days=days,
        extended_total=_int(session, EXTENDED_TOTAL),
        second_extension=_int(session, SECOND_EXTENSION),
        review_days=_int(session, REVIEW_DAYS),
        review_window=_int(session, REVIEW_WINDOW),
        escalate_within=_int(session, ESCALATE_WITHIN),
    )


def _check(rules: ComplaintRules) -> None:
    problems = Problems()

    def days(field_name: str, value: int, low: int = 1) -> None:
        if not low <= value <= MAX_DAYS:
            problems.add(
                field_name,
                translate("Feedback", "Give a number of days from {low} to {high}.").format(
                    low=low, high=MAX_DAYS
                ),
            )

    for severity, value in rules.decide_days.items():
        days(f"decide_days.{severity.value}", value)
    days("extended_total", rules.extended_total)
    days("second_extension", rules.second_extension)
    days("review_days", rules.review_days)
    days("review_window", rules.review_window)
    days("escalate_within", rules.escalate_within, low=0)
    longest = max(rules.decide_days.values(), default=0)
    if rules.extended_total < longest:
        problems.add(
            "extended_total",
            translate(
                "Feedback",
                "An extension cannot allow fewer days ({days}) than the decision itself ({base}).",
            ).format(days=rules.extended_total, base=longest),
        )
    problems.raise_if_any()


def save_rules(uow: UnitOfWork, user: CurrentUser, rules: ComplaintRules) -> None:
    """Applies to complaints received from now on; open complaints keep their clock."""
    require(user, Permission.MANAGE)
    _check(rules)
    session = uow.session
    settings.put(session, WORKING_DAYS, bool(rules.working_days))
    settings.put(session, DECIDE_DAYS, {s.value: int(d) for s, d in rules.decide_days.items()})
    settings.put(session, EXTENDED_TOTAL, int(rules.extended_total))
    settings.put(session, SECOND_EXTENSION, int(rules.second_extension))
    settings.put(session, REVIEW_DAYS, int(rules.review_days))
    settings.put(session, REVIEW_WINDOW, int(rules.review_window))
    settings.put(session, ESCALATE_WITHIN, int(rules.escalate_within))
    uow.commit()
