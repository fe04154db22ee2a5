"""Staff (§3): the directory (people, positions, skills; people are deactivated, never deleted)
and scheduling (shift types, needs, leave, availability, the roster, timesheets)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    and_,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from branchops.db.base import Base
from branchops.db.types import enum_column
from branchops.db.versioned import Versioned


class Employment(enum.StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"


class Position(Versioned, Base):
    __tablename__ = "position"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Skill(Versioned, Base):
    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))


class Staff(Versioned, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id"), nullable=True)
    employment: Mapped[Employment] = mapped_column(
        enum_column(Employment), default=Employment.FULL_TIME
    )
    contract_minutes_per_week: Mapped[int] = mapped_column(Integer, default=40 * 60)
    hire_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # 参加工作日期: the start of total service for annual leave (None: the hire date)
    first_work_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    leave_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    # the day the record was made inactive; without a leaving date the person cannot work from it
    deactivated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(32), default="")

    position: Mapped[Position | None] = relationship(lazy="joined")
    skills: Mapped[list[StaffSkill]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def last_day_employed(self) -> date | None:
        """The last day the person can work: the leaving date, else (inactive) the day before
        the deactivation; None while employed with no end. An inactive record with neither date
        is not employed at all (``date.min``)."""
        return last_day_employed(self.active, self.leave_date, self.deactivated_on)

    def employed_on(self, day: date) -> bool:
        return _within(day, self.hire_date, self.last_day_employed)

    def employed_days(self, days: Iterable[date]) -> set[date]:
        """The days of ``days`` on which ``employed_on`` holds, the dates read once (a loop
        over a month's days asks this rather than ``employed_on`` per day)."""
        first, last = self.hire_date, self.last_day_employed
        return {day for day in days if _within(day, first, last)}


def _within(day: date, first: date | None, last: date | None) -> bool:
    return (first is None or day >= first) and (last is None or day <= last)


def last_day_employed(
    active: bool, leave_date: date | None, deactivated_on: date | None
) -> date | None:
    """One definition for every area: the leaving date wins; an inactive person without one
    works up to the day before ``deactivated_on``."""
    if leave_date is not None:
        return leave_date
    if active:
        return None
    if deactivated_on is None:
        return date.min
    return deactivated_on - timedelta(days=1)


def employed_between(
    first: date | ColumnElement[date], last: date | ColumnElement[date]
) -> ColumnElement[bool]:
    """SQL: the person is employed on at least one day from ``first`` to ``last`` (dates, or
    columns of a table of days; the same rule as ``Staff.employed_on``)."""
    return and_(
        or_(Staff.hire_date.is_(None), Staff.hire_date <= last),
        or_(
            Staff.leave_date >= first,
            and_(
                Staff.leave_date.is_(None),
                or_(Staff.active.is_(True), Staff.deactivated_on > first),
            ),
        ),
    )


class StaffSkill(Base):
    """A skill a person holds; ``valid_until`` lets a skill granted by a certificate lapse."""

    __tablename__ = "staff_skill"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), primary_key=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)

    staff: Mapped[Staff] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship(lazy="joined")

    def valid_on(self, day: date) -> bool:
        return self.valid_until is None or day <= self.valid_until


# -- scheduling (§3): shift types, staffing needs, leave, availability, the roster, timesheets.
# A roster day is a draft until a publication covers it; changes to published days are recorded in
# RosterChange with who, when and why, and rule overrides in RuleOverride.


class LeaveKind(enum.StrEnum):
    ANNUAL = "annual"
    SICK = "sick"
    PERSONAL = "personal"
    TRAINING = "training"
    OTHER = "other"
    MARRIAGE = "marriage"  # 婚假
    MATERNITY = "maternity"  # 产假
    PATERNITY = "paternity"  # 陪产假 (护理假)
    BEREAVEMENT = "bereavement"  # 丧假
    WORK_INJURY = "work_injury"  # 工伤 (停工留薪期)


class LeaveStatus(enum.StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class ShiftType(Versioned, Base):
    __tablename__ = "shift_type"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    overnight: Mapped[bool] = mapped_column(Boolean, default=False)
    break_minutes: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(9), default="#9ecae1")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SpecialDay(Versioned, Base):
    """A date range whose staffing needs replace the weekly ones (or, with none, a closed day)."""

    __tablename__ = "special_day"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    first_day: Mapped[date] = mapped_column(Date, index=True)
    last_day: Mapped[date] = mapped_column(Date)


