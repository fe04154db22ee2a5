"""Customer feedback (§5, 客户反馈): records of every kind, and the complaint workflow.

A feedback record is one customer voice: a complaint, a praise, a suggestion, an inquiry or a
survey rating (most records are ratings from counter evaluation devices and surveys). A complaint
record has one ``Complaint`` row with its workflow: status, deadline (counted by
``core/feedback/deadlines.py``), pauses, extensions, restarts, the review (核查) and a timeline.
The list of half a million records is served from indexes; ``has_text`` keeps text search to the
records that have any text at all.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from branchops.core.feedback.stamp import Stamp
from branchops.db.base import Base
from branchops.db.types import enum_column
from branchops.db.versioned import Versioned


class Channel(enum.StrEnum):
    COUNTER = "counter"  # 现场
    PHONE = "phone"  # 电话
    BOOK = "book"  # 意见簿
    SURVEY = "survey"  # 问卷
    ONLINE = "online"  # 线上
    REGULATOR = "regulator"  # 监管转办: high priority wherever it shows
    DEVICE = "device"  # 评价器 (counter evaluation device)


class FeedbackKind(enum.StrEnum):
    COMPLAINT = "complaint"  # 投诉
    PRAISE = "praise"  # 表扬
    SUGGESTION = "suggestion"  # 建议
    INQUIRY = "inquiry"  # 咨询
    RATING = "rating"  # 评价: a survey or evaluation-device answer


class Category(enum.StrEnum):
    ATTITUDE = "attitude"  # 服务态度
    WAITING = "waiting"  # 等候时间
    PROCESS = "process"  # 业务流程
    FACILITIES = "facilities"  # 环境设施
    PRODUCT = "product"  # 产品
    FEES = "fees"  # 收费
    SYSTEM = "system"  # 系统故障


class RatingScale(enum.StrEnum):
    """The scale a rating was given on; stored ratings are always 1–5."""

    THREE = "three"  # 满意 / 基本满意 / 不满意
    FIVE = "five"  # 1–5 or 非常满意 … 非常不满意


class Severity(enum.StrEnum):
    GENERAL = "general"  # 一般
    SERIOUS = "serious"  # 较重
    MAJOR = "major"  # 重大


class ComplaintStatus(enum.StrEnum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"


OPEN_STATUSES = (
    ComplaintStatus.RECEIVED,
    ComplaintStatus.ACKNOWLEDGED,
    ComplaintStatus.INVESTIGATING,
    ComplaintStatus.REOPENED,
)
DECIDED_STATUSES = (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)


class RootCause(enum.StrEnum):
    STAFF = "staff"  # 员工服务行为
    PROCESS = "process"  # 业务流程或制度
    SYSTEM = "system"  # 系统或设备故障
    PRODUCT = "product"  # 产品设计
    FEES = "fees"  # 收费政策
    CAPACITY = "capacity"  # 人手或窗口不足
    FACILITIES = "facilities"  # 环境设施
    COMMUNICATION = "communication"  # 沟通解释不到位 / 客户误解
    OTHER = "other"


class Satisfaction(enum.StrEnum):
    SATISFIED = "satisfied"
    UNSATISFIED = "unsatisfied"


class PauseReason(enum.StrEnum):
    CUSTOMER = "customer"  # waiting for the customer (材料、回复)
    APPRAISAL = "appraisal"  # outside appraisal, testing or assessment (鉴定、检测、评估)


class EventKind(enum.StrEnum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"
    EXTENDED = "extended"
    PAUSED = "paused"
    RESUMED = "resumed"
    RESTARTED = "restarted"
    REVIEW_REQUESTED = "review_requested"
    REVIEW_DONE = "review_done"
    NOTE = "note"
    ACTION = "action"  # a corrective action was raised


class FeedbackRecord(Versioned, Base):
    __tablename__ = "feedback_record"
    __table_args__ = (
        # The list reads an index for every order it offers, forwards or backwards: newest first
        # (time, then id) reads the first; a sort by type, channel, category, rating or score
        # breaks ties by time and then id in the same direction (the rowid ends every index), so
        # nothing is ever sorted. The first index also covers the month figures (KPIs, the HQ
        # sheet, charts): they read a range of it and never the table. Text search reads only
        # the records that have text, through a partial index a tenth the size of the others.
        Index(
            "ix_feedback_record_received",
            "received_at",
            "id",
            "kind",
            "channel",
            "category",
            "staff_id",
            "rating",
            "nps",
        ),
        Index("ix_feedback_record_kind_received", "kind", "received_at"),
        Index("ix_feedback_record_channel_received", "channel", "received_at"),
        Index("ix_feedback_record_category_received", "category", "received_at"),
        Index("ix_feedback_record_rating_received", "rating", "received_at"),
        Index("ix_feedback_record_nps_received", "nps", "received_at"),
        Index(
            "ix_feedback_record_with_text",
            "received_at",
            sqlite_where=text("has_text = 1"),
            postgresql_where=text("has_text = true"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_at: Mapped[datetime] = mapped_column(Stamp)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, 16))
    kind: Mapped[FeedbackKind] = mapped_column(enum_column(FeedbackKind, 16))
    category: Mapped[Category | None] = mapped_column(enum_column(Category, 16), nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True, index=True)
    customer_name: Mapped[str] = mapped_column(String(64), default="")
    customer_phone: Mapped[str] = mapped_column(String(20), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)  # 1–5
    rating_scale: Mapped[RatingScale | None] = mapped_column(
        enum_column(RatingScale, 8), nullable=True
    )
    nps: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)  # 0–10
    has_text: Mapped[bool] = mapped_column(Boolean, default=False)


class FeedbackAttachment(Base):
    """A file kept with a record (a letter, a screenshot); stored once per content hash."""

    __tablename__ = "feedback_attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_record.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64))
    extension: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(String(255))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(64), default="")


class Complaint(Versioned, Base):
    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("feedback_record.id"), unique=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # TS-2026-0012
    severity: Mapped[Severity] = mapped_column(enum_column(Severity, 16), default=Severity.GENERAL)
    regulator: Mapped[bool] = mapped_column(Boolean, default=False)  # 监管转办: high priority
    status: Mapped[ComplaintStatus] = mapped_column(
        enum_column(ComplaintStatus, 16), default=ComplaintStatus.RECEIVED, index=True
    )
    handler_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    # The clock: counted from clock_start (receipt, or the last restart) in working days of the
    # branch calendar or in calendar days, base_days plus extension_days, less the pauses.
    clock_start: Mapped[date] = mapped_column(Date)
    working_days: Mapped[bool] = mapped_column(Boolean, default=True)
    base_days: Mapped[int] = mapped_column(Integer)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    extensions: Mapped[int] = mapped_column(Integer, default=0)  # 0, 1 or 2
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    second_extension_reason: Mapped[str] = mapped_column(Text, default="")
    second_extension_approval: Mapped[str] = mapped_column(String(200), default="")
    customer_told_of_extension: Mapped[bool] = mapped_column(Boolean, default=False)
    restarts: Mapped[int] = mapped_column(Integer, default=0)
    paused_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)  # None: paused
    acknowledged_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    resolved_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[RootCause | None] = mapped_column(enum_column(RootCause, 16), nullable=True)
    root_cause_text: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[Satisfaction | None] = mapped_column(
        enum_column(Satisfaction, 16), nullable=True
    )
    review_requested_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_outcome: Mapped[str] = mapped_column(Text, default="")


class ComplaintPause(Base):
    """The clock stops from ``start`` and runs again on ``end`` (None: still stopped)."""

    __tablename__ = "complaint_pause"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[PauseReason] = mapped_column(enum_column(PauseReason, 16))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ComplaintEvent(Base):
    """One line of a complaint's timeline: who did what, when, with a note."""

    __tablename__ = "complaint_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, 24))
    on: Mapped[date] = mapped_column(Date)  # the day it took effect
    at: Mapped[datetime] = mapped_column(DateTime)  # when it was recorded
    username: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[ComplaintStatus] = mapped_column(enum_column(ComplaintStatus, 16))
    note: Mapped[str] = mapped_column(Text, default="")
