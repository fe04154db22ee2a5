"""Read the cells of an .xlsx file for an import: streamed, bounded, and honest about odd cells.

The sheets are parsed as a stream (``iterparse``), one row at a time, keeping only cells that
hold a value in the first ``MAX_COLUMNS`` columns: a styled empty cell at XFD1048576 or a space in
A1048576 costs one XML element, not a grid of a million rows. A sheet stops being read after
``MAX_ROWS`` rows with data. Cells Excel shows as an error (``#N/A``) and formulas saved without
their result (files written by programs, never opened in Excel) are kept as ``CellError`` and
``NoSavedValue`` so the import can refuse them by name instead of reading them as blanks.

Works on Transitional and Strict OOXML (elements are matched by local name), whatever the file's
extension; a damaged part is refused with its location.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, iterparse

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

MAX_ROWS = 50_000  # rows with data on one sheet
MAX_COLUMNS = 100  # columns A … CV
MAX_UNPACKED = 200 * 1024 * 1024  # bytes of XML the workbook may unpack to
SPACE_ROWS_KEPT = 1_000  # rows holding only spaces, kept to tell the user about them

# Built-in number formats that are dates: the international ones and those of the Chinese,
# Japanese and Korean versions of Excel (27–36, 50–58), which openpyxl does not list.
_DATE_FORMAT_IDS = frozenset(range(14, 23)) | {45, 46, 47} | frozenset(range(27, 37))
_DATE_FORMAT_IDS |= frozenset(range(50, 59))
_CELL_REF = re.compile(r"^([A-Za-z]{1,3})(\d+)$")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
ERROR_LITERALS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
    | {"#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"}
)


@dataclass(frozen=True)
class CellError:
    """A cell showing one of Excel's error values."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class NoSavedValue:
    """A formula whose result was never saved (the file was not opened and saved in Excel)."""

    formula: str

    def __str__(self) -> str:
        return f"={self.formula}"


@dataclass
class SheetData:
    name: str
    visible: bool
    rows: dict[int, list[Any]] = field(default_factory=dict)  # row → values from column A
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    beyond_columns: str = ""  # the first cell holding a value right of MAX_COLUMNS
    beyond_rows: int = 0  # the row where reading stopped, past the limit of rows of data


class PackageError(Exception):
    """The file is not a readable workbook; ``what`` says why (no file name, no advice)."""

    def __init__(self, what: str, part: str = "", sheet: str = "", line: int = 0) -> None:
        super().__init__(what)
        self.what, self.part, self.sheet, self.line = what, part, sheet, line


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _attr(element: Element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (Strict uses other ones)."""
    value = element.get(name)
    if value is not None:
        return value
    for key, found in element.attrib.items():
        if _local(key) == name:
            return found
    return None


def unescape(text: str) -> str:
    """Undo OOXML's ``_x0007_`` escapes of characters XML cannot hold."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _text_of(element: Element) -> str:
    """The text of a string item: plain ``t`` or rich-text runs, without phonetic hints."""
    parts = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return unescape("".join(parts))


class _Package:
    def __init__(self, path: Path) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise PackageError("zip") from exc
        names = self.zip.namelist()
        self.names = set(names)
        unpacked = sum(info.file_size for info in self.zip.infolist())
        if unpacked > MAX_UNPACKED:
            raise PackageError("unpacked")

    def close(self) -> None:
        self.zip.close()

    def open(self, part: str) -> IO[bytes]:
        try:
            return self.zip.open(part)
        except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:
            raise PackageError("part", part) from exc

    def events(self, part: str, sheet: str = "") -> Iterator[tuple[str, Element]]:
        with self.open(part) as stream:
            try:
                yield from iterparse(stream, events=("start", "end"))
            except ParseError as exc:
                raise PackageError("xml", part, sheet, exc.position[0]) from exc
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # bad compression
                raise PackageError("part", part, sheet) from exc

    def tree(self, part: str) -> Element:
        root = None
        for event, element in self.events(part):
            if event == "start" and root is None:
                root = element
        assert root is not None
        return root

    def relations(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, target part) of ``part``."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        if rels not in self.names:
            return {}
        out = {}
        for element in self.tree(rels):
            target = element.get("Target") or ""
            if element.get("TargetMode") == "External":
                continue
            resolved = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            out[element.get("Id") or ""] = (element.get("Type") or "", resolved)
        return out


def _workbook_part(package: _Package) -> str:
    for rel_type, target in package.relations("").values():
        if rel_type.endswith("/officeDocument") and target in package.names:
            return target
    if "xl/workbook.xml" in package.names:
        return "xl/workbook.xml"
    if "word/document.xml" in package.names:
        raise PackageError("word")
    if "ppt/presentation.xml" in package.names:
        raise PackageError("powerpoint")
    raise PackageError("not_workbook")


def _shared_strings(package: _Package, part: str | None) -> list[str]:
    if part is None or part not in package.names:
        return []
    out: list[str] = []
    for event, element in package.events(part):
        if event == "end" and _local(element.tag) == "si":
            out.append(_text_of(element))
            element.clear()
    return out


def _date_styles(package: _Package, part: str | None) -> frozenset[int]:
    if part is None or part not in package.names:
        return frozenset()
    root = package.tree(part)
    custom: dict[int, str] = {}
    xfs: list[int] = []
    for section in root:
        name = _local(section.tag)
        if name == "numFmts":
            for fmt in section:
                custom[int(fmt.get("numFmtId") or 0)] = fmt.get("formatCode") or ""
        elif name == "cellXfs":
            xfs = [int(xf.get("numFmtId") or 0) for xf in section]
    dates = set()
    for index, fmt_id in enumerate(xfs):
        code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, ""))
        if fmt_id in _DATE_FORMAT_IDS or (code and is_date_format(code)):
            dates.add(index)
    return frozenset(dates)


