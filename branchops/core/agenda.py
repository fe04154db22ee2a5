"""What is due: every area lists its items for a date range; the dashboard shows them.

An area contributes ``core/<area>/agenda.py`` with ``agenda_items(session, first, last)`` (found by
name, see ``core/areas.py``); the HQ report's due day comes from the reports service.
"""

from __future__ import annotations

import importlib
from datetime import date

from sqlalchemy.orm import Session

from branchops.core.agenda_item import AgendaItem, AgendaSource
from branchops.core.areas import contributions


def sources() -> list[tuple[str, AgendaSource]]:
    """``(area key, agenda_items)`` of every area with an agenda, then the HQ report's."""
    found = [
        (area, importlib.import_module(module).agenda_items)
        for area, module in contributions("branchops.core.{key}.agenda")
    ]
    from branchops.core.reports.agenda import agenda_items as report_items

    return [*found, ("reports", report_items)]


def collect(session: Session, first: date, last: date) -> list[AgendaItem]:
    """Every area's items due from ``first`` to ``last`` (overdue ones whenever they fell due),
    overdue first, then by day; an item an area lists twice appears once."""
    return merge(source(session, first, last) for _, source in sources())


def merge(batches) -> list[AgendaItem]:
    seen: dict[tuple[str, str], AgendaItem] = {}
    for batch in batches:
        for item in batch:
            seen.setdefault((item.area, item.key), item)
    return sorted(seen.values(), key=lambda i: (not i.overdue, i.due, i.area, i.key))
