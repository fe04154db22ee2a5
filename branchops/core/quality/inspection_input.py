"""An inspection as the run dialog hands it in, and how its answers are checked and scored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import Problems
from branchops.core.quality.models import QcAnswer
from branchops.core.quality.scoring import BadAnswer, ScoreResult, normalize, score_inspection
from branchops.core.quality.versions import VersionDetail
from branchops.core.staff.models import Staff
from branchops.i18n import translate


@dataclass
class PhotoInput:
    """A photo on an answer: one already stored (``sha256``) or a new file (``source``)."""

    sha256: str = ""
    extension: str = ""
    original_name: str = ""
    size: int = 0
    source: Path | None = None


@dataclass
class AnswerInput:
    value: str | None = None  # pass/fail/yes/no/na, a scale step, a response key or a number
    comment: str = ""
    staff_id: int | None = None  # for items that concern a staff member
    photos: list[PhotoInput] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self.value is None and not self.comment.strip() and not self.photos


@dataclass
class InspectionInput:
    version_id: int
    inspector_name: str
    performed_at: datetime
    inspector_staff_id: int | None = None
    due_date: date | None = None  # the scheduled occurrence this inspection is for
    note: str = ""
    answers: dict[int, AnswerInput] = field(default_factory=dict)  # by item id


def answer_input(row: QcAnswer) -> AnswerInput:
    """A stored answer as input again (to resume a draft or to amend)."""
    return AnswerInput(
        value=row.value,
        comment=row.comment,
        staff_id=row.staff_id,
        photos=[PhotoInput(p.sha256, p.extension, p.original_name, p.size) for p in row.photos],
    )


@dataclass(frozen=True)
class CheckedAnswers:
    values: dict[int, str | None]  # normalized, by item id; hidden items cleared
    score: ScoreResult


def answer_field(item_id: int, part: str = "") -> str:
    return f"answers[{item_id}]{'.' + part if part else ''}"


def check_answers(
    session: Session,
    version: VersionDetail,
    answers: dict[int, AnswerInput],
    problems: Problems,
    *,
    completing: bool,
) -> CheckedAnswers:
    """Normalize every answer against its item, score them, and note every problem."""
    items = version.item_by_id()
    by_key: dict[str, str | None] = {}
    for item_id, answer in answers.items():
        item = items.get(item_id)
        if item is None:
            problems.add(
                answer_field(item_id),
                translate("Quality", "An answer is for an item not in this checklist version."),
            )
            continue
        try:
            by_key[item.key] = normalize(item.spec, answer.value)
        except BadAnswer:
            problems.add(
                answer_field(item_id),
                translate("Quality", "“{item}”: “{value}” is not a possible answer.").format(
                    item=item.display_text, value=answer.value
                ),
            )
    _check_staff(session, items, answers, problems)
    score = score_inspection(version.specs, by_key, version.pass_mark)
    if completing:
        for item in version.items:
            if item.key in score.unanswered_required:
                problems.add(
                    answer_field(item.id),
                    translate("Quality", "“{item}” needs an answer.").format(
                        item=item.display_text
                    ),
                )
    values = {
        item.id: by_key.get(item.key) if score.outcomes[item.key].visible else None
        for item in version.items
    }
    return CheckedAnswers(values, score)


def _check_staff(
    session: Session, items: dict, answers: dict[int, AnswerInput], problems: Problems
) -> None:
    wanted = {a.staff_id for a in answers.values() if a.staff_id is not None}
    if not wanted:
        return
    known = set(session.scalars(select(Staff.id).where(Staff.id.in_(wanted))))
    for item_id, answer in answers.items():
        if answer.staff_id is not None and answer.staff_id not in known and item_id in items:
            problems.add(
                answer_field(item_id, "staff_id"),
                translate("Quality", "The staff member chosen for this item does not exist."),
            )


def check_header(data: InspectionInput, problems: Problems) -> None:
    if not data.inspector_name.strip():
        problems.add("inspector", translate("Quality", "Choose who inspected."))
    if data.performed_at > clock.now().replace(hour=23, minute=59, second=59):
        problems.add(
            "performed_at", translate("Quality", "The inspection date cannot be in the future.")
        )
