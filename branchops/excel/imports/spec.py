"""The declared template of an import kind: its columns, types, rules, examples and help.

One declaration drives everything: the blank template (headers, drop-downs, instructions sheet),
header recognition in a user's file, and the conversion and checks of every cell.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from branchops.i18n import translate


class ValueType(enum.StrEnum):
    TEXT = "text"
    INT = "int"
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"
    LIST = "list"  # several values in one cell, separated by , ， 、 ; ；


@dataclass(frozen=True)
class ChoiceSpec:
    value: str  # what the row gets
    context: str  # translation context of the label
    label: str  # English source of the label
    aliases: tuple[str, ...] = ()  # other words accepted (e.g. the Chinese label)

    @property
    def title(self) -> str:
        return translate(self.context, self.label)


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: str  # English source, marked QT_TRANSLATE_NOOP("Import", …)
    type: ValueType = ValueType.TEXT
    required: bool = False
    help: str = ""  # English source, QT_TRANSLATE_NOOP("Import", …)
    example: Any = None
    aliases: tuple[str, ...] = ()  # other header words accepted, e.g. "工号"
    choices: tuple[ChoiceSpec, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    width: float = 16
    open_choices: bool = False  # the drop-down suggests; other text goes on to the core's checks

    @property
    def label(self) -> str:
        return translate("Import", self.title)

    @property
    def help_text(self) -> str:
        return translate("Import", self.help) if self.help else ""

    def header_words(self) -> set[str]:
        words = {self.key, self.title, self.label, *self.aliases}
        return {normal_header(w) for w in words}


@dataclass(frozen=True)
class ImportKind:
    """One kind of import: its template, and how parsed rows reach the core service."""

    key: str  # the command-line KIND, e.g. "staff"
    title: str  # English source, QT_TRANSLATE_NOOP("Import", …)
    sheet: str  # English source of the data sheet's name
    sheet_aliases: tuple[str, ...]
    columns: tuple[ColumnSpec, ...]
    unique: tuple[str, ...]  # the columns that must not repeat (the key of a row)
    notes: tuple[str, ...] = ()  # English sources of extra instructions
    # (uow, user, parsed rows, dry_run) -> ImportSummary; the core service call
    commit: Callable[..., Any] = field(default=lambda *a, **k: None, compare=False)
    # (RowRef, {key: value}) -> the core row dataclass
    make_row: Callable[..., Any] = field(default=lambda *a, **k: None, compare=False)

    @property
    def label(self) -> str:
        return translate("Import", self.title)

    @property
    def sheet_name(self) -> str:
        return translate("Import", self.sheet)

    def sheet_words(self) -> set[str]:
        return {normal_header(w) for w in (self.sheet, self.sheet_name, *self.sheet_aliases)}

    def required(self) -> Sequence[ColumnSpec]:
        return [c for c in self.columns if c.required]


def normal_header(text: object) -> str:
    """Headers compare without width, case, spaces, a required-mark ``*`` or brackets' notes."""
    value = unicodedata.normalize("NFKC", str(text or "")).casefold()
    for mark in ("(required)", "（必填）", "(必填)", "必填"):
        value = value.replace(mark, "")
    return "".join(ch for ch in value if not ch.isspace() and ch not in "*＊").strip()
