"""The declared template of an import kind: its columns, types, rules, examples and help.

One declaration drives everything: the blank template (headers, drop-downs, instructions sheet),
header recognition in a user's file, and the conversion and checks of every cell.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from branchops.excel.imports import reader
from branchops.i18n import in_every_language, translate

# What a user may write in an optional cell of an update to erase the value stored in BranchOps
# (a blank cell keeps it). Accepted in every language, also with full-width brackets.
CLEAR_MARKERS = ("[清空]", "[clear]")


def every_language(context: str, source: str) -> frozenset[str]:
    """``source`` and its translation in each language BranchOps has: a template written in
    Chinese is read the same when the user works in English, and the other way round."""
    return in_every_language(context, source)


def bound_text(value: float) -> str:
    """A column's limit as a user reads it: 100,000,000 rather than 1e+08."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def is_clear_marker(value: object) -> bool:
    if not isinstance(value, str) or ("[" not in value and "［" not in value):
        return False
    return normal_header(value) in _CLEAR_WORDS


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

    def words(self) -> frozenset[str]:
        """Everything that picks this choice, normalised: value, label in every language,
        aliases."""
        return _choice_words(self)


@functools.lru_cache(maxsize=1024)
def _choice_words(choice: ChoiceSpec) -> frozenset[str]:
    words = {choice.value, *every_language(choice.context, choice.label), *choice.aliases}
    return frozenset(normal_header(w) for w in words)


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
        words = {self.key, *every_language("Import", self.title), *self.aliases}
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
    updates: bool = False  # rows update stored records (a blank keeps, the marker erases)
    max_rows: int | None = None  # rows with data one file may hold (None: reader.MAX_ROWS)
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

    @property
    def row_limit(self) -> int:
        return self.max_rows or reader.MAX_ROWS

    def sheet_words(self) -> set[str]:
        words = (*every_language("Import", self.sheet), *self.sheet_aliases)
        return {normal_header(w) for w in words}

    def required(self) -> Sequence[ColumnSpec]:
        return [c for c in self.columns if c.required]


def normal_header(text: object) -> str:
    """Headers compare without width, case, spaces, a required-mark ``*`` or brackets' notes."""
    value = unicodedata.normalize("NFKC", str(text or "")).casefold()
    for mark in ("(required)", "（必填）", "(必填)", "必填"):
        value = value.replace(mark, "")
    return "".join(ch for ch in value if not ch.isspace() and ch not in "*＊").strip()


_CLEAR_WORDS = frozenset(normal_header(m) for m in CLEAR_MARKERS)
