"""Leave rules (settings): how days are counted, carry-over, sick leave that forfeits annual leave,
and each kind of leave's own rules. Every default follows the statute; each one is a setting.

- Annual leave excludes public holidays and rest days (职工带薪年休假条例 art. 3): by default it is
  counted on the statutory working days (Monday to Friday, holidays off, make-up days worked);
  ``count_on = "roster"`` counts the person's rostered days instead.
- Carry-over (条例 art. 5 allows one year): none, until a day of the next year, or all of it.
- Sick leave of 2 / 3 / 4 months or more, by total service, forfeits the year (条例 art. 4).
- Marriage, maternity, paternity, bereavement and work-injury leave are not annual leave
  (企业职工带薪年休假实施办法 art. 6); each is paid or not and counted in calendar or working days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy.orm import Session

from branchops.core import settings
from branchops.core.errors import Problems
from branchops.core.staff.models import LeaveKind
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate

COUNT_ON = settings.declare("leave.count_on", "statutory").key
CARRY_OVER = settings.declare("leave.carry_over", "none").key
CARRY_OVER_UNTIL = settings.declare("leave.carry_over_until", "03-31").key
SICK_FORFEIT_DAYS = settings.declare("leave.sick_forfeit_days", [60, 90, 120]).key
KIND_RULES = settings.declare("leave.kind_rules", {}).key

COUNT_ON_CHOICES = {
    "statutory": QT_TRANSLATE_NOOP(
        "LeaveRules", "Statutory working days (Monday to Friday, holidays off, make-up days on)"
    ),
    "roster": QT_TRANSLATE_NOOP(
        "LeaveRules", "The person's rostered days (days not rostered yet: statutory days)"
    ),
}
CARRY_OVER_CHOICES = {
    "none": QT_TRANSLATE_NOOP("LeaveRules", "None: unused days lapse on 31 December"),
    "until": QT_TRANSLATE_NOOP("LeaveRules", "Until a day of the next year"),
    "all": QT_TRANSLATE_NOOP("LeaveRules", "All of them, for the whole next year"),
}
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class KindRule:
    """How one kind of leave is treated. ``standard_days`` is the usual length (0: none)."""

    kind: LeaveKind
    paid: bool
    calendar_days: bool  # counted in calendar days; otherwise in working days
    standard_days: int
    source: str  # where the default comes from (translated with context "LeaveRules")


DEFAULT_KIND_RULES = (
    KindRule(LeaveKind.ANNUAL, True, False, 0, QT_TRANSLATE_NOOP(
        "LeaveRules", "职工带薪年休假条例 art. 3: holidays and rest days inside do not count")),
    KindRule(LeaveKind.SICK, True, False, 0, QT_TRANSLATE_NOOP(
        "LeaveRules", "Sick pay by local rules; 2 / 3 / 4 months or more forfeit the year's "
        "annual leave (条例 art. 4)")),
    KindRule(LeaveKind.PERSONAL, False, False, 0, QT_TRANSLATE_NOOP(
        "LeaveRules", "Unpaid personal leave (事假)")),
    KindRule(LeaveKind.TRAINING, True, False, 0, QT_TRANSLATE_NOOP(
        "LeaveRules", "Training arranged by the employer")),
    KindRule(LeaveKind.OTHER, False, False, 0, QT_TRANSLATE_NOOP(
        "LeaveRules", "Other leave, as agreed")),
    KindRule(LeaveKind.MARRIAGE, True, False, 3, QT_TRANSLATE_NOOP(
        "LeaveRules", "1–3 working days (国家劳动总局、财政部 1980 notice on 婚丧假); "
        "provinces add more")),
    KindRule(LeaveKind.MATERNITY, True, True, 98, QT_TRANSLATE_NOOP(
        "LeaveRules", "98 days, 15 more for a difficult birth and for each further baby "
        "(女职工劳动保护特别规定 art. 7); provinces add more")),
    KindRule(LeaveKind.PATERNITY, True, True, 15, QT_TRANSLATE_NOOP(
        "LeaveRules", "Set by the province's population and family planning regulations "
        "(often 15 days)")),
    KindRule(LeaveKind.BEREAVEMENT, True, False, 3, QT_TRANSLATE_NOOP(
        "LeaveRules", "1–3 working days for a parent, spouse or child "
        "(国家劳动总局、财政部 1980 notice on 婚丧假)")),
    KindRule(LeaveKind.WORK_INJURY, True, True, 365, QT_TRANSLATE_NOOP(
        "LeaveRules", "停工留薪期 on full pay, normally up to 12 months (工伤保险条例 art. 33)")),
)  # fmt: skip
_DEFAULTS = {rule.kind: rule for rule in DEFAULT_KIND_RULES}
# Annual leave is always paid and counted in working days (条例 art. 2, 3).
FIXED_KINDS = frozenset({LeaveKind.ANNUAL})


@dataclass
class LeaveRules:
    count_on: str = "statutory"
    carry_over: str = "none"
    carry_over_until: str = "03-31"  # MM-DD of the next year
    sick_forfeit_days: list[int] = field(default_factory=lambda: [60, 90, 120])
    kinds: dict[LeaveKind, KindRule] = field(default_factory=lambda: dict(_DEFAULTS))

    def kind(self, kind: LeaveKind) -> KindRule:
        return self.kinds.get(kind, _DEFAULTS[kind])

    def carry_deadline(self, year: int) -> date | None:
        """The last day of ``year`` on which days carried into it may be taken (None: none)."""
        if self.carry_over == "all":
            return date(year, 12, 31)
        if self.carry_over == "until":
            month, day = _month_day(self.carry_over_until) or (3, 31)
            return date(year, month, day)
        return None

    def sick_threshold(self, entitlement_days: int) -> int:
        """Days of sick leave that forfeit the year, for the 5 / 10 / 15-day tiers."""
        index = 2 if entitlement_days >= 15 else 1 if entitlement_days >= 10 else 0
        return self.sick_forfeit_days[index]


def _month_day(text: str) -> tuple[int, int] | None:
    found = _MONTH_DAY.match(text.strip())
    if not found:
        return None
    month, day = int(found[1]), int(found[2])
    try:
        date(2001, month, day)  # a common year: 29 February is refused
    except ValueError:
        return None
    return month, day


def load_rules(session: Session) -> LeaveRules:
    stored = settings.get(session, KIND_RULES)
    kinds = dict(_DEFAULTS)
    for key, values in stored.items():
        try:
            kind = LeaveKind(key)
        except ValueError:
            continue
        if kind in FIXED_KINDS or not isinstance(values, dict):
            continue
        default = _DEFAULTS[kind]
        kinds[kind] = replace(
            default,
            paid=bool(values.get("paid", default.paid)),
            calendar_days=bool(values.get("calendar_days", default.calendar_days)),
            standard_days=int(values.get("standard_days", default.standard_days)),
        )
    thresholds = settings.get(session, SICK_FORFEIT_DAYS)
    if len(thresholds) != 3 or not all(isinstance(n, int) for n in thresholds):
        thresholds = list(settings.spec(SICK_FORFEIT_DAYS).default)
    return LeaveRules(
        count_on=settings.get(session, COUNT_ON),
        carry_over=settings.get(session, CARRY_OVER),
        carry_over_until=settings.get(session, CARRY_OVER_UNTIL),
        sick_forfeit_days=thresholds,
        kinds=kinds,
    )


def validate_rules(data: LeaveRules) -> None:
    problems = Problems()
    problems.require(
        data.count_on in COUNT_ON_CHOICES,
        "count_on",
        translate("LeaveRules", "Choose how annual leave days are counted."),
    )
    problems.require(
        data.carry_over in CARRY_OVER_CHOICES,
        "carry_over",
        translate("LeaveRules", "Choose one of the carry-over rules."),
    )
    if data.carry_over == "until":
        problems.require(
            _month_day(data.carry_over_until) is not None,
            "carry_over_until",
            translate("LeaveRules", "Write the day as MM-DD, for example 03-31."),
        )
    days = data.sick_forfeit_days
    if len(days) != 3 or not all(1 <= n <= 366 for n in days):
        problems.add(
            "sick_forfeit_days",
            translate("LeaveRules", "Sick-leave days must be from 1 to 366 for each tier."),
        )
    elif not days[0] <= days[1] <= days[2]:
        problems.add(
            "sick_forfeit_days",
            translate(
                "LeaveRules",
                "Longer service cannot have fewer sick-leave days (2, 3 and 4 months by law).",
            ),
        )
    for kind, rule in data.kinds.items():
        problems.require(
            0 <= rule.standard_days <= 730,
            f"standard_days[{kind.value}]",
            translate("LeaveRules", "The usual length must be from 0 to 730 days."),
        )
    problems.raise_if_any()


def save_rules(uow: UnitOfWork, user: CurrentUser, data: LeaveRules) -> None:
    require(user, Permission.MANAGE)
    validate_rules(data)
    session = uow.session
    settings.put(session, COUNT_ON, data.count_on)
    settings.put(session, CARRY_OVER, data.carry_over)
    if _month_day(data.carry_over_until):
        settings.put(session, CARRY_OVER_UNTIL, data.carry_over_until.strip())
    settings.put(session, SICK_FORFEIT_DAYS, [int(n) for n in data.sick_forfeit_days])
    settings.put(
        session,
        KIND_RULES,
        {
            kind.value: {
                "paid": rule.paid,
                "calendar_days": rule.calendar_days,
                "standard_days": int(rule.standard_days),
            }
            for kind, rule in data.kinds.items()
            if kind not in FIXED_KINDS
        },
    )
    uow.commit()
