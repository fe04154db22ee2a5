"""The rows a drill's tables edit, their columns, and the drill as the dialog holds it.

``DrillState`` is the editor's data kept apart from its widgets: built from a recorded or a
planned drill (or a new one), it gives back the ``DrillInput`` the service saves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from PySide6.QtCore import Qt

from branchops import clock
from branchops.core.risk.drill_input import (
    DrillInput,
    IssueInput,
    ParticipantInput,
    PhotoInput,
    RatingInput,
)
from branchops.core.risk.drill_view import DrillDetail
from branchops.core.risk.labels import RATING_LABELS, format_seconds
from branchops.core.risk.models import Rating
from branchops.core.risk.plan_queries import VersionView
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.risk.rows_model import BAD, CHECK, CHOICE, GOOD, READ_ONLY, SECONDS, Field


@dataclass
class StepRow:
    step_id: int
    number: int
    text: str
    role: str
    target: int | None
    seconds: int | None = None

    @property
    def target_text(self) -> str:
        return format_seconds(self.target)

    @property
    def achieved(self) -> bool | None:
        if self.seconds is None or self.target is None:
            return None
        return self.seconds <= self.target

    @property
    def met(self) -> str:
        if self.seconds is None or self.target is None:
            return ""
        return (
            translate("DrillDialog", "Yes")
            if self.seconds <= self.target
            else (translate("DrillDialog", "No"))
        )


@dataclass
class ParticipantRow:
    staff_id: int
    name: str
    role: str = ""
    present: bool = True
    note: str = ""


@dataclass
class RatingRow:
    objective_id: int
    text: str
    rating: Rating | None = None
    note: str = ""


@dataclass
class IssueRow:
    text: str
    id: int | None = None


STEP_FIELDS = (
    Field(QT_TRANSLATE_NOOP("RiskEdit", "No."), "number", READ_ONLY, 40),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Step"), "text", READ_ONLY, 300),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Role"), "role", READ_ONLY, 120),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Target"), "target_text", READ_ONLY, 70),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Time taken"), "seconds", SECONDS, 90),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Target met"), "met", READ_ONLY, 80),
)
PARTICIPANT_FIELDS = (
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Name"), "name", READ_ONLY, 120),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Role in the drill"), "role", width=160),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Present"), "present", CHECK, 70),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Note (e.g. why absent)"), "note", width=220),
)
ISSUE_FIELDS = (Field(QT_TRANSLATE_NOOP("RiskEdit", "Issue found"), "text", width=520),)


def rating_fields() -> tuple[Field, ...]:
    choices = [(None, translate("DrillDialog", "Not rated"))]
    choices += [(rating, translate("Drill", label)) for rating, label in RATING_LABELS.items()]
    return (
        Field(QT_TRANSLATE_NOOP("RiskEdit", "Objective"), "text", READ_ONLY, 300),
        Field(QT_TRANSLATE_NOOP("RiskEdit", "Rating"), "rating", CHOICE, 230, tuple(choices)),
        Field(QT_TRANSLATE_NOOP("RiskEdit", "Note"), "note", width=220),
    )


def paint_step(row: StepRow, attr: str, role: int):
    foreground = role == Qt.ItemDataRole.ForegroundRole and attr in ("seconds", "met")
    if foreground and row.achieved is not None:
        return GOOD if row.achieved else BAD
    return None


def paint_rating(row: RatingRow, attr: str, role: int):
    if (
        role == Qt.ItemDataRole.ForegroundRole
        and attr == "rating"
        and row.rating
        in (
            Rating.M,
            Rating.U,
        )
    ):
        return BAD
    return None


@dataclass
class DrillState:
    plan_id: int | None
    version: VersionView | None
    held_on: date
    start_time: time | None = None
    announced: bool = True
    duration_seconds: int | None = None
    lead_staff_id: int | None = None
    scenario: str = ""
    steps: list[StepRow] = field(default_factory=list)
    participants: list[ParticipantRow] = field(default_factory=list)
    ratings: list[RatingRow] = field(default_factory=list)
    issues: list[IssueRow] = field(default_factory=list)
    photos: list[PhotoInput] = field(default_factory=list)
    summary: str = ""
    strengths: str = ""
    improvements: str = ""
    risk_ids: list[int] = field(default_factory=list)

    @classmethod
    def new(cls, plan_id: int | None, version: VersionView | None) -> DrillState:
        state = cls(plan_id=plan_id, version=None, held_on=clock.today())
        state.use_version(version)
        return state

    @classmethod
    def of(cls, detail: DrillDetail) -> DrillState:
        state = cls(
            plan_id=detail.plan_id,
            version=None,
            held_on=detail.held_on or detail.planned_on or clock.today(),
            start_time=detail.start_time,
            announced=detail.announced,
            duration_seconds=detail.duration_seconds,
            lead_staff_id=detail.lead_staff_id,
            scenario=detail.scenario,
            participants=[
                ParticipantRow(p.staff_id, p.name, p.role, p.present, p.note)
                for p in detail.participants
            ],
            issues=[IssueRow(i.text, i.id) for i in detail.issues],
            photos=[
                PhotoInput(p.sha256, p.extension, p.original_name, p.size) for p in detail.photos
            ],
            summary=detail.summary,
            strengths=detail.strengths,
            improvements=detail.improvements,
            risk_ids=[r.id for r in detail.risks],
        )
        state.use_version(detail.version)
        for row in state.steps:
            row.seconds = detail.step_seconds.get(row.step_id)
        for row in state.ratings:
            given = detail.ratings.get(row.objective_id)
            if given is not None:
                row.rating, row.note = given.rating, given.note
        return state

    def use_version(self, version: VersionView | None) -> None:
        """Show the steps and objectives of ``version`` (a plan chosen for a new drill)."""
        self.version = version
        steps = version.steps if version else ()
        objectives = version.objectives if version else ()
        self.steps = [
            StepRow(s.id, i + 1, s.text, s.role, s.target_seconds) for i, s in enumerate(steps)
        ]
        self.ratings = [RatingRow(o.id, o.text) for o in objectives]

    @property
    def steps_total(self) -> int:
        return sum(r.seconds for r in self.steps if r.seconds is not None and r.seconds > 0)

    def to_input(self) -> DrillInput:
        return DrillInput(
            plan_id=self.plan_id,
            held_on=self.held_on,
            start_time=self.start_time,
            announced=self.announced,
            duration_seconds=self.duration_seconds,
            lead_staff_id=self.lead_staff_id,
            scenario=self.scenario,
            participants=[
                ParticipantInput(p.staff_id, p.role, p.present, p.note) for p in self.participants
            ],
            step_seconds={r.step_id: r.seconds for r in self.steps},
            ratings=[RatingInput(r.objective_id, r.rating, r.note) for r in self.ratings],
            issues=[IssueInput(i.text, i.id) for i in self.issues],
            photos=list(self.photos),
            summary=self.summary,
            strengths=self.strengths,
            improvements=self.improvements,
            risk_ids=list(self.risk_ids),
        )
