"""Running an inspection: save a draft, resume it, complete it (then it is locked), amend it.

Every save checks everything first — answers, required items, photos — and writes nothing when
something is wrong. Scores and failures are stored on the inspection and its answers.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import NotFound, Problems, UserError, ValidationError
from branchops.core.quality.inspection_input import (
    AnswerInput,
    CheckedAnswers,
    InspectionInput,
    answer_field,
    answer_input,
    check_answers,
    check_header,
)
from branchops.core.quality.models import (
    InspectionResult,
    InspectionStatus,
    QcAmendment,
    QcAnswer,
    QcInspection,
    QcPhoto,
)
from branchops.core.quality.photos import StoredPhoto, store_photos
from branchops.core.quality.versions import VersionDetail, load_version
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


def save_draft(
    uow: UnitOfWork,
    user: CurrentUser,
    data: InspectionInput,
    photos_dir: Path,
    inspection_id: int | None = None,
) -> int:
    return _save(uow, user, data, photos_dir, inspection_id, completing=False)


def complete_inspection(
    uow: UnitOfWork,
    user: CurrentUser,
    data: InspectionInput,
    photos_dir: Path,
    inspection_id: int | None = None,
) -> int:
    """Complete (and lock) an inspection; every shown required item must be answered."""
    return _save(uow, user, data, photos_dir, inspection_id, completing=True)


def _save(
    uow: UnitOfWork,
    user: CurrentUser,
    data: InspectionInput,
    photos_dir: Path,
    inspection_id: int | None,
    *,
    completing: bool,
) -> int:
    require(user, Permission.WRITE)
    session = uow.session
    inspection = _draft(session, inspection_id) if inspection_id is not None else None
    if inspection is not None and inspection.version_id != data.version_id:
        raise UserError(translate("Quality", "A draft cannot change its checklist version."))
    version = load_version(session, data.version_id)
    problems = Problems()
    check_header(data, problems)
    checked = check_answers(session, version, data.answers, problems, completing=completing)
    problems.raise_if_any()
    stored = _store_new_photos(photos_dir, data.answers)
    now = clock.now().replace(microsecond=0)
    if inspection is None:
        inspection = QcInspection(
            template_id=version.template_id,
            version_id=version.id,
            created_at=now,
            created_by=user.username,
        )
        session.add(inspection)
    inspection.due_date = data.due_date
    inspection.performed_at = data.performed_at.replace(microsecond=0)
    inspection.inspector_staff_id = data.inspector_staff_id
    inspection.inspector_name = data.inspector_name.strip()
    inspection.note = data.note.strip()
    inspection.status = InspectionStatus.COMPLETED if completing else InspectionStatus.DRAFT
    if completing:
        inspection.completed_at, inspection.completed_by = now, user.username
    _apply_answers(inspection, version, checked, data.answers, stored)
    _apply_score(inspection, checked, completed=completing)
    session.flush()
    uow.commit()
    return inspection.id


def _draft(session: Session, inspection_id: int) -> QcInspection:
    inspection = _inspection(session, inspection_id)
    if inspection.status is not InspectionStatus.DRAFT:
        raise UserError(
            translate(
                "Quality",
                "This inspection is completed and locked; amend it with a reason instead.",
            )
        )
    return inspection


def _inspection(session: Session, inspection_id: int) -> QcInspection:
    inspection = session.get(QcInspection, inspection_id)
    if inspection is None:
        raise NotFound(translate("Quality", "This inspection no longer exists."))
    return inspection


def _store_new_photos(
    photos_dir: Path, answers: dict[int, AnswerInput]
) -> dict[tuple[int, int], StoredPhoto]:
    """Copy new photo files; keyed by (item id, position in the answer's photo list)."""
    sources = [
        (item_id, index, photo.source)
        for item_id, answer in answers.items()
        for index, photo in enumerate(answer.photos)
        if photo.source is not None
    ]
    stored = store_photos(photos_dir, [(answer_field(i, "photos"), src) for i, _, src in sources])
    return {(i, index): s for (i, index, _), s in zip(sources, stored, strict=True)}


def _apply_answers(
    inspection: QcInspection,
    version: VersionDetail,
    checked: CheckedAnswers,
    inputs: dict[int, AnswerInput],
    stored: dict[tuple[int, int], StoredPhoto],
) -> None:
    existing = {a.item_id: a for a in inspection.answers}
    for item in version.items:
        given = inputs.get(item.id, AnswerInput())
        value = checked.values[item.id]
        outcome = checked.score.outcomes[item.key]
        keep = value is not None or (outcome.visible and not given.is_empty())
        row = existing.get(item.id)
        if not keep:
            if row is not None:
                inspection.answers.remove(row)
            continue
        if row is None:
            row = QcAnswer(item_id=item.id)
            inspection.answers.append(row)
        row.value = value
        row.comment = given.comment.strip()
        row.staff_id = given.staff_id if item.concerns_staff else None
        row.fraction = outcome.fraction
        row.counted = outcome.counted
        row.failed = outcome.failed
        row.critical_failed = outcome.critical_failed
        _apply_photos(row, item.id, given, stored)


def _apply_photos(
    row: QcAnswer, item_id: int, given: AnswerInput, stored: dict[tuple[int, int], StoredPhoto]
) -> None:
    wanted: list[StoredPhoto] = []
    for index, photo in enumerate(given.photos):
        if (item_id, index) in stored:
            wanted.append(stored[(item_id, index)])
        elif photo.sha256:
            wanted.append(
                StoredPhoto(photo.sha256, photo.extension, photo.size, photo.original_name)
            )
    current = [(p.sha256, p.original_name) for p in row.photos]
    if current == [(p.sha256, p.original_name) for p in wanted]:
        return
    row.photos.clear()
    for position, kept in enumerate(wanted):
        row.photos.append(
            QcPhoto(
                sha256=kept.sha256,
                extension=kept.extension,
                size=kept.size,
                original_name=kept.original_name,
                position=position,
            )
        )


def _apply_score(inspection: QcInspection, checked: CheckedAnswers, *, completed: bool) -> None:
    score = checked.score
    inspection.score = score.score
    inspection.critical_failures = len(score.critical_failures)
    inspection.failed_items = len(score.failed)
    if completed and score.passed is not None:
        inspection.result = InspectionResult.PASSED if score.passed else InspectionResult.FAILED
    else:
        inspection.result = None


def delete_draft(uow: UnitOfWork, user: CurrentUser, inspection_id: int) -> None:
    require(user, Permission.WRITE)
    uow.session.delete(_draft(uow.session, inspection_id))
    uow.commit()


def amend_inspection(
    uow: UnitOfWork,
    user: CurrentUser,
    inspection_id: int,
    changes: dict[int, AnswerInput],
    reason: str,
    photos_dir: Path,
) -> None:
    """Change answers of a completed inspection; who, when, why and what are kept."""
    require(user, Permission.APPROVE)
    session = uow.session
    inspection = _inspection(session, inspection_id)
    if inspection.status is not InspectionStatus.COMPLETED:
        raise UserError(translate("Quality", "Only a completed inspection is amended."))
    version = load_version(session, inspection.version_id)
    before = _current_inputs(inspection)
    after = {**before, **changes}
    problems = Problems()
    if not reason.strip():
        problems.add("reason", translate("Quality", "Give the reason for the amendment."))
    checked = check_answers(session, version, after, problems, completing=True)
    diff = _differences(version, before, after, checked)
    if not diff and not problems.items:
        problems.add("answers", translate("Quality", "Nothing was changed."))
    problems.raise_if_any()
    stored = _store_new_photos(photos_dir, changes)
    _apply_answers(inspection, version, checked, after, stored)
    _apply_score(inspection, checked, completed=True)
    now = clock.now().replace(microsecond=0)
    inspection.amendments.append(
        QcAmendment(
            at=now,
            username=user.username,
            reason=reason.strip(),
            changes=json.dumps(diff, ensure_ascii=False),
        )
    )
    inspection.amendment_count += 1
    uow.commit()


def _current_inputs(inspection: QcInspection) -> dict[int, AnswerInput]:
    return {row.item_id: answer_input(row) for row in inspection.answers}


def _differences(
    version: VersionDetail,
    before: dict[int, AnswerInput],
    after: dict[int, AnswerInput],
    checked: CheckedAnswers,
) -> list[dict[str, object]]:
    diff: list[dict[str, object]] = []
    empty = AnswerInput()
    for item in version.items:
        old, new = before.get(item.id, empty), after.get(item.id, empty)
        pairs = {
            "value": (old.value, checked.values.get(item.id)),
            "comment": (old.comment.strip(), new.comment.strip()),
            "staff_id": (old.staff_id, new.staff_id if item.concerns_staff else None),
            "photos": (
                [p.original_name or p.sha256[:8] for p in old.photos],
                [
                    p.original_name or (p.source.name if p.source else p.sha256[:8])
                    for p in new.photos
                ],
            ),
        }
        for name, (was, now) in pairs.items():
            if was != now:
                diff.append({"item": item.key, "field": name, "old": was, "new": now})
    return diff


def ensure_completed(session: Session, inspection_id: int) -> QcInspection:
    inspection = _inspection(session, inspection_id)
    if inspection.status is not InspectionStatus.COMPLETED:
        raise ValidationError.single(
            "inspection", translate("Quality", "Complete the inspection first.")
        )
    return inspection
