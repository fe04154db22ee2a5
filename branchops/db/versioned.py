"""Optimistic concurrency for records users edit: a ``version`` counter SQLAlchemy checks.

Every UPDATE of a ``Versioned`` row says ``WHERE version = <the version loaded>`` and raises
``StaleDataError`` when another writer got there first; services compare the version the user
opened with the row's (``core/concurrency.py``) to refuse a save over a newer version.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Versioned:
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # a mixin: the mapped class it is part of has the table (SQLAlchemy's stubs cannot know)
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