class StaffingNeed(Versioned, Base):
    """Headcount of one shift on one weekday, or on every day of a special day when
    ``special_day_id`` is set (then ``weekday`` is None)."""

    __tablename__ = "staffing_need"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    weekday: Mapped[int | None] = mapped_column(Integer, nullable=True)  # Monday = 0
    special_day_id: Mapped[int | None] = mapped_column(
        ForeignKey("special_day.id", ondelete="CASCADE"), nullable=True, index=True
    )
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id"))
    min_headcount: Mapped[int] = mapped_column(Integer, default=1)
    max_headcount: Mapped[int | None] = mapped_column(Integer, nullable=True)

    skills: Mapped[list[NeedSkill]] = relationship(
        back_populates="need", cascade="all, delete-orphan", lazy="selectin"
    )


class NeedSkill(Base):
    __tablename__ = "need_skill"

    need_id: Mapped[int] = mapped_column(
        ForeignKey("staffing_need.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=1)

    need: Mapped[StaffingNeed] = relationship(back_populates="skills")


class LeaveRequest(Versioned, Base):
    __tablename__ = "leave_request"
    __table_args__ = (Index("ix_leave_request_staff_days", "staff_id", "first_day", "last_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[LeaveKind] = mapped_column(enum_column(LeaveKind))
    first_day: Mapped[date] = mapped_column(Date, index=True)
    last_day: Mapped[date] = mapped_column(Date)
    half_day: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[LeaveStatus] = mapped_column(
        enum_column(LeaveStatus), default=LeaveStatus.REQUESTED
    )
    days: Mapped[float] = mapped_column(Float, default=0.0)  # working days taken
    note: Mapped[str] = mapped_column(String(256), default="")
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class LeaveEntitlement(Versioned, Base):
    """Annual leave days a person is entitled to in a calendar year (overrides the statute)."""

    __tablename__ = "leave_entitlement"
    touch_when_lines_change = False

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    days: Mapped[float] = mapped_column(Float)


class LeaveDay(Base):
    """A day a leave request counts, with its weight (1, or 0.5 for half a day): a leave across
    31 December is booked to each year by its own days."""

    __tablename__ = "leave_day"

    leave_request_id: Mapped[int] = mapped_column(
        ForeignKey("leave_request.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True, index=True)
    days: Mapped[float] = mapped_column(Float, default=1.0)


class Unavailability(Base):
    """Days a person cannot work: every day from first to last, or only one weekday of them.
    An open end (``last_day`` None) is allowed for a weekday only."""

    __tablename__ = "unavailability"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    weekday: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(String(256), default="")


class ShiftPreference(Base):
    """Prefers or avoids a weekday, a shift type, or a shift type on a weekday."""

    __tablename__ = "shift_preference"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    weekday: Mapped[int | None] = mapped_column(Integer, nullable=True)
    shift_type_id: Mapped[int | None] = mapped_column(ForeignKey("shift_type.id"), nullable=True)
    prefers: Mapped[bool] = mapped_column(Boolean, default=True)


class RosterAssignment(Versioned, Base):
    """One cell of the roster grid: a person works a shift on a day (no row: off)."""

    __tablename__ = "roster_assignment"
    __table_args__ = (UniqueConstraint("staff_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id"))


class RosterPublication(Base):
    """Days from first to last are published: changing them needs a reason."""

    __tablename__ = "roster_publication"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_day: Mapped[date] = mapped_column(Date, index=True)
    last_day: Mapped[date] = mapped_column(Date)
    published_at: Mapped[datetime] = mapped_column(DateTime)
    published_by: Mapped[str] = mapped_column(String(64))


class RosterChange(Base):
    """A change to a published day: the cell before and after, who, when and why."""

    __tablename__ = "roster_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    old_shift: Mapped[str] = mapped_column(String(8), default="")
    new_shift: Mapped[str] = mapped_column(String(8), default="")
    reason: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(DateTime)


class RuleOverride(Base):
    """A rule warning the manager accepted on purpose, with the reason."""

    __tablename__ = "rule_override"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule: Mapped[str] = mapped_column(String(32))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    shift_code: Mapped[str] = mapped_column(String(8), default="")
    message: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    overridden_by: Mapped[str] = mapped_column(String(64))
    overridden_at: Mapped[datetime] = mapped_column(DateTime)


class TimesheetEntry(Base):
    """Actual minutes worked on a day when they differ from the roster (or with no roster)."""

    __tablename__ = "timesheet_entry"
    __table_args__ = (UniqueConstraint("staff_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    actual_minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(256), default="")
