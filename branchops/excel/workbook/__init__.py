"""The monthly HQ workbook (月度报表): a framework of sheet builders, one module per area.

Adding an area's sheet is one module in ``sheets/`` that calls ``registry.register`` and one line
in ``registry.SHEET_MODULES``. The summary sheet and the data sheet are in every workbook.
"""

from branchops.excel.workbook.build import (
    ReportCancelled,
    ReportRequest,
    ReportResult,
    completeness,
    export_monthly_workbook,
)

__all__ = [
    "ReportCancelled",
    "ReportRequest",
    "ReportResult",
    "completeness",
    "export_monthly_workbook",
]
