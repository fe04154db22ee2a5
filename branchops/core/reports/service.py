"""The export log: the next revision of a month, recording an export, listing past exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.counters import serialise
from branchops.core.errors import ConflictError, UserError
from branchops.core.period import Month
from branchops.core.reports.models import ReportExport
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


@dataclass(frozen=True)
class ExportLogRow:
    id: int
    period: str
    revision: int
    exported_at: datetime
    file_name: str
    sha256: str
    username: str
    language: str
    unmasked: bool
    gaps: int


@dataclass(frozen=True)
class NewExport:
    period: Month
    revision: int
    exported_at: datetime
    file_name: str
    sha256: str
    language: str
    unmasked: bool
    gaps: int


def next_revision(session: Session, period: Month) -> int:
    """1 for a month never exported, else one more than its latest revision."""
    latest = session.scalar(
        select(func.max(ReportExport.revision)).where(ReportExport.period == str(period))
    )
    return (latest or 0) + 1


def check_may_export(user: CurrentUser) -> None:
    require(user, Permission.WRITE)


def check_reportable(month: Month) -> None:
    """A monthly workbook covers a month that has begun: up to the current one."""
    current = Month.of(clock.today())
    if month > current:
        raise UserError(
            translate(
                "Report",
                "{month} has not begun yet: a monthly workbook can be made for a month up to "
                "the current one ({current}).",
            ).format(month=month, current=current)
        )


def record_export(uow: UnitOfWork, user: CurrentUser, export: NewExport) -> ExportLogRow:
    """Log a written workbook. The revision must still be the month's next one."""
    check_may_export(user)
    session = uow.session
    serialise(session, "export_revision")
    if export.revision != next_revision(session, export.period):
        raise _revision_taken(export.period)
    row = ReportExport(
        period=str(export.period),
        revision=export.revision,
        exported_at=export.exported_at,
        file_name=export.file_name,
        sha256=export.sha256,
        username=user.username,
        language=export.language,
        unmasked=export.unmasked,
        gaps=export.gaps,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:
        raise _revision_taken(export.period) from exc
    uow.commit()
    return _row(row)


def export_log(session: Session, period: Month | None = None) -> list[ExportLogRow]:
    """Past exports, newest first (optionally of one month)."""
    query = select(ReportExport).order_by(ReportExport.exported_at.desc(), ReportExport.id.desc())
    if period is not None:
        query = query.where(ReportExport.period == str(period))
    return [_row(r) for r in session.scalars(query)]


def _row(row: ReportExport) -> ExportLogRow:
    return ExportLogRow(
        id=row.id,
        period=row.period,
        revision=row.revision,
        exported_at=row.exported_at,
        file_name=row.file_name,
        sha256=row.sha256,
        username=row.username,
        language=row.language,
        unmasked=row.unmasked,
        gaps=row.gaps,
    )


def _revision_taken(period: Month) -> ConflictError:
    return ConflictError(
        translate(
            "Report",
            "Another export of {month} was logged at the same time; export again to get the "
            "next revision.",
        ).format(month=period)
    )
