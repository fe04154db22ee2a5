"""Where an imported value came from, and a problem worded with file, sheet, row and column."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from branchops.core.errors import FieldProblem
from branchops.i18n import translate


@dataclass(frozen=True)
class SourceFile:
    """The file and sheet rows were read from, and each column's place in it."""

    file: str
    sheet: str
    columns: Mapping[str, str] = field(default_factory=dict)  # key → "C (岗位)"
    present: frozenset[str] = frozenset()  # column keys the file has

    def column(self, key: str) -> str:
        return self.columns.get(key, key)


@dataclass(frozen=True)
class RowRef:
    source: SourceFile
    row: int  # the spreadsheet's row number
    cleared: frozenset[str] = frozenset()  # columns the row explicitly erases (clear marker)


@dataclass(frozen=True)
class FieldChange:
    """One field an import changes on a stored record: shown old → new before committing."""

    row: int  # the spreadsheet's row number
    record: str  # the record's key as the user knows it, e.g. the employee no.
    field: str  # the field's label in the user's language
    old: str  # "" for empty
    new: str

    def sentence(self) -> str:
        empty = translate("Import", "(empty)")
        return translate("Import", "row {row}, {record}: {field} {old} → {new}").format(
            row=self.row,
            record=self.record,
            field=self.field,
            old=self.old or empty,
            new=self.new or empty,
        )


@dataclass(frozen=True)
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: tuple[str, ...] = ()  # e.g. "new position 大堂经理 created"
    dry_run: bool = False
    changes: tuple[FieldChange, ...] = ()  # every field an update changes


def field_name(sheet: str, row: int, column: str) -> str:
    """Machine-readable place of a problem: ``Sheet!12:employee_no`` (the UI parses it)."""
    return f"{sheet}!{row}:{column}"


def parse_field(field_text: str) -> tuple[str, int, str] | None:
    sheet, sep, rest = field_text.rpartition("!")
    row, sep2, column = rest.partition(":")
    if not sep or not sep2 or not row.isdigit():
        return None
    return sheet, int(row), column


def problem_at(
    file: str, sheet: str, row: int | None, column: str, value: object, what_to_do: str, key: str
) -> FieldProblem:
    """One line: ``staff.xlsx, sheet 人员, row 5, column C (岗位), value “x”: what to do``."""
    shown = "" if value is None else str(value)
    if len(shown) > 40:
        shown = shown[:40] + "…"
    if row is None:
        where = translate("Import", "{file}, sheet {sheet}").format(file=file, sheet=sheet)
    elif column:
        where = translate("Import", "{file}, sheet {sheet}, row {row}, column {column}").format(
            file=file, sheet=sheet, row=row, column=column
        )
    else:
        where = translate("Import", "{file}, sheet {sheet}, row {row}").format(
            file=file, sheet=sheet, row=row
        )
    if shown:
        where += translate("Import", ", value “{value}”").format(value=shown)
    return FieldProblem(field_name(sheet, row or 0, key), f"{where}: {what_to_do}")


def row_problem(ref: RowRef, key: str, value: object, what_to_do: str) -> FieldProblem:
    source = ref.source
    return problem_at(
        source.file,
        source.sheet,
        ref.row,
        source.column(key) if key else "",
        value,
        what_to_do,
        key,
    )
