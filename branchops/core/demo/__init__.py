"""Demo data: deterministic for a seed, realistic, ending in the current month.

Each area contributes a step in ``core/<area>/demo.py`` that calls ``register``. Steps run in
``order``; a step reads what earlier ones made from ``DemoContext.shared``.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from branchops.core.period import Month
from branchops.core.registry import Registry, per_area


class Scale(enum.StrEnum):
    SMALL = "small"
    LARGE = "large"  # five years of a busy branch (product spec)


LARGE_MONTHS = 60
LARGE_STAFF = 60


@dataclass
class DemoContext:
    session: Session
    seed: int
    scale: Scale
    today: date
    months: list[Month]
    staff_count: int
    shared: dict[str, Any] = field(default_factory=dict)

    def rng(self, step: str) -> random.Random:
        return random.Random(f"{self.seed}:{step}")

    @property
    def first_day(self) -> date:
        return self.months[0].first_day

    @property
    def large(self) -> bool:
        return self.scale is Scale.LARGE


@dataclass(frozen=True)
class DemoStep:
    key: str
    order: int
    run: Callable[[DemoContext], None]


STEPS: Registry[DemoStep] = Registry("demo step", per_area("branchops.core.{key}.demo"))


def register(step: DemoStep) -> DemoStep:
    return STEPS.register(step)


def steps() -> list[DemoStep]:
    return sorted(STEPS.all(), key=lambda s: s.order)


def demo_months(today: date, months: int) -> list[Month]:
    last = Month.of(today)
    return [last.shift(-i) for i in range(months - 1, -1, -1)]
