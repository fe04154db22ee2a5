"""Service quality checks (§2): templates in versions, inspections, answers, photos, amendments.

A template (``QcTemplate``) is the stable thing a user schedules and picks; its content (sections
and items) lives in numbered versions. An inspection points at the version it was done with, so
editing a used template never changes what a past inspection shows.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from branchops.db.base import Base
from branchops.db.types import enum_column
from branchops.db.versioned import Versioned

DEFAULT_PASS_MARK = 80.0  # a new template's pass mark (score 0..100)


class Recurrence(enum.StrEnum):
    NONE = "none"
    DAILY = "daily"  # every working day of the branch calendar
    WEEKLY = "weekly"  # recurrence_day: weekday, Monday = 0
    MONTHLY = "monthly"  # recurrence_day: day of the month, 1–31 (clamped to the month's end)


class AnswerType(enum.StrEnum):
    PASS_FAIL = "pass_fail"
    SCALE = "scale"  # 0..scale_max
    YES_NO = "yes_no"
    CHOICE = "choice"  # named responses, each with a score
    NUMBER = "number"  # passes within number_min..number_max


class Category(enum.StrEnum):
    ENVIRONMENT = "environment"  # 环境卫生
    APPEARANCE = "appearance"  # 仪容仪表
    ETIQUETTE = "etiquette"  # 服务礼仪
    COMPLIANCE = "compliance"  # 业务流程合规
    SECURITY = "security"  # 安全保卫
    FACILITIES = "facilities"  # 设备设施


class InspectionStatus(enum.StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"


class InspectionResult(enum.StrEnum):
    PASSED = "passed"
    FAILED = "failed"


class QcTemplate(Versioned, Base):
    __tablename__ = "qc_template"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    builtin_key: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    recurrence: Mapped[Recurrence] = mapped_column(enum_column(Recurrence), default=Recurrence.NONE)
    recurrence_day: Mapped[int] = mapped_column(Integer, default=0)
    schedule_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class QcTemplateVersion(Base):
    __tablename__ = "qc_template_version"
    __table_args__ = (UniqueConstraint("template_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("qc_template.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    # The name and pass mark as they were, so a past inspection shows exactly as it was done.
    name: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128), default="")
    pass_mark: Mapped[float] = mapped_column(Float, default=DEFAULT_PASS_MARK)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    sections: Mapped[list[QcSection]] = relationship(
        order_by="QcSection.position", cascade="all, delete-orphan"
    )


class QcSection(Base):
    __tablename__ = "qc_section"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("qc_template_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(128))
    title_en: Mapped[str] = mapped_column(String(128), default="")

    items: Mapped[list[QcItem]] = relationship(
        order_by="QcItem.position", cascade="all, delete-orphan"
    )


class QcItem(Base):
    __tablename__ = "qc_item"
    __table_args__ = (UniqueConstraint("version_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("qc_template_version.id"), index=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("qc_section.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order within the whole version
    key: Mapped[str] = mapped_column(String(32))  # stable across versions (analysis by item)
    text: Mapped[str] = mapped_column(String(500))
    text_en: Mapped[str] = mapped_column(String(500), default="")
    guidance: Mapped[str] = mapped_column(Text, default="")
    guidance_en: Mapped[str] = mapped_column(Text, default="")
    answer_type: Mapped[AnswerType] = mapped_column(enum_column(AnswerType))
    scale_max: Mapped[int | None] = mapped_column(Integer, nullable=True)
    choices: Mapped[str] = mapped_column(Text, default="")  # JSON [{key,label,label_en,score}]
    number_min: Mapped[float | None] = mapped_column(Float, nullable=True)
    number_max: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(16), default="")
    yes_is_good: Mapped[bool] = mapped_column(Boolean, default=True)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    category: Mapped[Category] = mapped_column(enum_column(Category))
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    concerns_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    condition_key: Mapped[str | None] = mapped_column(String(32), nullable=True)
    condition_value: Mapped[str | None] = mapped_column(String(64), nullable=True)


class QcInspection(Versioned, Base):
    __tablename__ = "qc_inspection"
    __table_args__ = (Index("ix_qc_inspection_template_performed", "template_id", "performed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("qc_template.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("qc_template_version.id"), index=True)
    status: Mapped[InspectionStatus] = mapped_column(enum_column(InspectionStatus), index=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    performed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    inspector_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    inspector_name: Mapped[str] = mapped_column(String(64), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float, nullable=True, index=True)
    result: Mapped[InspectionResult | None] = mapped_column(
        enum_column(InspectionResult), nullable=True, index=True
    )
    critical_failures: Mapped[int] = mapped_column(Integer, default=0)
    failed_items: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    completed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    amendment_count: Mapped[int] = mapped_column(Integer, default=0)

    answers: Mapped[list[QcAnswer]] = relationship(cascade="all, delete-orphan")
    amendments: Mapped[list[QcAmendment]] = relationship(
        order_by="QcAmendment.at", cascade="all, delete-orphan"
    )


class QcAnswer(Base):
    __tablename__ = "qc_answer"
    __table_args__ = (
        UniqueConstraint("inspection_id", "item_id"),
        Index("ix_qc_answer_item_failed", "item_id", "failed"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("qc_inspection.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("qc_item.id"))
    value: Mapped[str | None] = mapped_column(String(64), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True, index=True)
    # Scoring outcome stored with the answer so analysis is plain SQL over many answers.
    fraction: Mapped[float | None] = mapped_column(Float, nullable=True)
    counted: Mapped[bool] = mapped_column(Boolean, default=False)
    failed: Mapped[bool] = mapped_column(Boolean, default=False)
    critical_failed: Mapped[bool] = mapped_column(Boolean, default=False)

    photos: Mapped[list[QcPhoto]] = relationship(
        order_by="QcPhoto.position", cascade="all, delete-orphan"
    )


class QcPhoto(Base):
    """A photo attached to an answer; the file itself is stored once per content hash."""

    __tablename__ = "qc_photo"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("qc_answer.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    extension: Mapped[str] = mapped_column(String(8))
    size: Mapped[int] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(String(255), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class QcAmendment(Base):
    """A change to a completed inspection: who, when, why and what (JSON list of changes)."""

    __tablename__ = "qc_amendment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("qc_inspection.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[str] = mapped_column(Text)
