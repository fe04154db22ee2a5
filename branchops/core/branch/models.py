"""The branch profile (§0): who the branch is, when it opens, and its KPI targets."""

from __future__ import annotations

from datetime import time

from sqlalchemy import Boolean, Float, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from branchops.db.base import Base
from branchops.db.versioned import Versioned

PROFILE_ID = 1


class BranchProfile(Versioned, Base):
    __tablename__ = "branch_profile"
    __audit_exclude__ = ("hq_key",)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=PROFILE_ID)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    region: Mapped[str] = mapped_column(String(128), default="")
    address: Mapped[str] = mapped_column(String(256), default="")
    manager: Mapped[str] = mapped_column(String(64), default="")
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    holiday_country: Mapped[str] = mapped_column(String(8), default="CN")
    report_language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    report_due_day: Mapped[int] = mapped_column(Integer, default=5)
    mask_pii: Mapped[bool] = mapped_column(Boolean, default=True)
    hq_key: Mapped[str] = mapped_column(String(128), default="")


class OpeningHours(Versioned, Base):
    __tablename__ = "opening_hours"
    touch_when_lines_change = False

    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)  # Monday = 0
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    opens: Mapped[time] = mapped_column(Time, default=time(9, 0))
    closes: Mapped[time] = mapped_column(Time, default=time(17, 0))


class KpiTarget(Versioned, Base):
    __tablename__ = "kpi_target"
    touch_when_lines_change = False

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class Setting(Versioned, Base):
    """A branch-wide setting stored as JSON text; declared with its default in core/settings.py."""

    __tablename__ = "setting"
    touch_when_lines_change = False

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
