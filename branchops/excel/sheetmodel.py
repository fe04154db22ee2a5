"""What a sheet shows, declared as plain data; ``render.py`` turns it into a formatted sheet.

Sheet builders (monthly workbook, consolidation, list export) only say *what* goes on a sheet —
titles, label/value fields, tables with typed columns, charts over a table — so formatting,
formula safety and PII masking are done once, the same way everywhere.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


class Kind(enum.StrEnum):
    TEXT = "text"  # any text; always written formula-proof
    USER_TEXT = "user_text"  # free text typed by someone: phone numbers inside are masked too
    INT = "int"
    NUMBER = "number"  # one decimal
    DECIMAL = "decimal"  # two decimals
    PERCENT = "percent"  # a fraction 0..1
    MONEY = "money"  # CNY
    SCORE = "score"  # 0..100, one decimal
    HOURS = "hours"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"  # yes / no in the report language
    STATUS = "status"  # a traffic light: green / amber / red / none
    PHONE = "phone"  # PII: masked unless unmasked on purpose
    PERSON = "person"  # a customer's name, PII


PII_KINDS = frozenset({Kind.PHONE, Kind.PERSON})


@dataclass(frozen=True)
class Value:
    """A table cell whose kind differs from its column's (e.g. a KPI table mixing units)."""

    value: Any
    kind: Kind


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT
    width: float | None = None  # characters; None: fitted to the content


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str = ""


@dataclass(frozen=True)
class Field:
    label: str
    value: Any
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Fields:
    items: Sequence[Field]
    title: str = ""
    across: bool = False  # labels in one row, values under them (compact key figures)


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    title: str = ""
    key: str = ""  # charts name the table they plot
    main: bool = False  # the sheet's main list: header frozen, filter on, header printed per page
    empty_text: str = ""  # shown under the header when there are no rows


@dataclass(frozen=True)
class Note:
    text: str


class ChartKind(enum.StrEnum):
    LINE = "line"
    BAR = "bar"


@dataclass(frozen=True)
class Chart:
    """A native Excel chart over columns of a table on the same sheet."""

    table: str  # the table's key
    category_column: int
    series_columns: Sequence[int]
    title: str
    kind: ChartKind = ChartKind.LINE
    y_title: str = ""
    y_min: float | None = None
    y_max: float | None = None


Block = Title | Fields | Table | Note | Chart


@dataclass
class SheetModel:
    name: str  # the sheet tab's name (at most 31 characters; made safe by the renderer)
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> SheetModel:
        self.blocks.extend(blocks)
        return self
