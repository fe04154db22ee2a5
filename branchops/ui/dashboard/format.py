"""A KPI value as text for a tile, by its unit."""

from __future__ import annotations

from branchops.i18n import translate

NO_VALUE = "—"


def format_value(unit: str, value: float | None) -> str:
    if value is None:
        return NO_VALUE
    if unit == "percent":
        return f"{value * 100:.1f}%"
    if unit == "count":
        return f"{value:,.0f}"
    if unit == "hours":
        return translate("Dashboard", "{n} h").format(n=f"{value:,.1f}")
    if unit == "money":
        return f"¥{value:,.2f}"
    return f"{value:,.1f}"
