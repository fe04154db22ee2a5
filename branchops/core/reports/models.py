"""The export log of the monthly HQ workbook (§9): one row per file written."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from branchops.db.base import Base


class ReportExport(Base):
    """A monthly workbook written for ``period``; a re-export of a month is the next revision."""

    __tablename__ = "report_export"
    __table_args__ = (UniqueConstraint("period", "revision", name="uq_report_export_period_rev"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    revision: Mapped[int] = mapped_column(Integer)
    exported_at: Mapped[datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    username: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    unmasked: Mapped[bool] = mapped_column(Boolean, default=False)
    gaps: Mapped[int] = mapped_column(Integer, default=0)  # completeness gaps exported anyway
