"""Words shown for the risk and drill enums, and the choice of a plan's Chinese or English text."""

from __future__ import annotations

from branchops.core.risk.models import DrillStatus, Rating, RiskCategory, RiskStatus, Treatment
from branchops.core.risk.scoring import Level
from branchops.i18n import QT_TRANSLATE_NOOP, current_language, translate

CATEGORY_LABELS = {
    RiskCategory.OPERATIONAL: QT_TRANSLATE_NOOP("Risk", "Operational"),
    RiskCategory.SECURITY: QT_TRANSLATE_NOOP("Risk", "Security"),
    RiskCategory.FIRE: QT_TRANSLATE_NOOP("Risk", "Fire"),
    RiskCategory.IT: QT_TRANSLATE_NOOP("Risk", "Information systems"),
    RiskCategory.COMPLIANCE: QT_TRANSLATE_NOOP("Risk", "Compliance"),
    RiskCategory.HEALTH: QT_TRANSLATE_NOOP("Risk", "Health"),
    RiskCategory.NATURAL: QT_TRANSLATE_NOOP("Risk", "Natural hazards"),
    RiskCategory.REPUTATION: QT_TRANSLATE_NOOP("Risk", "Reputation"),
}

TREATMENT_LABELS = {
    Treatment.ACCEPT: QT_TRANSLATE_NOOP("Risk", "Accept"),
    Treatment.MITIGATE: QT_TRANSLATE_NOOP("Risk", "Mitigate"),
    Treatment.AVOID: QT_TRANSLATE_NOOP("Risk", "Avoid"),
    Treatment.TRANSFER: QT_TRANSLATE_NOOP("Risk", "Transfer"),
}

STATUS_LABELS = {
    RiskStatus.OPEN: QT_TRANSLATE_NOOP("Risk", "Open"),
    RiskStatus.CLOSED: QT_TRANSLATE_NOOP("Risk", "Closed"),
}

LEVEL_LABELS = {
    Level.LOW: QT_TRANSLATE_NOOP("Risk", "Low"),
    Level.MEDIUM: QT_TRANSLATE_NOOP("Risk", "Medium"),
    Level.HIGH: QT_TRANSLATE_NOOP("Risk", "High"),
    Level.VERY_HIGH: QT_TRANSLATE_NOOP("Risk", "Very high"),
}

DRILL_STATUS_LABELS = {
    DrillStatus.PLANNED: QT_TRANSLATE_NOOP("Drill", "Planned"),
    DrillStatus.DONE: QT_TRANSLATE_NOOP("Drill", "Done"),
}

RATING_LABELS = {
    Rating.P: QT_TRANSLATE_NOOP("Drill", "P — performed without challenges"),
    Rating.S: QT_TRANSLATE_NOOP("Drill", "S — performed with some challenges"),
    Rating.M: QT_TRANSLATE_NOOP("Drill", "M — performed with major challenges"),
    Rating.U: QT_TRANSLATE_NOOP("Drill", "U — unable to be performed"),
}
POOR_RATINGS = (Rating.M, Rating.U)


def category_label(category: RiskCategory | str) -> str:
    return translate("Risk", CATEGORY_LABELS[RiskCategory(category)])


def treatment_label(treatment: Treatment | str) -> str:
    return translate("Risk", TREATMENT_LABELS[Treatment(treatment)])


def status_label(status: RiskStatus | str) -> str:
    return translate("Risk", STATUS_LABELS[RiskStatus(status)])


def level_label(level: Level | str) -> str:
    return translate("Risk", LEVEL_LABELS[Level(level)])


def drill_status_label(status: DrillStatus | str) -> str:
    return translate("Drill", DRILL_STATUS_LABELS[DrillStatus(status)])


def rating_label(rating: Rating | str) -> str:
    return translate("Drill", RATING_LABELS[Rating(rating)])


def localized(text: str, text_en: str) -> str:
    """A plan's English text in English when there is one, else its Chinese text."""
    if current_language() == "en" and text_en.strip():
        return text_en
    return text


def format_seconds(seconds: int | None) -> str:
    """``3:05`` for 185 seconds, ``1:02:05`` past an hour; empty when not timed."""
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def parse_seconds(text: str) -> int | None:
    """Seconds from ``185``, ``3:05`` or ``1:02:05``; None when empty; ValueError when garbled
    (a leading minus is kept, so that a negative time can be refused with a clear message)."""
    value = text.strip()
    if not value:
        return None
    sign = -1 if value.startswith("-") else 1
    parts = value.lstrip("-").replace("：", ":").split(":")
    if len(parts) > 3 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(value)
    total = 0
    for part in parts:
        total = total * 60 + int(part)
    return sign * total
