"""The inspections list: one page of plain rows, sorted and filtered in SQL, and its count.

Filters (``ListQuery.filters``): ``template_id``, ``first`` / ``last`` (dates performed),
``inspector`` (name), ``result`` ("passed"/"failed"), ``status`` ("draft"/"completed"),
``critical`` (True: only inspections with a critical failure).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from branchops.core.listing import (
    LIKE_ESCAPE,
    ListQuery,
    apply_paging,
    contains_pattern,
    count_rows,
)
from branchops.core.quality.labels import localized, result_label, status_label
from branchops.core.quality.models import (
    InspectionResult,
    InspectionStatus,
    QcInspection,
    QcTemplate,
    QcTemplateVersion,
)


@dataclass(frozen=True)
class InspectionRow:
    id: int
    performed_at: datetime
    template_id: int
    template: str
    version: int
    inspector: str
    status: InspectionStatus
    status_label: str
    score: float | None
    result: InspectionResult | None
    result_label: str
    critical_failures: int
    failed_items: int
    due_date: date | None
    amendments: int
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


SORTABLE = {
    "performed_at": QcInspection.performed_at,
    "template": QcTemplate.name,
    "version": QcTemplateVersion.number,
    "inspector": QcInspection.inspector_name,
    "status": QcInspection.status,
    "status_label": QcInspection.status,
    "score": QcInspection.score,
    "result": QcInspection.result,
    "result_label": QcInspection.result,
    "critical_failures": QcInspection.critical_failures,
    "failed_items": QcInspection.failed_items,
    "due_date": QcInspection.due_date,
    "amendments": QcInspection.amendment_count,
}


def _base(query: ListQuery) -> Select:
    stmt = (
        select(
            QcInspection.id,
            QcInspection.performed_at,
            QcInspection.template_id,
            QcTemplate.name,
            QcTemplate.name_en,
            QcTemplateVersion.number,
            QcInspection.inspector_name,
            QcInspection.status,
            QcInspection.score,
            QcInspection.result,
            QcInspection.critical_failures,
            QcInspection.failed_items,
            QcInspection.due_date,
            QcInspection.amendment_count,
            QcInspection.version.label("record_version"),
        )
        .join(QcTemplate, QcTemplate.id == QcInspection.template_id)
        .join(QcTemplateVersion, QcTemplateVersion.id == QcInspection.version_id)
    )
    f = query.filters
    if f.get("template_id"):
        stmt = stmt.where(QcInspection.template_id == f["template_id"])
    if f.get("first"):
        stmt = stmt.where(QcInspection.performed_at >= datetime.combine(f["first"], time()))
    if f.get("last"):
        end = datetime.combine(f["last"] + timedelta(days=1), time())
        stmt = stmt.where(QcInspection.performed_at < end)
    if f.get("inspector"):
        stmt = stmt.where(QcInspection.inspector_name == f["inspector"])
    if f.get("result"):
        stmt = stmt.where(QcInspection.result == InspectionResult(f["result"]))
    if f.get("status"):
        stmt = stmt.where(QcInspection.status == InspectionStatus(f["status"]))
    if f.get("critical"):
        stmt = stmt.where(QcInspection.critical_failures > 0)
    text = query.search.strip()
    if text:
        pattern = contains_pattern(text)
        stmt = stmt.where(
            or_(
                QcTemplate.name.ilike(pattern, escape=LIKE_ESCAPE),
                QcTemplate.name_en.ilike(pattern, escape=LIKE_ESCAPE),
                QcInspection.inspector_name.ilike(pattern, escape=LIKE_ESCAPE),
                QcInspection.note.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


def list_inspections(session: Session, query: ListQuery) -> list[InspectionRow]:
    stmt = apply_paging(_base(query), query, SORTABLE, QcInspection.id)
    if query.sort_key is None:
        stmt = _base(query).order_by(QcInspection.performed_at.desc(), QcInspection.id.desc())
        stmt = stmt.offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    return [
        InspectionRow(
            id=r.id,
            performed_at=r.performed_at,
            template_id=r.template_id,
            template=localized(r.name, r.name_en),
            version=r.number,
            inspector=r.inspector_name,
            status=r.status,
            status_label=status_label(r.status),
            score=r.score,
            result=r.result,
            result_label=result_label(r.result),
            critical_failures=r.critical_failures,
            failed_items=r.failed_items,
            due_date=r.due_date,
            amendments=r.amendment_count,
            record_version=r.record_version,
        )
        for r in session.execute(stmt)
    ]


def count_inspections(session: Session, query: ListQuery) -> int:
    return count_rows(session, _base(query))


def inspector_names(session: Session) -> list[str]:
    """Everyone who has inspected, for the inspector filter."""
    stmt = select(QcInspection.inspector_name).distinct().order_by(QcInspection.inspector_name)
    return list(session.scalars(stmt))
