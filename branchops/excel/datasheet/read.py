"""Read a data sheet: find its schema version, then parse it with that version's rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from branchops.excel.chosen_file import FileRejected, damaged_message, refuse_non_xlsx
from branchops.excel.datasheet import v1, v2
from branchops.excel.datasheet.errors import DataSheetError
from branchops.excel.datasheet.payload import DATA_SHEET_NAME, DataPayload, verify_checksum
from branchops.i18n import translate

# schema version → the module that reads (and, for the current one, writes) it.
FORMATS: dict[int, ModuleType] = {1: v1, 2: v2}
CURRENT_VERSION = 2
VERSION_SEARCH_ROWS = 30


@dataclass(frozen=True)
class ReadDataSheet:
    version: int
    payload: DataPayload
    algorithm: str
    digest: str
    content: bytes  # what the checksum covers, rebuilt by the version's rules

    def verifies(self, key: str = "") -> bool:
        return verify_checksum(self.content, self.algorithm, self.digest, key)


def find_version(rows: Sequence[Sequence[Any]]) -> int:
    for row in rows[:VERSION_SEARCH_ROWS]:
        if row and str(row[0]).strip() == "schema_version":
            raw = row[1] if len(row) > 1 else ""
            try:
                return int(float(str(raw).strip()))
            except ValueError:
                break
    raise DataSheetError(
        translate("Consolidation", "The data sheet does not say its schema version.")
    )


def parse_rows(rows: Sequence[Sequence[Any]]) -> ReadDataSheet:
    version = find_version(rows)
    module = FORMATS.get(version)
    if module is None:
        known = ", ".join(str(v) for v in sorted(FORMATS))
        if version > max(FORMATS):
            raise DataSheetError(
                translate(
                    "Consolidation",
                    "The data sheet was made by a newer BranchOps (schema version {version}; "
                    "this BranchOps reads {known}): update BranchOps at HQ, then consolidate "
                    "again.",
                ).format(version=version, known=known)
            )
        raise DataSheetError(
            translate(
                "Consolidation",
                "Unknown data-sheet schema version {version} (this BranchOps reads {known}); "
                "update BranchOps at HQ.",
            ).format(version=version, known=known)
        )
    payload, algorithm, digest = module.parse(rows)
    return ReadDataSheet(version, payload, algorithm, digest, module.content(payload, algorithm))


def read_data_sheet(path: Path) -> ReadDataSheet:
    """Read only the data sheet of a workbook (python-calamine: fast, reads no other sheet)."""
    try:
        refuse_non_xlsx(path, max_bytes=None)  # a branch's own workbook: no import limit
    except FileRejected as rejected:
        raise DataSheetError(rejected.reason) from None
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError):
        raise DataSheetError(damaged_message()) from None
    try:
        if DATA_SHEET_NAME not in workbook.sheet_names:
            raise DataSheetError(
                translate(
                    "Consolidation",
                    "The workbook has no '{sheet}' sheet: it is not a BranchOps monthly workbook.",
                ).format(sheet=DATA_SHEET_NAME)
            )
        rows = workbook.get_sheet_by_name(DATA_SHEET_NAME).to_python(skip_empty_area=False)
    finally:
        workbook.close()
    return parse_rows(rows)
