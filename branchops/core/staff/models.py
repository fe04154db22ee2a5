"""Staff directory (§3): people, positions and skills. People are deactivated, never deleted."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from sqlalchemy import Boolean, ColumnElement, Date, ForeignKey, Integer, String, and_, or_
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
        if self.hire_date is not None and day < self.hire_date:
            return False
        last = self.last_day_employed
        return last is None or day <= last


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


def employed_between(first: date, last: date) -> ColumnElement[bool]:
    """SQL: the person is employed on at least one day from ``first`` to ``last`` (the same
    rule as ``Staff.employed_on``)."""
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
