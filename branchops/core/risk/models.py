"""Risk register and emergency drills (§7, 风险与应急演练).

- A risk is scored inherent and residual (likelihood × impact, 1–5 each); every review keeps the
  scores it found in ``RiskReview``, so the score history is plain rows.
- An emergency plan (应急预案) is one scenario with a required drill frequency; its content
  (roles, ordered steps with optional target times, objectives) lives in numbered versions, like
  checklist templates: a drill keeps the version it was run against.
- A drill is planned, then recorded as done with participants, step times, a P/S/M/U rating per
  objective, issues, photos and the after-action summary. Follow-up actions are corrective actions
  with source ``drill``.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
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


class RiskCategory(enum.StrEnum):
    OPERATIONAL = "operational"  # 操作
    SECURITY = "security"  # 安全保卫
    FIRE = "fire"  # 消防
    IT = "it"  # 信息系统
    COMPLIANCE = "compliance"  # 合规
    HEALTH = "health"  # 健康
    NATURAL = "natural"  # 自然灾害
    REPUTATION = "reputation"  # 声誉


class Treatment(enum.StrEnum):
    ACCEPT = "accept"
    MITIGATE = "mitigate"
    AVOID = "avoid"
    TRANSFER = "transfer"


class RiskStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class DrillStatus(enum.StrEnum):
    PLANNED = "planned"
    DONE = "done"


class Rating(enum.StrEnum):
    """HSEEP: performed without challenges / with some / with major challenges / unable."""

    P = "p"
    S = "s"
    M = "m"
    U = "u"


class Risk(Versioned, Base):
    __tablename__ = "risk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # R-0001
    builtin_key: Mapped[str | None] = mapped_column(String(32), nullable=True)
    title: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[RiskCategory] = mapped_column(enum_column(RiskCategory), index=True)
    cause: Mapped[str] = mapped_column(Text, default="")
    consequence: Mapped[str] = mapped_column(Text, default="")
    inherent_likelihood: Mapped[int] = mapped_column(Integer)
    inherent_impact: Mapped[int] = mapped_column(Integer)
    inherent_score: Mapped[int] = mapped_column(Integer, index=True)
    treatment: Mapped[Treatment] = mapped_column(enum_column(Treatment))
    controls: Mapped[str] = mapped_column(Text, default="")
    residual_likelihood: Mapped[int] = mapped_column(Integer)
    residual_impact: Mapped[int] = mapped_column(Integer)
    residual_score: Mapped[int] = mapped_column(Integer, index=True)
    residual_note: Mapped[str] = mapped_column(Text, default="")
    owner_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id"), nullable=True, index=True
    )
    status: Mapped[RiskStatus] = mapped_column(enum_column(RiskStatus), index=True)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk_plan.id"), nullable=True, index=True
    )
    identified_on: Mapped[date] = mapped_column(Date)
    last_reviewed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_review: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class RiskReview(Base):
    """One assessment of a risk: the first one when it is entered, then every review."""

    __tablename__ = "risk_review"
    __table_args__ = (Index("ix_risk_review_risk_day", "risk_id", "reviewed_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id"))
    reviewed_on: Mapped[date] = mapped_column(Date, index=True)
    reviewer_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    reviewer_name: Mapped[str] = mapped_column(String(64), default="")
    initial: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    inherent_likelihood: Mapped[int] = mapped_column(Integer)
    inherent_impact: Mapped[int] = mapped_column(Integer)
    inherent_score: Mapped[int] = mapped_column(Integer)
    residual_likelihood: Mapped[int] = mapped_column(Integer)
    residual_impact: Mapped[int] = mapped_column(Integer)
    residual_score: Mapped[int] = mapped_column(Integer)
    next_review: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class EmergencyPlan(Versioned, Base):
    """One scenario's plan and its place in the drill programme."""

    __tablename__ = "risk_plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    builtin_key: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128), default="")
    frequency_months: Mapped[int] = mapped_column(Integer, default=12)
    programme_start: Mapped[date] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PlanVersion(Base):
    __tablename__ = "risk_plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("risk_plan.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    purpose_en: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    roles: Mapped[list[PlanRole]] = relationship(
        order_by="PlanRole.position", cascade="all, delete-orphan"
    )
    steps: Mapped[list[PlanStep]] = relationship(
        order_by="PlanStep.position", cascade="all, delete-orphan"
    )
    objectives: Mapped[list[PlanObjective]] = relationship(
        order_by="PlanObjective.position", cascade="all, delete-orphan"
    )


