"""Dates given to SQL as a small table, so one statement answers for many days (a KPI's month
ends, the days of a matrix). A VALUES list as a CTE: SQLite refuses ``VALUES … AS t(cols)`` in
FROM, and this form reads the same on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import CTE, ColumnElement, Date, column, func, select, values
from sqlalchemy.orm import InstrumentedAttribute, Session


def date_table(name: str, columns: Sequence[str], rows: Iterable[Sequence[date]]) -> CTE:
    """A table ``name`` of date ``columns``, one row per item of ``rows``."""
    listed = values(*(column(c, Date) for c in columns), name=name)
    return listed.data([tuple(r) for r in rows]).cte(name)


def count_on_days(
    session: Session,
    day: ColumnElement[date],
    counted: InstrumentedAttribute[Any],
    condition: ColumnElement[bool],
) -> dict[date, int]:
    """For each row of the date table of ``day``: how many rows of ``counted``'s table meet
    ``condition`` (0 for none)."""
    stmt = (
        select(day, func.count(counted))
        .select_from(day.table)  # the date table the column belongs to
        .outerjoin(counted.class_, condition)
        .group_by(day)
    )
    return {d: n for d, n in session.execute(stmt)}
