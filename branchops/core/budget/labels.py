"""Words shown for policies, expense states, forecast methods and category names."""

from __future__ import annotations

from branchops.core.budget.models import ExpenseStatus, Policy
from branchops.i18n import QT_TRANSLATE_NOOP, current_language, translate

POLICY_LABELS = {
    Policy.STOP: QT_TRANSLATE_NOOP("Budget", "Stop"),
    Policy.WARN: QT_TRANSLATE_NOOP("Budget", "Warn"),
    Policy.IGNORE: QT_TRANSLATE_NOOP("Budget", "Ignore"),
}

STATUS_LABELS = {
    ExpenseStatus.PLANNED: QT_TRANSLATE_NOOP("Budget", "Planned"),
    ExpenseStatus.CONFIRMED: QT_TRANSLATE_NOOP("Budget", "Confirmed"),
}

# The built-in categories' English names (revision 0009 stores them; the import's drop-down and
# the Chinese translation show them in the chosen language).
DEFAULT_CATEGORY_TITLES = {
    "staff": QT_TRANSLATE_NOOP("Budget", "Staff costs"),
    "rent": QT_TRANSLATE_NOOP("Budget", "Rent and property"),
    "utilities": QT_TRANSLATE_NOOP("Budget", "Utilities"),
    "marketing": QT_TRANSLATE_NOOP("Budget", "Marketing"),
    "maintenance": QT_TRANSLATE_NOOP("Budget", "Repairs and maintenance"),
    "training": QT_TRANSLATE_NOOP("Budget", "Training"),
    "office": QT_TRANSLATE_NOOP("Budget", "Office supplies"),
    "security": QT_TRANSLATE_NOOP("Budget", "Security"),
    "other": QT_TRANSLATE_NOOP("Budget", "Other"),
}

# forecast.Method values → label (kept here as plain keys so that labels need no forecast import)
METHOD_LABELS = {
    "run_rate": QT_TRANSLATE_NOOP("Budget", "Run-rate"),
    "ratio_to_date": QT_TRANSLATE_NOOP("Budget", "Ratio to date"),
    "seasonal": QT_TRANSLATE_NOOP("Budget", "Seasonal index"),
}
METHOD_HELP = {
    "run_rate": QT_TRANSLATE_NOOP("Budget", "year to date ÷ months elapsed × 12"),
    "ratio_to_date": QT_TRANSLATE_NOOP(
        "Budget", "year to date ÷ last year's share of the year spent by the same month"
    ),
    "seasonal": QT_TRANSLATE_NOOP(
        "Budget", "year to date + the remaining months at last year's shares × this year's level"
    ),
}


def policy_label(policy: Policy | str) -> str:
    return translate("Budget", POLICY_LABELS[Policy(policy)])


def status_label(status: ExpenseStatus | str) -> str:
    return translate("Budget", STATUS_LABELS[ExpenseStatus(status)])


def method_label(method: str) -> str:
    return translate("Budget", METHOD_LABELS[str(method)])


def method_help(method: str) -> str:
    return translate("Budget", METHOD_HELP[str(method)])


def category_name(name: str, name_en: str) -> str:
    """The category's name in the current language (its Chinese name when no English one)."""
    return name_en if current_language() == "en" and name_en else name
