"""Column types: money is stored as integer cents and handled as Decimal, never float."""

from __future__ import annotations

import enum
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, Enum
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")


def to_cents(amount: Decimal | int | str) -> int:
    return int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


class Money(TypeDecorator[Decimal]):
    """A CNY amount: ``Decimal`` in Python, integer cents in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | str | None, dialect: object) -> int | None:
        return None if value is None else to_cents(value)

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        return None if value is None else from_cents(value)


def enum_column(enum_cls: type[enum.StrEnum], length: int = 24) -> Enum:
    """A portable enum column that stores the members' values, not their names."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
