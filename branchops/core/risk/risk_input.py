"""What a risk and a review hold as the forms give them, and their checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from branchops.core.errors import Problems
from branchops.core.risk.models import EmergencyPlan, RiskCategory, Treatment
from branchops.core.risk.scoring import SCALE, score
from branchops.core.staff.models import Staff
from branchops.i18n import translate

MAX_TITLE = 200


@dataclass
class Scores:
    inherent_likelihood: int | None = None
    inherent_impact: int | None = None
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    residual_note: str = ""  # why the residual score is above the inherent one, when it is

    @property
    def inherent(self) -> int:
        return score(self.inherent_likelihood or 0, self.inherent_impact or 0)

    @property
    def residual(self) -> int:
        return score(self.residual_likelihood or 0, self.residual_impact or 0)


@dataclass
class RiskInput:
    title: str = ""
    category: RiskCategory | None = None
    cause: str = ""
    consequence: str = ""
    treatment: Treatment = Treatment.MITIGATE
    controls: str = ""
    owner_staff_id: int | None = None
    plan_id: int | None = None
    scores: Scores | None = None  # a new risk's first assessment; later ones are reviews
    identified_on: date | None = None
    next_review: date | None = None  # None: the interval of the residual level


@dataclass
class ReviewInput:
    reviewed_on: date | None
    reviewer_staff_id: int | None
    note: str
    scores: Scores
    next_review: date | None = None  # None: the interval of the new residual level


def check_scores(problems: Problems, data: Scores) -> None:
    names = {
        "inherent_likelihood": translate("Risk", "Inherent likelihood"),
        "inherent_impact": translate("Risk", "Inherent impact"),
        "residual_likelihood": translate("Risk", "Residual likelihood"),
        "residual_impact": translate("Risk", "Residual impact"),
    }
    valid = True
    for field, label in names.items():
        value = getattr(data, field)
        if value is None or value not in SCALE:
            valid = False
            problems.add(
                field,
                translate("Risk", "{field} must be a whole number from 1 to 5.").format(
                    field=label
                ),
            )
    if valid and data.residual > data.inherent and not data.residual_note.strip():
        problems.add(
            "residual_note",
            translate(
                "Risk",
                "The residual score ({residual}) is above the inherent score ({inherent}): "
                "say why in the note.",
            ).format(residual=data.residual, inherent=data.inherent),
        )


def check_next_review(problems: Problems, next_review: date | None, today: date) -> None:
    if next_review is not None and next_review < today:
        problems.add(
            "next_review",
            translate("Risk", "The next review date is in the past; choose today or later."),
        )


def check_risk(session: Session, data: RiskInput, today: date, *, new: bool) -> None:
    problems = Problems()
    title = data.title.strip()
    if not title:
        problems.add("title", translate("Risk", "Name the risk."))
    elif len(title) > MAX_TITLE:
        problems.add(
            "title",
            translate("Risk", "The title is longer than {limit} characters.").format(
                limit=MAX_TITLE
            ),
        )
    if data.category is None:
        problems.add("category", translate("Risk", "Choose a category."))
    if data.owner_staff_id is not None and session.get(Staff, data.owner_staff_id) is None:
        problems.add("owner", translate("Risk", "The chosen owner does not exist."))
    if data.plan_id is not None and session.get(EmergencyPlan, data.plan_id) is None:
        problems.add("plan", translate("Risk", "The chosen emergency plan does not exist."))
    if new:
        check_scores(problems, data.scores or Scores())
        if data.identified_on is not None and data.identified_on > today:
            problems.add(
                "identified_on", translate("Risk", "A risk cannot be identified after today.")
            )
        check_next_review(problems, data.next_review, today)
    problems.raise_if_any()


def check_review(
    session: Session, data: ReviewInput, today: date, last_review: date | None
) -> None:
    problems = Problems()
    if data.reviewed_on is None:
        problems.add("reviewed_on", translate("Risk", "Say when the review took place."))
    elif data.reviewed_on > today:
        problems.add("reviewed_on", translate("Risk", "A review cannot be dated after today."))
    elif last_review is not None and data.reviewed_on < last_review:
        problems.add(
            "reviewed_on",
            translate("Risk", "The review cannot be before the previous one ({date}).").format(
                date=last_review.isoformat()
            ),
        )
    if data.reviewer_staff_id is None:
        problems.add("reviewer", translate("Risk", "Choose who reviewed the risk."))
    elif session.get(Staff, data.reviewer_staff_id) is None:
        problems.add("reviewer", translate("Risk", "The chosen reviewer does not exist."))
    if not data.note.strip():
        problems.add("note", translate("Risk", "Say what the review found."))
    check_scores(problems, data.scores)
    check_next_review(problems, data.next_review, today)
    if (
        data.next_review is not None
        and data.reviewed_on is not None
        and data.next_review <= data.reviewed_on
    ):
        problems.add(
            "next_review",
            translate("Risk", "The next review must come after this one."),
        )
    problems.raise_if_any()
