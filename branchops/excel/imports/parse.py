"""Read a user's file into checked values of the kind's columns, listing every problem at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from branchops.core.errors import FieldProblem
from branchops.core.imports.common import RowRef, SourceFile, problem_at
from branchops.excel.chosen_file import FileRejected
from branchops.excel.imports.source import read_workbook
from branchops.excel.imports.spec import ImportKind, ValueType
from branchops.excel.imports.table import FoundTable, find_table
from branchops.excel.imports.values import CLEAR, BadValue, convert, text_of
from branchops.i18n import translate


@dataclass
class ParsedImport:
    kind: ImportKind
    path: Path
    source: SourceFile
    table: FoundTable
    values: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # row → values
    problems: list[FieldProblem] = field(default_factory=list)
    cleared: dict[int, frozenset[str]] = field(default_factory=dict)  # row → keys to erase

    def _ref(self, row: int) -> RowRef:
        return RowRef(self.source, row, self.cleared.get(row, frozenset()))

    def core_rows(self) -> list[Any]:
        return [self.kind.make_row(self._ref(n), v) for n, v in self.values]

    def clean_rows(self) -> list[Any]:
        """Core rows of the lines that have no problem of their own."""
        bad = set(self.problems_by_row())
        return [self.kind.make_row(self._ref(n), v) for n, v in self.values if n not in bad]

    def problems_by_row(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for problem in self.problems:
            row = problem.field.rpartition("!")[2].partition(":")[0]
            out.setdefault(int(row) if row.isdigit() else 0, []).append(problem.message)
        return out


def parse_file(kind: ImportKind, path: Path) -> ParsedImport:
    """Raises ``FileRejected`` for a file that cannot be used at all; cell problems are listed."""
    sheets = read_workbook(path, kind.row_limit)
    table = find_table(sheets, kind, path.name)
    if table is None:
        raise FileRejected(
            f"{path.name}: "
            + translate(
                "Import",
                "no sheet has the template's column headings (for example “{column}”). "
                "Download the template and copy your data into it.",
            ).format(column=kind.required()[0].label)
        )
    titles = {c.key: c.label for c in kind.columns} | table.titles
    source = SourceFile(path.name, table.sheet, titles, frozenset(table.columns))
    parsed = ParsedImport(kind, path, source, table)
    for column in table.missing(kind):
        parsed.problems.append(
            problem_at(
                path.name,
                table.sheet,
                table.header_row,
                "",
                None,
                translate(
                    "Import", "the required column “{column}” is missing; add it to the headings."
                ).format(column=column.label),
                column.key,
            )
        )
    if parsed.problems:
        return parsed
    if not table.rows:
        raise FileRejected(f"{path.name}: " + _no_rows_message(kind, table))
    _convert_rows(parsed)
    _check_unique(parsed)
    return parsed


def _no_rows_message(kind: ImportKind, table: FoundTable) -> str:
    if table.space_rows:
        first, last = table.space_rows[0], table.space_rows[-1]
        rows = str(first) if first == last else f"{first}–{last}"
        return translate(
            "Import",
            "the sheet {sheet} has headings, and its rows {rows} hold only spaces. Type the data "
            "under the headings (one row per record), or delete those rows.",
        ).format(sheet=table.sheet, rows=rows)
    return translate(
        "Import",
        "the sheet {sheet} has the headings (row {row}) but no rows under them. Add one row per "
        "record under the headings, save, and import again.",
    ).format(sheet=table.sheet, row=table.header_row)


def _convert_rows(parsed: ParsedImport) -> None:
    columns = [c for c in parsed.kind.columns if c.key in parsed.table.columns]
    for row in parsed.table.rows:
        values: dict[str, Any] = {}
        cleared = set()
        for column in columns:
            raw = row.cells.get(column.key)
            try:
                values[column.key] = convert(column, raw)
            except BadValue as error:
                parsed.problems.append(_problem(parsed, row.number, column.key, raw, str(error)))
                continue
            if values[column.key] is CLEAR:
                values[column.key] = () if column.type is ValueType.LIST else None
                if column.required:
                    parsed.problems.append(
                        _problem(
                            parsed,
                            row.number,
                            column.key,
                            raw,
                            translate(
                                "Import", "{column} is required and cannot be cleared; fill it in."
                            ).format(column=column.label),
                        )
                    )
                    continue
                cleared.add(column.key)
            elif column.required and values[column.key] in (None, ""):
                parsed.problems.append(
                    _problem(
                        parsed,
                        row.number,
                        column.key,
                        None,
                        translate("Import", "fill in {column}.").format(column=column.label),
                    )
                )
        parsed.values.append((row.number, values))
        if cleared:
            parsed.cleared[row.number] = frozenset(cleared)


def _check_unique(parsed: ParsedImport) -> None:
    keys = parsed.kind.unique
    if not keys:
        return
    seen: dict[tuple, int] = {}
    for number, values in parsed.values:
        key = tuple(text_of(values.get(k)).casefold() for k in keys)
        if not all(key):
            continue
        if key in seen:
            parsed.problems.append(
                _problem(
                    parsed,
                    number,
                    keys[-1],
                    values.get(keys[-1]),
                    translate(
                        "Import", "this is a repeat of row {row}; keep one of the two rows."
                    ).format(row=seen[key]),
                )
            )
        else:
            seen[key] = number


def _problem(parsed: ParsedImport, row: int, key: str, value: Any, text: str) -> FieldProblem:
    source = parsed.source
    return problem_at(source.file, source.sheet, row, source.column(key), value, text, key)