@dataclass
class _Context:
    strings: list[str]
    date_styles: frozenset[int]
    epoch: datetime


def _number(text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        return float(text)


def _value(cell: Element, ctx: _Context) -> Any:
    kind = cell.get("t") or "n"
    raw: str | None = None
    formula: Element | None = None
    inline: Element | None = None
    for child in cell:
        name = _local(child.tag)
        if name == "v":
            raw = child.text if child.text is not None else ""
        elif name == "f":
            formula = child
        elif name == "is":
            inline = child
    if kind == "inlineStr":
        return _text_of(inline) if inline is not None else None
    if formula is not None and (raw is None or (raw == "" and kind != "str")):
        return NoSavedValue(formula.text or "")  # programs write <v/> for "not calculated"
    if raw is None:
        return None
    if kind == "s":
        index = int(raw)
        return ctx.strings[index] if 0 <= index < len(ctx.strings) else None
    if kind == "str":
        return unescape(raw)
    if kind == "e":
        return CellError(raw)
    if kind == "b":
        return raw.strip() == "1"
    if kind == "d":
        return datetime.fromisoformat(raw)
    if raw == "":
        return None
    number = _number(raw)
    if int(cell.get("s") or 0) in ctx.date_styles:
        try:
            return from_excel(number, ctx.epoch)
        except (OverflowError, ValueError):
            return CellError("#VALUE!")
    return number


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _column(ref: str | None, previous: int) -> int:
    if ref:
        match = _CELL_REF.match(ref)
        if match:
            return column_index_from_string(match.group(1).upper())
    return previous + 1


def _sheet(package: _Package, part: str, sheet: SheetData, ctx: _Context, max_rows: int) -> None:
    container: Element | None = None
    row_number = data_rows = 0
    for event, element in package.events(part, sheet.name):
        name = _local(element.tag)
        if event == "start":
            if name == "sheetData":
                container = element
            continue
        if name == "row":
            row_number = int(element.get("r") or row_number + 1)
            values: list[Any] = []
            column = 0
            for cell in element:
                if _local(cell.tag) != "c":
                    continue
                column = _column(cell.get("r"), column)
                value = _value(cell, ctx)
                if value is None:
                    continue
                if column > MAX_COLUMNS:
                    if not sheet.beyond_columns and not _blank(value):
                        sheet.beyond_columns = cell.get("r") or f"R{row_number}C{column}"
                    continue
                if len(values) < column:
                    values.extend([None] * (column - len(values)))
                values[column - 1] = value
            if container is not None:
                container.clear()  # keep memory flat: rows already read are dropped
            if any(not _blank(v) for v in values):
                data_rows += 1
                if data_rows > max_rows:
                    sheet.beyond_rows = row_number
                    return
                sheet.rows[row_number] = values
            elif values and len(sheet.rows) - data_rows < SPACE_ROWS_KEPT:
                sheet.rows[row_number] = values  # only spaces: kept to say so
        elif name == "mergeCell":
            _merge(sheet, element.get("ref") or "")


def _merge(sheet: SheetData, ref: str) -> None:
    first, _, last = ref.partition(":")
    start, end = _CELL_REF.match(first), _CELL_REF.match(last or first)
    if start and end:
        sheet.merged.append(
            (
                int(start.group(2)),
                column_index_from_string(start.group(1).upper()),
                int(end.group(2)),
                column_index_from_string(end.group(1).upper()),
            )
        )


def read_sheets(path: Path, max_rows: int = MAX_ROWS) -> list[SheetData]:
    """Every worksheet of the workbook at ``path``, in tab order, each read up to ``max_rows``
    rows with data. Raises ``PackageError``."""
    package = _Package(path)
    try:
        workbook = _workbook_part(package)
        root = package.tree(workbook)
        relations = package.relations(workbook)
        epoch = CALENDAR_WINDOWS_1900
        entries: list[tuple[str, str, str]] = []
        for section in root:
            name = _local(section.tag)
            if name == "workbookPr" and (_attr(section, "date1904") or "") in ("1", "true"):
                epoch = CALENDAR_MAC_1904
            elif name == "sheets":
                for item in section:
                    rel = _attr(item, "id") or ""
                    entries.append((item.get("name") or "", item.get("state") or "visible", rel))
        strings_part = styles_part = None
        for rel_type, target in relations.values():
            if rel_type.endswith("/sharedStrings"):
                strings_part = target
            elif rel_type.endswith("/styles"):
                styles_part = target
        ctx = _Context(
            _shared_strings(package, strings_part), _date_styles(package, styles_part), epoch
        )
        sheets = []
        for name, state, rel in entries:
            rel_type, target = relations.get(rel, ("", ""))
            if not rel_type.endswith("/worksheet"):
                continue  # chart sheets, dialog sheets
            sheet = SheetData(name, state == "visible")
            _sheet(package, target, sheet, ctx, max_rows)
            sheets.append(sheet)
        return sheets
    except (ValueError, IndexError, KeyError) as exc:
        raise PackageError("content") from exc
    finally:
        package.close()
