"""Training records (§4, 培训管理): courses, sessions with attendance, external certificates.

An attendance keeps what its certificate says at the time it was recorded: passed or not, the
certificate number and the last day it is valid (from the course's validity then), so that a
later change to the course does not rewrite certificates already issued.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from branchops.db.base import Base
from branchops.db.types import enum_column
from branchops.db.versioned import Versioned


class CourseCategory(enum.StrEnum):
    COMPLIANCE = "compliance"  # 合规/反洗钱
    CONSUMER = "consumer"  # 消费者权益保护
    FIRE_SAFETY = "fire_safety"  # 消防安全
    SECURITY = "security"  # 安全保卫
    SERVICE = "service"  # 服务礼仪
    PRODUCT = "product"  # 产品知识
    INFOSEC = "infosec"  # 信息安全
    FIRST_AID = "first_aid"  # 应急救护
    OPERATIONS = "operations"  # 业务操作
    INDUCTION = "induction"  # 岗前培训
    OTHER = "other"


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class TrainingCourse(Versioned, Base):
    __tablename__ = "training_course"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(128))
    title_en: Mapped[str] = mapped_column(String(128), default="")
    category: Mapped[CourseCategory] = mapped_column(enum_column(CourseCategory))
    # None: taken once, never expires
    validity_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    minutes: Mapped[int] = mapped_column(Integer, default=60)
    # None: attending is enough
    pass_mark: Mapped[float | None] = mapped_column(Float, nullable=True)
    issues_certificate: Mapped[bool] = mapped_column(Boolean, default=False)
    grants_skill_id: Mapped[int | None] = mapped_column(ForeignKey("skill.id"), nullable=True)
    required_for_all: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    builtin_key: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")

    positions: Mapped[list[TrainingCoursePosition]] = relationship(
        back_populates="course", cascade="all, delete-orphan", lazy="selectin"
    )


class TrainingCoursePosition(Base):
    """A position whose holders must take the course."""

    __tablename__ = "training_course_position"

    course_id: Mapped[int] = mapped_column(
        ForeignKey("training_course.id", ondelete="CASCADE"), primary_key=True
    )
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id"), primary_key=True)

    course: Mapped[TrainingCourse] = relationship(back_populates="positions")


class TrainingSession(Versioned, Base):
    __tablename__ = "training_session"
    __table_args__ = (Index("ix_training_session_course_day", "course_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("training_course.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    minutes: Mapped[int] = mapped_column(Integer)
    status: Mapped[SessionStatus] = mapped_column(
        enum_column(SessionStatus), default=SessionStatus.HELD, index=True
    )
    trainer_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    trainer_name: Mapped[str] = mapped_column(String(64), default="")  # an outside trainer
    place: Mapped[str] = mapped_column(String(128), default="")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    attendances: Mapped[list[TrainingAttendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class TrainingAttendance(Base):
    __tablename__ = "training_attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "staff_id", name="uq_training_attendance_person"),
        Index("ix_training_attendance_staff_valid", "staff_id", "valid_until"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[AttendanceStatus] = mapped_column(enum_column(AttendanceStatus))
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    certificate_no: Mapped[str] = mapped_column(String(64), default="")
    # the certificate's last valid day; None: does not expire (or no certificate)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)

    session: Mapped[TrainingSession] = relationship(back_populates="attendances")


class ExternalCertificate(Versioned, Base):
    """A certificate from outside (e.g. 红十字救护员证); it may count for a course and grant a
    skill while valid. The scanned copy is stored by content hash in the data folder."""

    __tablename__ = "training_certificate"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    number: Mapped[str] = mapped_column(String(64), default="")
    issuer: Mapped[str] = mapped_column(String(128), default="")
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("training_course.id"), nullable=True)
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skill.id"), nullable=True)
    scan_sha256: Mapped[str] = mapped_column(String(64), default="")
    scan_extension: Mapped[str] = mapped_column(String(8), default="")
    scan_name: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(Text, default="")
