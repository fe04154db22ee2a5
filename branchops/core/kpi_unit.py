"""The units of KPI values, apart from the KPI registry so that readers of KPI values (HQ
consolidation) need neither the registry nor the database layer."""

from __future__ import annotations

import enum


class Unit(enum.StrEnum):
    PERCENT = "percent"  # a fraction 0..1, shown as %
    SCORE = "score"  # 0..100
    COUNT = "count"
    HOURS = "hours"
    MONEY = "money"  # CNY
    NUMBER = "number"
