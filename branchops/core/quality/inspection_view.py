"""One inspection as plain rows: for the run dialog, the report and amendments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from branchops.core.errors import NotFound
from branchops.core.quality.inspection_input import AnswerInput, InspectionInput, answer_input
from branchops.core.quality.models import (
    InspectionResult,
    InspectionStatus,
    QcAnswer,
    QcInspection,
)
from branchops.core.quality.photos import photo_exists, photo_path
from branchops.core.quality.versions import VersionDetail, load_version
from branchops.core.staff.models import Staff
from branchops.i18n import translate


@dataclass(frozen=True)
class PhotoView:
    sha256: str
    extension: str
    original_name: str
    size: int
    path: Path
    missing: bool  # the file is no longer in the data folder


@dataclass(frozen=True)
class AnswerView:
    id: int
    item_id: int
    value: str | None
    comment: str
    staff_id: int | None
    staff_name: str
    fraction: float | None
    counted: bool
    failed: bool
    critical_failed: bool
    photos: tuple[PhotoView, ...]


@dataclass(frozen=True)
class AmendmentView:
    at: datetime
    username: str
    reason: str
    changes: tuple[dict, ...]


@dataclass(frozen=True)
class InspectionDetail:
    id: int
    template_id: int
    version: VersionDetail
    status: InspectionStatus
    due_date: date | None
    performed_at: datetime
    inspector_name: str
    inspector_staff_id: int | None
    note: str
    score: float | None
    result: InspectionResult | None
    critical_failures: int
    failed_items: int
    created_by: str
    completed_at: datetime | None
    completed_by: str | None
    answers: dict[int, AnswerView]  # by item id
    amendments: tuple[AmendmentView, ...]

    @property
    def locked(self) -> bool:
        return self.status is InspectionStatus.COMPLETED

    @property
    def missing_photos(self) -> list[PhotoView]:
        return [p for a in self.answers.values() for p in a.photos if p.missing]


def load_inspection(session: Session, inspection_id: int, photos_dir: Path) -> InspectionDetail:
    inspection = session.scalar(
        select(QcInspection)
        .where(QcInspection.id == inspection_id)
        .options(
            selectinload(QcInspection.answers).selectinload(QcAnswer.photos),
            selectinload(QcInspection.amendments),
        )
    )
    if inspection is None:
        raise NotFound(translate("Quality", "This inspection no longer exists."))
    staff_ids = {a.staff_id for a in inspection.answers if a.staff_id is not None}
    names = (
        dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids))).all())
        if staff_ids
        else {}
    )
    answers = {
        a.item_id: AnswerView(
            id=a.id,
            item_id=a.item_id,
            value=a.value,
            comment=a.comment,
            staff_id=a.staff_id,
            staff_name=names.get(a.staff_id, "") if a.staff_id else "",
            fraction=a.fraction,
            counted=a.counted,
            failed=a.failed,
            critical_failed=a.critical_failed,
            photos=tuple(
                PhotoView(
                    p.sha256,
                    p.extension,
                    p.original_name,
                    p.size,
                    photo_path(photos_dir, p.sha256, p.extension),
                    not photo_exists(photos_dir, p.sha256, p.extension),
                )
                for p in a.photos
            ),
        )
        for a in inspection.answers
    }
    return InspectionDetail(
        id=inspection.id,
        template_id=inspection.template_id,
        version=load_version(session, inspection.version_id),
        status=inspection.status,
        due_date=inspection.due_date,
        performed_at=inspection.performed_at,
        inspector_name=inspection.inspector_name,
        inspector_staff_id=inspection.inspector_staff_id,
        note=inspection.note,
        score=inspection.score,
        result=inspection.result,
        critical_failures=inspection.critical_failures,
        failed_items=inspection.failed_items,
        created_by=inspection.created_by,
        completed_at=inspection.completed_at,
        completed_by=inspection.completed_by,
        answers=answers,
        amendments=tuple(
            AmendmentView(m.at, m.username, m.reason, tuple(json.loads(m.changes)))
            for m in inspection.amendments
        ),
    )


def to_input(session: Session, inspection_id: int) -> InspectionInput:
    """A stored inspection as input again, to resume a draft."""
    inspection = session.get(QcInspection, inspection_id)
    if inspection is None:
        raise NotFound(translate("Quality", "This inspection no longer exists."))
    answers: dict[int, AnswerInput] = {a.item_id: answer_input(a) for a in inspection.answers}
    return InspectionInput(
        version_id=inspection.version_id,
        inspector_name=inspection.inspector_name,
        performed_at=inspection.performed_at,
        inspector_staff_id=inspection.inspector_staff_id,
        due_date=inspection.due_date,
        note=inspection.note,
        answers=answers,
    )
