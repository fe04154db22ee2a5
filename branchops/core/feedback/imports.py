"""Import survey results in bulk (评价器 tallies, paper and phone surveys): one record per answer.

Checks every row (date not in the future, the staff member known, a rating on one scale per
column or a recommendation score 0–10) and lists every problem by row and column; nothing is
saved unless the whole file is right. Rows go in by ``bulk.insert_rows`` (100,000 answers in a
few seconds) with one audit entry for the import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import FieldProblem, ValidationError
from branchops.core.feedback.bulk import insert_rows, record_row
from branchops.core.feedback.labels import label
from branchops.core.feedback.models import (
    Category,
    Channel,
    FeedbackKind,
    FeedbackRecord,
    RatingScale,
)
from branchops.core.feedback.satisfaction import forget_cached
from branchops.core.feedback.scales import is_number, readings
from branchops.core.imports.common import ImportSummary, RowRef, row_problem
from branchops.core.staff.models import Staff
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.audit import append_entries
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

_TIME_RE = re.compile(r"^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$")


@dataclass(frozen=True)
class SurveyImportRow:
    ref: RowRef
    day: date | None
    time: str = ""
    channel: Channel | None = None
    staff: str = ""  # employee no. or name
    category: Category | None = None
    satisfaction: str = ""  # the answer as written
    recommend: int | None = None  # 0–10
    comment: str = ""


class _Staff:
    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Staff.id, Staff.employee_no, Staff.name)).all()
        self.by_number = {no.casefold(): i for i, no, _ in rows}
        self.by_name: dict[str, list[int]] = {}
        for staff_id, _, name in rows:
            self.by_name.setdefault(name, []).append(staff_id)

    def find(self, text: str) -> tuple[int | None, str]:
        """(id, "") when found, else (None, what to do)."""
        if text.casefold() in self.by_number:
            return self.by_number[text.casefold()], ""
        ids = self.by_name.get(text, [])
        if len(ids) == 1:
            return ids[0], ""
        if ids:
            return None, translate(
                "Import", "{count} staff members have this name; give the employee no. instead."
            ).format(count=len(ids))
        return None, translate(
            "Import", "no staff member has this employee no. or name; check the staff list."
        )


def _time(text: str) -> time | None:
    match = _TIME_RE.match(text.strip())
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _scale_name(scale: RatingScale) -> str:
    return label(scale)


def _column_scale(rows: list[SurveyImportRow]) -> tuple[RatingScale, int | None]:
    """The scale of the satisfaction column: that of its first answer that tells (row no.)."""
    for row in rows:
        fits = readings(row.satisfaction) if row.satisfaction else {}
        if len(fits) == 1:
            return next(iter(fits)), row.ref.row
    return RatingScale.THREE, None


def _rating(
    row: SurveyImportRow,
    scale: RatingScale,
    scale_row: int | None,
    problems: list[FieldProblem],
) -> int | None:
    if not row.satisfaction:
        return None
    fits = readings(row.satisfaction)
    if scale in fits:
        return fits[scale]
    if fits:
        other = next(iter(fits))
        problems.append(
            row_problem(
                row.ref,
                "satisfaction",
                row.satisfaction,
                translate(
                    "Import",
                    "this column mixes scales: row {row} answers on the {scale} and this row on "
                    "the {other}. Use one scale in a column (import the other answers in a file "
                    "of their own).",
                ).format(row=scale_row, scale=_scale_name(scale), other=_scale_name(other)),
            )
        )
    elif is_number(row.satisfaction):
        problems.append(
            row_problem(
                row.ref,
                "satisfaction",
                row.satisfaction,
                translate(
                    "Import",
                    "a satisfaction rating is 1 to 5; put a 0–10 answer in the column "
                    "“Recommend (0–10)”.",
                ),
            )
        )
    else:
        problems.append(
            row_problem(
                row.ref,
                "satisfaction",
                row.satisfaction,
                translate(
                    "Import",
                    "write 满意 / 基本满意 / 不满意 (3 levels), 非常满意 / 满意 / 一般 / 不满意 / "
                    "非常不满意 (5 levels) or a number from 1 to 5.",
                ),
            )
        )
    return None


def check_rows(
    session: Session, rows: list[SurveyImportRow]
) -> tuple[list[dict], list[FieldProblem]]:
    """The records the rows make, and every problem found."""
    problems: list[FieldProblem] = []
    staff = _Staff(session)
    scale, scale_row = _column_scale(rows)
    now = clock.now()
    out: list[dict] = []
    for row in rows:
        before = len(problems)
        when = None
        if row.day is None:
            problems.append(
                row_problem(row.ref, "day", None, translate("Import", "fill in the date."))
            )
        else:
            at = _time(row.time) if row.time else time()
            if at is None:
                problems.append(
                    row_problem(
                        row.ref, "time", row.time, translate("Import", "write the time as HH:MM.")
                    )
                )
            else:
                when = datetime.combine(row.day, at)
                if when > now:
                    problems.append(
                        row_problem(
                            row.ref,
                            "day",
                            row.day.isoformat(),
                            translate("Import", "the date is after today."),
                        )
                    )
        staff_id = None
        if row.staff:
            staff_id, why = staff.find(row.staff)
            if why:
                problems.append(row_problem(row.ref, "staff", row.staff, why))
        rating = _rating(row, scale, scale_row, problems)
        if not row.satisfaction and row.recommend is None:
            problems.append(
                row_problem(
                    row.ref,
                    "satisfaction",
                    None,
                    translate("Import", "fill in a satisfaction rating or a recommendation score."),
                )
            )
        if len(problems) > before or when is None:
            continue
        comment = row.comment.strip()
        out.append(
            record_row(
                when,
                channel=(row.channel or Channel.SURVEY).value,
                kind=FeedbackKind.RATING.value,
                category=row.category.value if row.category else None,
                staff_id=staff_id,
                description=comment,
                rating=rating,
                rating_scale=scale.value if rating is not None else None,
                nps=row.recommend,
                has_text=bool(comment),
            )
        )
    return out, problems


def import_survey(
    uow: UnitOfWork, user: CurrentUser, rows: list[SurveyImportRow], *, dry_run: bool = False
) -> ImportSummary:
    require(user, Permission.WRITE)
    session = uow.session
    records, problems = check_rows(session, rows)
    if problems:
        raise ValidationError(problems)
    if dry_run:
        uow.rollback()
        return ImportSummary(len(records), 0, 0, (), True)
    for record in records:
        del record["id"]
    records.sort(key=lambda r: r["received_at"])  # ids follow time, as for records typed in
    insert_rows(session, FeedbackRecord.__table__, records)
    file_name = rows[0].ref.source.file if rows else ""
    append_entries(
        session,
        user.username,
        [("create", "FeedbackImport", file_name, {"records": [None, len(records)]})],
    )
    forget_cached(session)
    uow.commit()
    return ImportSummary(len(records), 0, 0, (), False)
