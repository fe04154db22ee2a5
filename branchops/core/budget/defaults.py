"""The cost categories a new database starts with (editable afterwards), and their policies.

The over-budget policy follows ERPNext's defaults (annual: stop, cumulative monthly: warn), with
one exception: staff costs are wages and social insurance, which a branch cannot refuse to pay,
so they warn rather than stop. Rent, utilities and staff costs appear every month, which the
completeness check before the HQ export relies on. Revision ``0009_budget`` inserts the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from branchops.core.budget.models import Policy


@dataclass(frozen=True)
class DefaultCategory:
    code: str
    name: str
    name_en: str
    policy_annual: Policy = Policy.STOP
    policy_monthly: Policy = Policy.WARN
    expected_monthly: bool = False


DEFAULT_CATEGORIES = (
    DefaultCategory("staff", "人力成本", "Staff costs", Policy.WARN, Policy.IGNORE, True),
    DefaultCategory("rent", "房租物业", "Rent and property", expected_monthly=True),
    DefaultCategory("utilities", "水电", "Utilities", expected_monthly=True),
    DefaultCategory("marketing", "营销", "Marketing"),
    DefaultCategory("maintenance", "维修", "Repairs and maintenance"),
    DefaultCategory("training", "培训", "Training"),
    DefaultCategory("office", "办公用品", "Office supplies"),
    DefaultCategory("security", "安保", "Security"),
    DefaultCategory("other", "其他", "Other"),
)
DEFAULT_THRESHOLD_PCT = 90
