"""Corrective actions (§8, 整改跟踪): one table for every source, with a link back to it.

A source is named by kind + id (+ an optional sub-record such as the failed answer of an
inspection) and a link text that reads well on its own, so the list never needs the source's
tables to show where an action came from.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchops.db.base import Base
from branchops.db.types import enum_column
from branchops.db.versioned import Versioned


class SourceKind(enum.StrEnum):
    INSPECTION = "inspection"
    COMPLAINT = "complaint"
    DRILL = "drill"
    RISK = "risk"
    BUDGET = "budget"
    HQ = "hq"  # a finding notified by headquarters (总部通报)
    OTHER = "other"


class Priority(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    VERIFIED = "verified"


OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
CLOSED_STATUSES = (ActionStatus.DONE, ActionStatus.VERIFIED)


class CorrectiveAction(Versioned, Base):
    __tablename__ = "corrective_action"
    __table_args__ = (Index("ix_corrective_action_source", "source_kind", "source_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    source_kind: Mapped[SourceKind] = mapped_column(enum_column(SourceKind))
    source_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_sub_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    link_text: Mapped[str] = mapped_column(String(300), default="")
    owner_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    priority: Mapped[Priority] = mapped_column(enum_column(Priority), default=Priority.MEDIUM)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus), default=ActionStatus.OPEN, index=True
    )
    evidence: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    verifier_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    verified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    verified_by: Mapped[str] = mapped_column(String(64), default="")
    created_on: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
