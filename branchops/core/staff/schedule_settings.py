"""Roster rules, solver and timesheet settings: declared once, read as engine types, checked.

Defaults follow the national rules (../shared/spec/domain-defaults.md): a 40 h week (国务院关于
职工工作时间的规定 art. 3), an 8 h standard day, overtime at most 3 h a day and 36 h a month
(劳动法 art. 41). Every one is a setting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops.core import settings
from branchops.core.errors import Problems
from branchops.core.staff.models import Staff
from branchops.core.staff.overtime import OvertimePolicy
from branchops.core.staff.roster_types import ALL_RULES, RuleLimits
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate

MIN_REST_HOURS = settings.declare("roster.min_rest_hours", 11.0).key
MAX_CONSECUTIVE_DAYS = settings.declare("roster.max_consecutive_days", 6).key
LEGAL_WEEKLY_HOURS = settings.declare("roster.legal_weekly_hours", 40.0).key
HARD_RULES = settings.declare("roster.hard_rules", sorted(r.value for r in ALL_RULES)).key
SOLVER_TIME_LIMIT_S = settings.declare("roster.solver_time_limit_s", 30).key
OVERTIME_RULE = settings.declare("timesheet.overtime_rule", "daily").key
DAILY_OVERTIME_HOURS = settings.declare("timesheet.daily_overtime_hours", 8.0).key
DAILY_OVERTIME_MAX_HOURS = settings.declare("roster.daily_overtime_max_hours", 3.0).key
MONTHLY_OVERTIME_MAX_HOURS = settings.declare("roster.monthly_overtime_max_hours", 36.0).key
MONTHLY_LABOUR_BUDGET_HOURS = settings.declare("timesheet.monthly_labour_budget_hours", 0.0).key

# Overtime rules: minutes beyond the weekly contract, beyond a daily limit, or beyond the roster.
OVERTIME_RULES = {
    "weekly_contract": QT_TRANSLATE_NOOP("Timesheet", "Over the contracted weekly hours"),
    "daily": QT_TRANSLATE_NOOP("Timesheet", "Over the daily hours limit"),
    "planned": QT_TRANSLATE_NOOP("Timesheet", "Over the rostered hours of the day"),
}


@dataclass
class ScheduleSettings:
    min_rest_hours: float = 11.0
    max_consecutive_days: int = 6
    legal_weekly_hours: float = 40.0
    hard_rules: list[str] = field(default_factory=lambda: sorted(r.value for r in ALL_RULES))
    solver_time_limit_s: int = 30
    overtime_rule: str = "daily"
    daily_overtime_hours: float = 8.0  # the standard day: hours beyond it are overtime
    monthly_labour_budget_hours: float = 0.0
    daily_overtime_max_hours: float = 3.0
    monthly_overtime_max_hours: float = 36.0

    def overtime_policy(self) -> OvertimePolicy:
        return OvertimePolicy(
            rule=self.overtime_rule,
            standard_day_minutes=round(self.daily_overtime_hours * 60),
            daily_max_minutes=round(self.daily_overtime_max_hours * 60),
            monthly_max_minutes=round(self.monthly_overtime_max_hours * 60),
        )


def load_settings(session: Session) -> ScheduleSettings:
    return ScheduleSettings(
        min_rest_hours=settings.get(session, MIN_REST_HOURS),
        max_consecutive_days=settings.get(session, MAX_CONSECUTIVE_DAYS),
        legal_weekly_hours=settings.get(session, LEGAL_WEEKLY_HOURS),
        hard_rules=list(settings.get(session, HARD_RULES)),
        solver_time_limit_s=settings.get(session, SOLVER_TIME_LIMIT_S),
        overtime_rule=settings.get(session, OVERTIME_RULE),
        daily_overtime_hours=settings.get(session, DAILY_OVERTIME_HOURS),
        monthly_labour_budget_hours=settings.get(session, MONTHLY_LABOUR_BUDGET_HOURS),
        daily_overtime_max_hours=settings.get(session, DAILY_OVERTIME_MAX_HOURS),
        monthly_overtime_max_hours=settings.get(session, MONTHLY_OVERTIME_MAX_HOURS),
    )


def rule_limits(session: Session) -> RuleLimits:
    data = load_settings(session)
    known = {r.value: r for r in ALL_RULES}
    return RuleLimits(
        min_rest_hours=data.min_rest_hours,
        max_consecutive_days=data.max_consecutive_days,
        legal_weekly_hours=data.legal_weekly_hours,
        hard_rules=frozenset(known[v] for v in data.hard_rules if v in known),
        overtime=data.overtime_policy(),
    )


def largest_active_contract_minutes(session: Session) -> int:
    query = select(func.max(Staff.contract_minutes_per_week)).where(Staff.active.is_(True))
    return int(session.scalar(query) or 0)


def validate_settings(session: Session, data: ScheduleSettings) -> None:
    problems = Problems()
    problems.require(
        0 <= data.min_rest_hours <= 24,
        "min_rest_hours",
        translate("Roster", "Minimum rest must be from 0 to 24 hours."),
    )
    problems.require(
        1 <= data.max_consecutive_days <= 31,
        "max_consecutive_days",
        translate("Roster", "Days in a row must be from 1 to 31."),
    )
    largest = largest_active_contract_minutes(session)
    if not 1 <= data.legal_weekly_hours <= 84:
        problems.add(
            "legal_weekly_hours",
            translate("Roster", "The weekly hours limit must be from 1 to 84 hours."),
        )
    elif data.legal_weekly_hours * 60 < largest:
        problems.add(
            "legal_weekly_hours",
            translate(
                "Roster",
                "The weekly hours limit ({limit:g} h) is below a contracted {contract:g} h; "
                "raise the limit or lower that contract first.",
            ).format(limit=data.legal_weekly_hours, contract=largest / 60),
        )
    unknown = set(data.hard_rules) - {r.value for r in ALL_RULES}
    problems.require(
        not unknown, "hard_rules", translate("Roster", "Unknown rule in the hard rules list.")
    )
    problems.require(
        1 <= data.solver_time_limit_s <= 3600,
        "solver_time_limit_s",
        translate("Roster", "The auto-roster time limit must be from 1 to 3600 seconds."),
    )
    problems.require(
        data.overtime_rule in OVERTIME_RULES,
        "overtime_rule",
        translate("Roster", "Choose one of the overtime rules."),
    )
    problems.require(
        0 < data.daily_overtime_hours <= 24,
        "daily_overtime_hours",
        translate("Roster", "Daily hours before overtime must be from 0 to 24."),
    )
    problems.require(
        data.monthly_labour_budget_hours >= 0,
        "monthly_labour_budget_hours",
        translate("Roster", "The monthly labour-hours budget cannot be negative (0: none)."),
    )
    problems.require(
        0 <= data.daily_overtime_max_hours <= 16,
        "daily_overtime_max_hours",
        translate("Roster", "Overtime a day must be from 0 to 16 hours."),
    )
    problems.require(
        0 <= data.monthly_overtime_max_hours <= 744,
        "monthly_overtime_max_hours",
        translate("Roster", "Overtime a month must be from 0 to 744 hours."),
    )
    problems.raise_if_any()


def save_settings(uow: UnitOfWork, user: CurrentUser, data: ScheduleSettings) -> None:
    require(user, Permission.MANAGE)
    session = uow.session
    validate_settings(session, data)
    settings.put(session, MIN_REST_HOURS, float(data.min_rest_hours))
    settings.put(session, MAX_CONSECUTIVE_DAYS, int(data.max_consecutive_days))
    settings.put(session, LEGAL_WEEKLY_HOURS, float(data.legal_weekly_hours))
    settings.put(session, HARD_RULES, sorted(set(data.hard_rules)))
    settings.put(session, SOLVER_TIME_LIMIT_S, int(data.solver_time_limit_s))
    settings.put(session, OVERTIME_RULE, data.overtime_rule)
    settings.put(session, DAILY_OVERTIME_HOURS, float(data.daily_overtime_hours))
    settings.put(session, MONTHLY_LABOUR_BUDGET_HOURS, float(data.monthly_labour_budget_hours))
    settings.put(session, DAILY_OVERTIME_MAX_HOURS, float(data.daily_overtime_max_hours))
    settings.put(session, MONTHLY_OVERTIME_MAX_HOURS, float(data.monthly_overtime_max_hours))
    uow.commit()
