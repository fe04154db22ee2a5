"""Optimistic concurrency for records users edit: a ``version`` counter SQLAlchemy checks.

Every UPDATE of a ``Versioned`` row says ``WHERE version = <the version loaded>`` and raises
``StaleDataError`` when another writer got there first; services compare the version the user
opened with the row's (``core/concurrency.py``) to refuse a save over a newer version.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Versioned:
    # A save that changes only the record's lines (its items, its positions) moves the record's
    # version on too; a record without lines (a setting) says False.
    touch_when_lines_change: ClassVar[bool] = True

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # a mixin: the mapped class it is part of has the table (SQLAlchemy's stubs cannot know)
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
