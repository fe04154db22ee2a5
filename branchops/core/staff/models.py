"""Staff directory (§3): people, positions and skills. People are deactivated, never deleted."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
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
    phone: Mapped[str] = mapped_column(String(32), default="")

    position: Mapped[Position | None] = relationship(lazy="joined")
    skills: Mapped[list[StaffSkill]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", lazy="selectin"
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
