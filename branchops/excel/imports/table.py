"""Find the data in a user's file: which sheet, which row holds the headers, which column is
which, and the data rows under them (merged cells filled, blank rows skipped).

Refused here, each with what to do: a repeated heading (two “姓名” columns), several visible
sheets that each have the template's headings, headings found only on a hidden sheet, a sheet
beyond the size limits, and a sheet whose rows hold nothing but spaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from branchops.excel.chosen_file import FileRejected
from branchops.excel.imports.reader import MAX_COLUMNS, SheetData
from branchops.excel.imports.spec import ColumnSpec, ImportKind, normal_header
from branchops.excel.imports.values import is_blank
from branchops.i18n import in_every_language, translate

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class DataRow:
    number: int  # the spreadsheet's row number
    cells: dict[str, Any]  # column key → raw cell value


@dataclass(frozen=True)
class FoundTable:
    sheet: str
    header_row: int
    columns: dict[str, int]  # column key → 1-based column index
    titles: dict[str, str]  # column key → "C (岗位)" as found in the file
    rows: list[DataRow]
    space_rows: list[int] = field(default_factory=list)  # rows holding only spaces

    def missing(self, kind: ImportKind) -> list[ColumnSpec]:
        return [c for c in kind.required() if c.key not in self.columns]


@dataclass
class _Match:
    sheet: SheetData
    header_row: int
    columns: dict[str, int]
    repeated: dict[str, list[int]]  # column key → every column with its heading, if several

    def score(self, kind: ImportKind) -> tuple[int, int]:
        return len(self.columns), int(normal_header(self.sheet.name) in kind.sheet_words())

    def complete(self, kind: ImportKind) -> bool:
        return all(c.key in self.columns for c in kind.required())


def _fill_merged(sheet: SheetData, file: str, limit: int) -> None:
    """Copy every merged range's value into all of its cells (within the limits)."""
    for r1, c1, r2, c2 in sheet.merged:
        if r2 - r1 >= limit:
            raise _too_many_rows(file, sheet.name, limit)
        top_row = sheet.rows.get(r1)
        top = top_row[c1 - 1] if top_row and c1 <= len(top_row) else None
        if top is None:
            continue
        for number in range(r1, r2 + 1):
            row = sheet.rows.setdefault(number, [])
            last = min(c2, MAX_COLUMNS)
            if len(row) < last:
                row.extend([None] * (last - len(row)))
            for column in range(c1, last + 1):
                row[column - 1] = top


def _match(sheet: SheetData, number: int, row: list[Any], kind: ImportKind) -> _Match:
    words = {c.key: c.header_words() for c in kind.columns}
    found: dict[str, int] = {}
    repeated: dict[str, list[int]] = {}
    for index, value in enumerate(row, start=1):
        word = normal_header(value)
        if not word:
            continue
        for key, accepted in words.items():
            if word in accepted:
                if key in found:
                    repeated.setdefault(key, [found[key]]).append(index)
                else:
                    found[key] = index
                break
    return _Match(sheet, number, found, repeated)


def _best(sheet: SheetData, kind: ImportKind) -> _Match | None:
    best = None
    for number in sorted(sheet.rows)[:HEADER_SEARCH_ROWS]:
        match = _match(sheet, number, sheet.rows[number], kind)
        if match.columns and (best is None or match.score(kind) > best.score(kind)):
            best = match
    return best


def _data_start(sheet: SheetData, header_row: int) -> int:
    """The first row under the header, below any header cell merged downwards."""
    start = header_row + 1
    for r1, _, r2, _ in sheet.merged:
        if r1 <= header_row <= r2:
            start = max(start, r2 + 1)
    return start


def _reject(file: str, text: str) -> FileRejected:
    return FileRejected(f"{file}: {text}")


def _too_many_rows(file: str, sheet: str, limit: int) -> FileRejected:
    return _reject(
        file,
        translate(
            "Import",
            "the sheet {sheet} has more than {limit} rows with data; split it into files of at "
            "most {limit} rows and import them one after the other.",
        ).format(sheet=sheet, limit=f"{limit:,}"),
    )


def _check_size(file: str, sheet: SheetData, limit: int) -> None:
    if sheet.beyond_rows:
        raise _too_many_rows(file, sheet.name, limit)
    if sheet.beyond_columns:
        raise _reject(
            file,
            translate(
                "Import",
                "the sheet {sheet} has data in cell {cell}, beyond the {limit} columns (A to "
                "{last}) an import reads. Delete what is there, or copy your columns into the "
                "template.",
            ).format(
                sheet=sheet.name,
                cell=sheet.beyond_columns,
                limit=MAX_COLUMNS,
                last=get_column_letter(MAX_COLUMNS),
            ),
        )


def _choose(sheets: list[SheetData], kind: ImportKind, file: str) -> _Match | None:
    # the template's own instructions sheet lists the headings too; it is never the data
    instructions = in_every_language("Import", "Instructions")
    visible = [(s, _best(s, kind)) for s in sheets if s.visible and s.name not in instructions]
    matches = [m for _, m in visible if m is not None]
    complete = [m for m in matches if m.complete(kind)]
    if len(complete) > 1:
        raise _reject(
            file,
            translate(
                "Import",
                "the sheets {sheets} all have the template's headings. An import reads one "
                "sheet: put every row on one of them and delete (or hide) the others.",
            ).format(sheets="、".join(f"“{m.sheet.name}”" for m in complete)),
        )
    if not matches:
        hidden = [s for s in sheets if not s.visible and (m := _best(s, kind)) and m.complete(kind)]
        if hidden:
            raise _reject(
                file,
                translate(
                    "Import",
                    "the headings are on the hidden sheet “{sheet}”. Unhide it (right-click a "
                    "sheet tab › Unhide) or copy its rows to a visible sheet, then import again.",
                ).format(sheet=hidden[0].name),
            )
        return None
    return max(matches, key=lambda m: m.score(kind))


def find_table(sheets: list[SheetData], kind: ImportKind, file: str) -> FoundTable | None:
    """The visible sheet and header row matching most of the kind's columns."""
    for sheet in sheets:
        _fill_merged(sheet, file, kind.row_limit)
    chosen = _choose(sheets, kind, file)
    if chosen is None:
        return None
    sheet, header_row = chosen.sheet, chosen.header_row
    _check_size(file, sheet, kind.row_limit)
    header = sheet.rows[header_row]
    if chosen.repeated:
        columns = next(iter(chosen.repeated.values()))
        raise _reject(
            file,
            translate(
                "Import",
                "sheet {sheet}, row {row}: the heading “{heading}” is in columns {columns}. Keep "
                "one of these columns and rename or delete the others.",
            ).format(
                sheet=sheet.name,
                row=header_row,
                heading=str(header[columns[0] - 1]).strip(),
                columns="、".join(get_column_letter(c) for c in columns),
            ),
        )
    picked = chosen.columns
    titles = {
        key: f"{get_column_letter(col)} ({str(header[col - 1]).strip()})"
        for key, col in picked.items()
    }
    rows, spaces = [], []
    start = _data_start(sheet, header_row)
    for number in sorted(n for n in sheet.rows if n >= start):
        values = sheet.rows[number]
        cells = {
            key: values[col - 1] if col <= len(values) else None for key, col in picked.items()
        }
        if all(is_blank(v) for v in cells.values()):
            if any(isinstance(v, str) for v in cells.values()):
                spaces.append(number)
            continue  # blank and trailing rows
        rows.append(DataRow(number, cells))
    return FoundTable(sheet.name, header_row, picked, titles, rows, spaces)