class PlanRole(Base):
    __tablename__ = "risk_plan_role"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("risk_plan_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(64), default="")
    duty: Mapped[str] = mapped_column(Text, default="")
    duty_en: Mapped[str] = mapped_column(Text, default="")


class PlanStep(Base):
    __tablename__ = "risk_plan_step"
    __table_args__ = (UniqueConstraint("version_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("risk_plan_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(16))  # stable across versions (time comparison)
    text: Mapped[str] = mapped_column(String(300))
    text_en: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(64), default="")
    role_en: Mapped[str] = mapped_column(String(64), default="")
    target_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)


class PlanObjective(Base):
    __tablename__ = "risk_plan_objective"
    __table_args__ = (UniqueConstraint("version_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("risk_plan_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(300))
    text_en: Mapped[str] = mapped_column(String(300), default="")


class Drill(Versioned, Base):
    __tablename__ = "risk_drill"
    __table_args__ = (Index("ix_risk_drill_plan_held", "plan_id", "held_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("risk_plan.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("risk_plan_version.id"), index=True)
    status: Mapped[DrillStatus] = mapped_column(enum_column(DrillStatus), index=True)
    planned_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    start_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    announced: Mapped[bool] = mapped_column(Boolean, default=True)
    duration_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    lead_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    scenario: Mapped[str] = mapped_column(Text, default="")  # what was simulated
    summary: Mapped[str] = mapped_column(Text, default="")  # 演练总结
    strengths: Mapped[str] = mapped_column(Text, default="")
    improvements: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    recorded_by: Mapped[str | None] = mapped_column(String(64), nullable=True)

    participants: Mapped[list[DrillParticipant]] = relationship(cascade="all, delete-orphan")
    step_times: Mapped[list[DrillStepTime]] = relationship(cascade="all, delete-orphan")
    ratings: Mapped[list[DrillRating]] = relationship(cascade="all, delete-orphan")
    issues: Mapped[list[DrillIssue]] = relationship(
        order_by="DrillIssue.position", cascade="all, delete-orphan"
    )
    photos: Mapped[list[DrillPhoto]] = relationship(
        order_by="DrillPhoto.position", cascade="all, delete-orphan"
    )
    risks: Mapped[list[DrillRisk]] = relationship(cascade="all, delete-orphan")


class DrillParticipant(Base):
    __tablename__ = "risk_drill_participant"
    __table_args__ = (UniqueConstraint("drill_id", "staff_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("risk_drill.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    role: Mapped[str] = mapped_column(String(64), default="")
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class DrillStepTime(Base):
    """Seconds one step of the plan took in a drill (its target is on the step)."""

    __tablename__ = "risk_drill_step"
    __table_args__ = (UniqueConstraint("drill_id", "step_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("risk_drill.id"), index=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("risk_plan_step.id"), index=True)
    seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class DrillRating(Base):
    __tablename__ = "risk_drill_rating"
    __table_args__ = (UniqueConstraint("drill_id", "objective_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("risk_drill.id"), index=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("risk_plan_objective.id"), index=True)
    rating: Mapped[Rating] = mapped_column(enum_column(Rating), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class DrillIssue(Base):
    __tablename__ = "risk_drill_issue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("risk_drill.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class DrillPhoto(Base):
    """A photo of a drill; the file is in the inspection photo store (one per content hash)."""

    __tablename__ = "risk_drill_photo"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("risk_drill.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    extension: Mapped[str] = mapped_column(String(8))
    size: Mapped[int] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(String(255), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class DrillRisk(Base):
    __tablename__ = "risk_drill_risk"

    drill_id: Mapped[int] = mapped_column(ForeignKey("risk_drill.id"), primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id"), primary_key=True, index=True)
