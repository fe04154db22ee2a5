"""A file the user chose as a workbook: what is refused before any reader opens it (missing,
empty, oversize, an old .xls, a password-protected workbook, text), in the user's words.

Used by imports and by consolidation alike; it imports no reader, so consolidation stays light."""

from __future__ import annotations

from pathlib import Path

from branchops.core.errors import UserError
from branchops.i18n import translate

MAX_BYTES = 20 * 1024 * 1024
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


class FileRejected(UserError):
    """The file as a whole cannot be imported; ``str()`` says why and what to do; ``reason``
    is the same without the file's name."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def reject(path: Path, text: str) -> FileRejected:
    return FileRejected(f"{path.name}: {text}", text)


def _check_file(path: Path, max_bytes: int | None = MAX_BYTES) -> bytes:
    """The file's first bytes, after refusing a missing, empty or oversize file (``max_bytes``
    None: any size)."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise reject(path, translate("Import", "this is a folder; choose an .xlsx file."))
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise reject(
            path,
            translate(
                "Import",
                "the file does not exist in {folder}. Check the name and the folder, or choose "
                "the file with Browse….",
            ).format(folder=path.parent),
        ) from None
    except OSError as exc:
        raise reject(
            path,
            translate("Import", "the file cannot be read ({reason}).").format(
                reason=exc.strerror or exc
            ),
        ) from None
    if size == 0:
        raise reject(
            path,
            translate(
                "Import",
                "the file is empty (0 bytes): it was not saved completely or not copied whole. "
                "Open the original in Excel or WPS, save it, and choose it again.",
            ),
        )
    if max_bytes is not None and size > max_bytes:
        raise reject(
            path,
            translate(
                "Import", "the file is {size:.1f} MB; the limit is {limit} MB. Split it up."
            ).format(size=size / 1024 / 1024, limit=max_bytes // 1024 // 1024),
        )
    return head


def _ole_kind(path: Path) -> str:
    """An OLE compound file is an encrypted (password-protected) workbook or an old .xls."""
    data = path.read_bytes()
    return "encrypted" if _ENCRYPTED_MARK in data else "xls"


def refuse_non_xlsx(path: Path, max_bytes: int | None = MAX_BYTES) -> None:
    """``FileRejected`` for a file that is not an .xlsx at all: missing, empty, oversize, an old
    .xls, a password-protected workbook, or text (the checks every reader of a chosen file
    makes before opening it)."""
    head = _check_file(path, max_bytes)
    if head.startswith(OLE_MAGIC):
        if _ole_kind(path) == "encrypted":
            raise reject(
                path,
                translate(
                    "Import",
                    "the workbook is password-protected. Open it in Excel or WPS, remove the "
                    "password (File › Info › Protect Workbook) and save it again.",
                ),
            )
        raise reject(
            path,
            translate(
                "Import",
                "this is an old Excel 97–2003 .xls file. Open it in Excel or WPS and save it "
                "as an Excel Workbook (.xlsx).",
            ),
        )
    if not head.startswith(ZIP_MAGIC):
        raise reject(
            path,
            translate(
                "Import",
                "this is not an Excel workbook (perhaps CSV or text). Open it in Excel or WPS "
                "and save it as .xlsx.",
            ),
        )


def damaged_message() -> str:
    """A zip that is no readable workbook (cut off, or another kind of zip)."""
    again = translate("Import", "Open it in Excel or WPS and save it again as .xlsx.")
    return translate(
        "Import",
        "the file is damaged or is not an Excel workbook (a Word or zip file?). {again}",
    ).format(again=again)
