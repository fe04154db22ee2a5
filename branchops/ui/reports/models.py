"""Table models of the reports dialogs: rejected files, an import's changes and its preview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from branchops.core.imports.common import FieldChange
from branchops.excel.imports import ParsedImport
from branchops.excel.imports.spec import ValueType
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

REJECTED_COLUMNS = (
    Column("file", QT_TRANSLATE_NOOP("Columns", "File"), width=220),
    Column("reason", QT_TRANSLATE_NOOP("Columns", "Reason"), width=520),
)


CHANGE_COLUMNS = (
    Column("row", QT_TRANSLATE_NOOP("Columns", "Row"), ColumnKind.INT, width=50),
    Column("record", QT_TRANSLATE_NOOP("Columns", "Record"), width=100),
    Column("field", QT_TRANSLATE_NOOP("Columns", "Field"), width=160),
    Column("old", QT_TRANSLATE_NOOP("Columns", "Now"), width=220),
    Column("new", QT_TRANSLATE_NOOP("Columns", "After the import"), width=220),
)


def changes_model(changes: Sequence[FieldChange] = ()) -> InMemoryTableModel:
    """Each field an import would change on a stored record, old → new (empty shown as such)."""
    empty = translate("Import", "(empty)")
    rows = [
        {
            "row": c.row,
            "record": c.record,
            "field": c.field,
            "old": c.old or empty,
            "new": c.new or empty,
        }
        for c in changes
    ]
    return InMemoryTableModel(CHANGE_COLUMNS, rows)


@dataclass(frozen=True)
class RejectedRow:
    file: str
    reason: str


def rejected_model(rows: Sequence[RejectedRow] = ()) -> InMemoryTableModel:
    return InMemoryTableModel(REJECTED_COLUMNS, rows)


_KINDS = {
    ValueType.INT: ColumnKind.INT,
    ValueType.NUMBER: ColumnKind.NUMBER,
    ValueType.DATE: ColumnKind.DATE,
    ValueType.BOOL: ColumnKind.BOOL,
}
_ERROR_BRUSH = QBrush(QColor("#fde2e1"))


def preview_model(parsed: ParsedImport) -> InMemoryTableModel:
    """Every parsed row with its values and, last, the problems found on that row."""
    problems = parsed.problems_by_row()
    present = [c for c in parsed.kind.columns if c.key in parsed.table.columns]
    columns = [Column("_row", QT_TRANSLATE_NOOP("Columns", "Row"), ColumnKind.INT, width=50)]
    # already translated: a label not in the "Columns" catalogue is shown as given
    columns += [Column(c.key, c.label, _KINDS.get(c.type, ColumnKind.TEXT)) for c in present]
    columns.append(Column("_problems", QT_TRANSLATE_NOOP("Columns", "Problems"), width=400))
    rows = []
    cleared_text = translate("Import", "[clear]")
    for number, values in parsed.values:
        row = {c.key: _shown(values.get(c.key)) for c in present}
        for key in parsed.cleared.get(number, ()):
            row[key] = cleared_text  # erased by the import (the clear marker)
        row["_row"] = number
        row["_problems"] = "\n".join(problems.get(number, []))
        rows.append(row)

    def decorate(row: dict, _key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row["_problems"]:
            return _ERROR_BRUSH
        return None

    return InMemoryTableModel(columns, rows, decorate)


def _shown(value: Any) -> Any:
    return "、".join(value) if isinstance(value, tuple) else value
