"""The monthly workbook's file name: branch code, name and period, e.g. BR0123_城东支行_2026-10."""

from __future__ import annotations

import re
from pathlib import Path

from branchops.core.errors import UserError
from branchops.core.period import Month
from branchops.i18n import translate

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _part(text: str) -> str:
    return _UNSAFE.sub("-", text).strip(" .-") or "-"


def workbook_file_name(code: str, name: str, month: Month, revision: int = 1) -> str:
    """Revision 1 carries no suffix; a re-export adds ``_r2``, ``_r3`` … so none is overwritten."""
    suffix = f"_r{revision}" if revision > 1 else ""
    return f"{_part(code)}_{_part(name)}_{month}{suffix}.xlsx"


def resolve_output(out: Path, code: str, name: str, month: Month, revision: int) -> Path:
    """``out`` is a folder (the file is named for the branch) or an .xlsx file path."""
    if out.is_dir() or str(out).endswith(("/", "\\")):
        return out / workbook_file_name(code, name, month, revision)
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            translate(
                "Report", "The output {path} must be a folder or a file name ending in .xlsx."
            ).format(path=out)
        )
    if not out.parent.is_dir():
        raise UserError(
            translate("Report", "The folder {folder} does not exist; create it first.").format(
                folder=out.parent
            )
        )
    return out
