"""Small helpers shared by the reports dialogs: remembered folders and file pickers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext


def remembered_folder(ctx: AppContext, key: str) -> Path:
    saved = str(ctx.qsettings.value(key, "") or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def excel_filter() -> str:
    return translate("Reports", "Excel workbook (*.xlsx)")


def pick_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def pick_open(parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    return Path(chosen) if chosen else None


def pick_save(parent: QWidget, title: str, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), excel_filter())
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
