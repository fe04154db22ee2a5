"""“Export to Excel…” for every list: the visible columns of the filtered, sorted rows.

Personal data columns are masked unless the user says, when asked, to write them in full; text is
written so that Excel never runs it as a formula (``branchops.excel.list_export``). A long list
(more than ``STREAM_ROWS``) is read from the database in batches and written as it comes, in the
background with progress and Cancel (``branchops.excel.list_stream``): memory stays bounded.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from branchops import clock
from branchops.excel.list_export import write_list
from branchops.i18n import translate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import Column, ColumnKind, cell_value, display

if TYPE_CHECKING:
    from branchops.ui.context import AppContext
    from branchops.ui.widgets.list_view import ListView
    from branchops.ui.workers import TaskControl

LAST_FOLDER_KEY = "export/last_folder"
STREAM_ROWS = 5000


@dataclass(frozen=True)
class ListExport:
    """What is written: a title, headers, kinds, PII columns and plain rows."""

    title: str
    headers: list[str]
    kinds: list[str]
    pii: set[int]
    rows: list[list[Any]]


def _plain(value: Any, kind: ColumnKind) -> Any:
    if isinstance(value, enum.Enum):
        return display(value, kind)
    return value


def collect(view: ListView) -> ListExport:
    columns = [view.model.columns[i] for i in view.visible_columns()]
    rows = [
        [_plain(cell_value(row, c.key), c.kind) for c in columns] for row in view.visible_rows()
    ]
    return ListExport(
        title=view.title or translate("ExportList", "List"),
        headers=[c.label for c in columns],
        kinds=[c.kind.value for c in columns],
        pii={i for i, c in enumerate(columns) if c.pii},
        rows=rows,
    )


def default_path(ctx: AppContext, title: str) -> Path:
    folder = Path(str(ctx.qsettings.value(LAST_FOLDER_KEY, "") or Path.home()))
    safe = "".join(ch for ch in title if ch not in '\\/:*?"<>|').strip() or "list"
    return folder / f"{safe}_{clock.today().isoformat()}.xlsx"


def ask_path(parent: QWidget, ctx: AppContext, title: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ExportList", "Export to Excel"),
        str(default_path(ctx, title)),
        translate("ExportList", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def ask_unmask(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("ExportList", "Personal data"),
        translate(
            "ExportList",
            "The list contains personal data (names or phone numbers). Write them in full? "
            "Choose No to mask them (138****1234).",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def export_list_dialog(parent: QWidget, ctx: AppContext, view: ListView) -> None:
    """Ask where to save, then write the list in the background and say where it went."""
    model = view.model
    if isinstance(model, QueryTableModel) and model.total > STREAM_ROWS:
        _export_streamed(parent, ctx, view, model)
        return
    data = collect(view)
    path = ask_path(parent, ctx, data.title)
    if path is None:
        return
    unmask = bool(data.pii) and ask_unmask(parent)
    ctx.qsettings.setValue(LAST_FOLDER_KEY, str(path.parent))

    def work(_control: object) -> Path:
        return write_list(
            path, data.title, data.headers, data.rows, data.kinds, data.pii, mask_pii=not unmask
        )

    def done(written: Path) -> None:
        _written(parent, len(data.rows), written)

    ctx.run_task(parent, translate("ExportList", "Exporting the list…"), work, done)


def _written(parent: QWidget, count: int, path: Path) -> None:
    QMessageBox.information(
        parent,
        translate("ExportList", "Export to Excel"),
        translate("ExportList", "{count} rows written to {path}.").format(count=count, path=path),
    )


def plain_rows(rows: Iterable[Any], columns: list[Column]) -> Iterator[list[Any]]:
    for row in rows:
        yield [_plain(cell_value(row, c.key), c.kind) for c in columns]


def _export_streamed(
    parent: QWidget, ctx: AppContext, view: ListView, model: QueryTableModel
) -> None:
    from branchops.excel.list_stream import write_list_streamed

    title = view.title or translate("ExportList", "List")
    columns = [model.columns[i] for i in view.visible_columns()]
    pii = {i for i, c in enumerate(columns) if c.pii}
    path = ask_path(parent, ctx, title)
    if path is None:
        return
    unmask = bool(pii) and ask_unmask(parent)
    ctx.qsettings.setValue(LAST_FOLDER_KEY, str(path.parent))
    total = model.total
    text = translate("ExportList", "Exporting the list…")

    def work(control: TaskControl) -> int:
        def progress(done: int) -> None:
            control.check()
            control.progress(done, total, text)

        return write_list_streamed(
            path,
            title,
            [c.label for c in columns],
            plain_rows(model.all_rows(), columns),
            [c.kind.value for c in columns],
            pii,
            total=total,
            mask_pii=not unmask,
            progress=progress,
        )

    ctx.run_task(parent, text, work, lambda count: _written(parent, count, path))
