"""Figures behind the quality charts, as plain data: trends, categories, Pareto, staff findings.

Only completed inspections count. Category scores are weighted like inspection scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from branchops.core.period import Month
from branchops.core.quality.labels import localized
from branchops.core.quality.models import (
    Category,
    InspectionStatus,
    QcAnswer,
    QcInspection,
    QcItem,
    QcTemplate,
)
from branchops.core.staff.models import Staff


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @classmethod
    def months(cls, first: Month, last: Month) -> Period:
        return cls(first.first_day, last.last_day)

    def where(self) -> tuple:
        return (
            QcInspection.status == InspectionStatus.COMPLETED,
            QcInspection.performed_at >= datetime.combine(self.first, time()),
            QcInspection.performed_at < datetime.combine(self.last + timedelta(days=1), time()),
        )


@dataclass(frozen=True)
class FailedItem:
    template: str
    key: str
    text: str
    failures: int


def score_trend(
    session: Session, first: Month, last: Month, template_id: int | None = None
) -> dict[str, list[tuple[Month, float]]]:
    """Average score per template per month: ``{template name: [(month, score), …]}``."""
    year = extract("year", QcInspection.performed_at)
    month = extract("month", QcInspection.performed_at)
    stmt = (
        select(QcTemplate.name, QcTemplate.name_en, year, month, func.avg(QcInspection.score))
        .join(QcTemplate, QcTemplate.id == QcInspection.template_id)
        .where(*Period.months(first, last).where(), QcInspection.score.is_not(None))
        .group_by(QcTemplate.id, QcTemplate.name, QcTemplate.name_en, year, month)
        .order_by(QcTemplate.id, year, month)
    )
    if template_id is not None:
        stmt = stmt.where(QcInspection.template_id == template_id)
    series: dict[str, list[tuple[Month, float]]] = {}
    for name, name_en, y, m, avg in session.execute(stmt):
        series.setdefault(localized(name, name_en), []).append(
            (Month(int(y), int(m)), round(float(avg), 2))
        )
    return series


def _category_score():
    return func.sum(QcItem.weight * QcAnswer.fraction) / func.sum(QcItem.weight) * 100


def category_scores(
    session: Session, period: Period, template_id: int | None = None
) -> dict[Category, float]:
    """Weighted average score per item category."""
    stmt = (
        select(QcItem.category, _category_score())
        .select_from(QcAnswer)
        .join(QcInspection, QcInspection.id == QcAnswer.inspection_id)
        .join(QcItem, QcItem.id == QcAnswer.item_id)
        .where(*period.where(), QcAnswer.counted.is_(True))
        .group_by(QcItem.category)
    )
    if template_id is not None:
        stmt = stmt.where(QcInspection.template_id == template_id)
    found = {Category(c): round(float(v), 2) for c, v in session.execute(stmt) if v is not None}
    return {c: found[c] for c in Category if c in found}


def category_trend(
    session: Session, first: Month, last: Month
) -> dict[Category, list[tuple[Month, float]]]:
    """Weighted score per category per month."""
    year = extract("year", QcInspection.performed_at)
    month = extract("month", QcInspection.performed_at)
    stmt = (
        select(QcItem.category, year, month, _category_score())
        .select_from(QcAnswer)
        .join(QcInspection, QcInspection.id == QcAnswer.inspection_id)
        .join(QcItem, QcItem.id == QcAnswer.item_id)
        .where(*Period.months(first, last).where(), QcAnswer.counted.is_(True))
        .group_by(QcItem.category, year, month)
        .order_by(year, month)
    )
    series: dict[Category, list[tuple[Month, float]]] = {}
    for category, y, m, value in session.execute(stmt):
        if value is not None:
            series.setdefault(Category(category), []).append(
                (Month(int(y), int(m)), round(float(value), 2))
            )
    return {c: series[c] for c in Category if c in series}


def most_failed_items(
    session: Session, period: Period, template_id: int | None = None, limit: int = 10
) -> list[FailedItem]:
    """Items failed most often (by template and item key, across versions), most first."""
    failures = func.count(QcAnswer.id)
    stmt = (
        select(QcInspection.template_id, QcItem.key, failures, func.max(QcItem.id))
        .select_from(QcAnswer)
        .join(QcInspection, QcInspection.id == QcAnswer.inspection_id)
        .join(QcItem, QcItem.id == QcAnswer.item_id)
        .where(*period.where(), QcAnswer.failed.is_(True))
        .group_by(QcInspection.template_id, QcItem.key)
        .order_by(failures.desc(), QcItem.key)
        .limit(limit)
    )
    if template_id is not None:
        stmt = stmt.where(QcInspection.template_id == template_id)
    rows = session.execute(stmt).all()
    item_ids = [r[3] for r in rows]
    template_ids = {r[0] for r in rows}
    texts = {
        i: localized(t, e)
        for i, t, e in session.execute(
            select(QcItem.id, QcItem.text, QcItem.text_en).where(QcItem.id.in_(item_ids))
        )
    }
    names = {
        i: localized(n, e)
        for i, n, e in session.execute(
            select(QcTemplate.id, QcTemplate.name, QcTemplate.name_en).where(
                QcTemplate.id.in_(template_ids)
            )
        )
    }
    return [FailedItem(names[t], key, texts[item_id], n) for t, key, n, item_id in rows]


def findings_per_staff(session: Session, period: Period, limit: int = 20) -> list[tuple[str, int]]:
    """Failed items that concern a staff member, counted per person, most first."""
    findings = func.count(QcAnswer.id)
    stmt = (
        select(Staff.name, findings)
        .select_from(QcAnswer)
        .join(QcInspection, QcInspection.id == QcAnswer.inspection_id)
        .join(Staff, Staff.id == QcAnswer.staff_id)
        .where(*period.where(), QcAnswer.failed.is_(True))
        .group_by(Staff.id, Staff.name)
        .order_by(findings.desc(), Staff.name)
        .limit(limit)
    )
    return [(name, int(n)) for name, n in session.execute(stmt)]
