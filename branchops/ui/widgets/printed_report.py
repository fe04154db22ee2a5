"""What the printable reports of a record share (an inspection's report, a drill's after-action
report): A4 pages, the CJK fonts, building the text in the report's language, and the
"Report (PDF)" and "Print…" buttons, each with a menu of the report's two languages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QPushButton, QWidget

from branchops import i18n
from branchops.i18n import translate
from branchops.ui.context import AppContext

FONTS = ["Microsoft YaHei", "SimHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei"]

ExportReport = Callable[[AppContext, int, Path, str], object]  # (ctx, id, pdf path, language)
PrintReport = Callable[[AppContext, int, QPrinter, str], None]


@contextmanager
def language(code: str) -> Iterator[None]:
    """Build text in ``code`` for a moment, then go back to the language the user chose."""
    previous = i18n.current_language()
    i18n.set_language(code)
    try:
        yield
    finally:
        i18n.set_language(previous)


def set_a4(device: QPagedPaintDevice) -> None:
    """A4 portrait with the report's margins (preselected in the print dialog too)."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_a4(printer)
    return printer


class _LanguageMenuButton(QPushButton):
    """A button whose menu asks for the report in Chinese or in English, for one record."""

    def __init__(self, text: str, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(text, parent)
        self.ctx = ctx
        self.record_id: int | None = None
        menu = QMenu(self)
        menu.addAction(translate("ReportButtons", "Chinese report…"), lambda: self.run("zh_CN"))
        menu.addAction(translate("ReportButtons", "English report…"), lambda: self.run("en"))
        self.setMenu(menu)
        self.set_record(None)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.setEnabled(record_id is not None)

    def run(self, code: str) -> None:
        if self.record_id is not None:
            self._run(self.record_id, code)

    def _run(self, record_id: int, code: str) -> None:
        raise NotImplementedError


class ReportPdfButton(_LanguageMenuButton):
    """Saves the record's report as a PDF file named ``file_name(record_id, language)``."""

    def __init__(
        self,
        ctx: AppContext,
        export: ExportReport,
        save_title: str,
        file_name: Callable[[int, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("ReportButtons", "Report (PDF)"), ctx, parent)
        self.export = export
        self.save_title = save_title
        self.file_name = file_name

    def _run(self, record_id: int, code: str) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.save_title, self.file_name(record_id, code), "PDF (*.pdf)"
        )
        if target:
            self.export(self.ctx, record_id, Path(target), code)


class ReportPrintButton(_LanguageMenuButton):
    """Prints the record's report, the same pages as the PDF, on A4 after the print dialog."""

    def __init__(
        self,
        ctx: AppContext,
        print_report: PrintReport,
        dialog_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("ReportButtons", "Print…"), ctx, parent)
        self.print_report = print_report
        self.dialog_title = dialog_title

    def _run(self, record_id: int, code: str) -> None:
        printer = a4_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.dialog_title)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_report(self.ctx, record_id, printer, code)
