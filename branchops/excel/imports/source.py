"""Open a file the user chose for an import, refusing clearly what is not a usable .xlsx.

Limits, stated to the user when a file passes them: 20 MB on disk (``chosen_file.py``), 200 MB
unpacked, 50,000 rows with data and 100 columns (A–CV) on a sheet (``reader.py``)."""

from __future__ import annotations

from pathlib import Path

from branchops.excel.chosen_file import damaged_message, refuse_non_xlsx
from branchops.excel.chosen_file import reject as _reject
from branchops.excel.imports.reader import (
    MAX_ROWS,
    MAX_UNPACKED,
    PackageError,
    SheetData,
    read_sheets,
)
from branchops.i18n import translate


def read_workbook(path: Path, max_rows: int = MAX_ROWS) -> list[SheetData]:
    """The sheets of the file the user chose, or ``FileRejected`` saying what to do."""
    refuse_non_xlsx(path)
    try:
        return read_sheets(path, max_rows)
    except PackageError as error:
        raise _reject(path, _package_message(error)) from None


def _package_message(error: PackageError) -> str:
    again = translate("Import", "Open it in Excel or WPS and save it again as .xlsx.")
    if error.what == "word":
        return translate(
            "Import",
            "this is a Word document renamed to .xlsx, not a workbook. Choose the Excel file.",
        )
    if error.what == "powerpoint":
        return translate(
            "Import",
            "this is a PowerPoint file renamed to .xlsx, not a workbook. Choose the Excel file.",
        )
    if error.what == "unpacked":
        return translate(
            "Import",
            "the workbook unpacks to more than {limit} MB, far more than a list needs. Copy the "
            "rows into the template and import that.",
        ).format(limit=MAX_UNPACKED // 1024 // 1024)
    if error.what == "xml" and error.sheet:
        return translate(
            "Import",
            "the sheet {sheet} is damaged ({part}, line {line}: characters a workbook cannot "
            "hold, or a cut-off file). {again}",
        ).format(sheet=error.sheet, part=error.part, line=error.line, again=again)
    if error.what in ("xml", "part") and error.part:
        return translate(
            "Import", "the workbook is damaged (its part {part} cannot be read). {again}"
        ).format(part=error.part, again=again)
    return damaged_message()
