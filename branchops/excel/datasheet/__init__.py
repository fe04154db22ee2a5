"""The machine-readable data sheet of the monthly HQ workbook, which consolidation reads.

One module per schema version (``v1.py``, ``v2.py``), listed in ``FORMATS``. The writer
always writes ``CURRENT_VERSION``; the reader dispatches on the version found in the file, so a
file of an older supported version is read by its own rules and an unknown version is refused,
never guessed.
"""

from branchops.excel.datasheet.payload import (
    DATA_SHEET_NAME,
    DataPayload,
    KpiValue,
    checksum,
    verify_checksum,
)
from branchops.excel.datasheet.read import (
    CURRENT_VERSION,
    FORMATS,
    DataSheetError,
    ReadDataSheet,
    parse_rows,
    read_data_sheet,
)
from branchops.excel.datasheet.write import write_data_sheet

__all__ = [
    "CURRENT_VERSION",
    "DATA_SHEET_NAME",
    "FORMATS",
    "DataPayload",
    "DataSheetError",
    "KpiValue",
    "ReadDataSheet",
    "checksum",
    "parse_rows",
    "read_data_sheet",
    "verify_checksum",
    "write_data_sheet",
]
