"""What a list screen asks a service for: one page of rows, sorted and filtered in SQL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # list models import ListQuery on the way to the first paint: no SQLAlchemy
    from sqlalchemy import Select, SQLColumnExpression
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ListQuery:
    offset: int = 0
    limit: int | None = 200
    sort_key: str | None = None
    descending: bool = False
    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    # From the end: the same order read backwards, ``offset`` counted from the last row. A list
    # model asks for the far half of a long list so, and the database reads a few rows of an
    # index backwards instead of stepping over hundreds of thousands.
    from_end: bool = False

    def page(self, offset: int, limit: int | None) -> ListQuery:
        return replace(self, offset=offset, limit=limit)


def apply_paging(
    stmt: Select,
    query: ListQuery,
    sortable: Mapping[str, SQLColumnExpression[Any]],
    tiebreak: SQLColumnExpression[Any],
) -> Select:
    """Order by the chosen column (then ``tiebreak`` in the same direction for a stable order),
    then offset/limit."""
    column = sortable.get(query.sort_key or "")
    descending = query.descending != query.from_end
    order = []
    if column is not None:
        order.append(column.desc() if descending else column.asc())
    # the tie-break follows the sort's direction, so an index on (column, id) serves both ways
    order.append(tiebreak.desc() if descending else tiebreak.asc())
    stmt = stmt.order_by(*order).offset(query.offset)
    return stmt.limit(query.limit) if query.limit is not None else stmt


def count_rows(session: Session, stmt: Select) -> int:
    """Count what ``stmt`` (without ordering or paging) would return."""
    from sqlalchemy import func, select

    return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


LIKE_ESCAPE = "\\"


def contains_pattern(text: str) -> str:
    """The LIKE pattern of a search box's text, to use with ``escape=LIKE_ESCAPE``: a ``%`` or
    ``_`` the user typed matches itself, not any text."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
