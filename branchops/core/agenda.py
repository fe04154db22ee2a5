"""What is due: every area lists its items for a date range; the dashboard shows them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class AgendaItem:
    area: str  # the area key, e.g. "training"
    key: str  # unique within the area, e.g. "certificate:42"; de-duplicates
    due: date  # the day it is due (or became overdue)
    title: str  # one line in the user's language
    overdue: bool = False
    page: str = ""  # page key to open
    filters: dict[str, object] = field(default_factory=dict)  # passed to page.open_filtered
