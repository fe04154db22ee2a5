"""The export log's table on the Reports page: every monthly workbook written, with its hash."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

EXPORT_LOG_COLUMNS = (
    Column("period", QT_TRANSLATE_NOOP("Columns", "Month"), width=80),
    Column("revision", QT_TRANSLATE_NOOP("Columns", "Revision"), ColumnKind.INT, width=70),
    Column("exported_at", QT_TRANSLATE_NOOP("Columns", "Exported"), ColumnKind.DATETIME, width=130),
    Column("file_name", QT_TRANSLATE_NOOP("Columns", "File"), width=260),
    Column("username", QT_TRANSLATE_NOOP("Columns", "By"), width=80),
    Column("gaps", QT_TRANSLATE_NOOP("Columns", "Gaps"), ColumnKind.INT, width=60),
    Column("unmasked", QT_TRANSLATE_NOOP("Columns", "Unmasked"), ColumnKind.BOOL, width=80),
    Column("sha256", QT_TRANSLATE_NOOP("Columns", "SHA-256"), width=420, sortable=False),
)


def export_log_model(rows: Sequence[Any] = ()) -> InMemoryTableModel:
    return InMemoryTableModel(EXPORT_LOG_COLUMNS, rows)
