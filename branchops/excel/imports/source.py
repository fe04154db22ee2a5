"""Open a file the user chose for an import, refusing clearly what is not a usable .xlsx.

Limits, stated to the user when a file passes them: 20 MB on disk, 200 MB unpacked, 50,000 rows
with data and 100 columns (A–CV) on a sheet (``reader.py``)."""

from __future__ import annotations

from pathlib import Path

from branchops.core.errors import UserError
from branchops.excel.imports.reader import (
    MAX_ROWS,
    MAX_UNPACKED,
    PackageError,
    SheetData,
    read_sheets,
)
from branchops.i18n import translate

MAX_BYTES = 20 * 1024 * 1024
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


class FileRejected(UserError):
    """The file as a whole cannot be imported; ``str()`` says why and what to do."""


def _reject(path: Path, text: str) -> FileRejected:
    return FileRejected(f"{path.name}: {text}")


def check_file(path: Path) -> bytes:
    """The file's first bytes, after refusing a missing, empty or oversize file."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _reject(path, translate("Import", "this is a folder; choose an .xlsx file."))
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise _reject(
            path,
            translate(
                "Import",
                "the file does not exist in {folder}. Check the name and the folder, or choose "
                "the file with Browse….",
            ).format(folder=path.parent),
        ) from None
    except OSError as exc:
        raise _reject(
            path,
            translate("Import", "the file cannot be read ({reason}).").format(
                reason=exc.strerror or exc
            ),
        ) from None
    if size == 0:
        raise _reject(
            path,
            translate(
                "Import",
                "the file is empty (0 bytes): it was not saved completely or not copied whole. "
                "Open the original in Excel or WPS, save it, and choose it again.",
            ),
        )
    if size > MAX_BYTES:
        raise _reject(
            path,
            translate(
                "Import", "the file is {size:.1f} MB; the limit is {limit} MB. Split it up."
            ).format(size=size / 1024 / 1024, limit=MAX_BYTES // 1024 // 1024),
        )
    return head


def _ole_kind(path: Path) -> str:
    """An OLE compound file is an encrypted (password-protected) workbook or an old .xls."""
    data = path.read_bytes()
    return "encrypted" if _ENCRYPTED_MARK in data else "xls"


def read_workbook(path: Path, max_rows: int = MAX_ROWS) -> list[SheetData]:
    """The sheets of the file the user chose, or ``FileRejected`` saying what to do."""
    head = check_file(path)
    if head.startswith(OLE_MAGIC):
        if _ole_kind(path) == "encrypted":
            raise _reject(
                path,
                translate(
                    "Import",
                    "the workbook is password-protected. Open it in Excel or WPS, remove the "
                    "password (File › Info › Protect Workbook) and save it again.",
                ),
            )
        raise _reject(
            path,
            translate(
                "Import",
                "this is an old Excel 97–2003 .xls file. Open it in Excel or WPS and save it "
                "as an Excel Workbook (.xlsx).",
            ),
        )
    if not head.startswith(ZIP_MAGIC):
        raise _reject(
            path,
            translate(
                "Import",
                "this is not an Excel workbook (perhaps CSV or text). Use the template, or "
                "save the file as .xlsx.",
            ),
        )
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
    return translate(
        "Import",
        "the file is damaged or is not an Excel workbook (a Word or zip file?). {again}",
    ).format(again=again)
