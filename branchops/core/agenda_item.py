"""One thing due, as an area's ``agenda.py`` lists it for the dashboard (see ``core/agenda.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class AgendaItem:
    area: str  # the area key, e.g. "training"
    key: str  # unique within the area, e.g. "certificate:42"; de-duplicates
    due: date  # the day it is due (or became overdue)
    title: str  # one line in the user's language
    overdue: bool = False
    page: str = ""  # page key to open
    filters: dict[str, object] = field(default_factory=dict)  # passed to page.open_filtered


AgendaSource = Callable[[Session, date, date], list[AgendaItem]]
