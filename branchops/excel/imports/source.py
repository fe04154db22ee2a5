"""Open a file the user chose for an import, refusing clearly what is not a usable .xlsx."""

from __future__ import annotations

import zipfile
from pathlib import Path

from python_calamine import CalamineError

from branchops.core.errors import UserError
from branchops.excel.imports.book import ImportBook, read_book
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
        raise _reject(path, translate("Import", "the file does not exist.")) from None
    except OSError as exc:
        raise _reject(
            path,
            translate("Import", "the file cannot be read ({reason}).").format(
                reason=exc.strerror or exc
            ),
        ) from None
    if size == 0:
        raise _reject(path, translate("Import", "the file is empty."))
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


def open_workbook(path: Path) -> ImportBook:
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
        return read_book(path)
    except (CalamineError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        del exc
        raise _reject(
            path,
            translate(
                "Import",
                "the file is damaged or is not an Excel workbook (a Word or zip file?). Open "
                "it in Excel and save it as .xlsx.",
            ),
        ) from None
