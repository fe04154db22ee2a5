"""Roster page actions that open dialogs or files: publish, swap, auto-roster, print, export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from branchops.core.staff import roster
from branchops.core.staff.roster_sheet import roster_sheet
from branchops.core.staff.swap import swap_shifts
from branchops.i18n import translate
from branchops.ui.staff.reasons import ask_change_reason, run_with_override
from branchops.ui.staff.roster_print import a4_landscape_layout, paint_roster, write_roster_pdf
from branchops.ui.staff.swap_dialog import SwapDialog
from branchops.ui.widgets.messages import confirm, show_error

if TYPE_CHECKING:
    from branchops.ui.staff.autoroster_dialog import AutoRosterDialog
    from branchops.ui.staff.roster_page import RosterPage


def publish(page: RosterPage) -> None:
    first, last = page.period()
    if not confirm(
        page,
        translate("RosterPage", "Publish roster"),
        translate(
            "RosterPage",
            "Publish the roster from {first} to {last}? Later changes will need a reason.",
        ).format(first=first.isoformat(), last=last.isoformat()),
    ):
        return

    def run(override: str) -> int:
        with page.ctx.db.unit_of_work(page.ctx.user) as uow:
            return roster.publish(uow, page.ctx.user, first, last, override_reason=override)

    if run_with_override(page, page.ctx.user, run) is not None:
        page.ctx.events.data_changed.emit("roster")
        page.refresh()


def swap(page: RosterPage) -> None:
    cells = page.table.selected_cells()
    dialog = SwapDialog(page.model.people, page.model.days, cells, page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    a_id, a_day, b_id, b_day = dialog.choice()
    reason = ""
    if page.model.is_published(a_day) or page.model.is_published(b_day):
        reason = ask_change_reason(page) or ""
        if not reason:
            return

    def run(override: str) -> int:
        with page.ctx.db.unit_of_work(page.ctx.user) as uow:
            return swap_shifts(
                uow, page.ctx.user, a_id, a_day, b_id, b_day, reason=reason,
                override_reason=override,
            )  # fmt: skip

    if run_with_override(page, page.ctx.user, run) is not None:
        page.refresh()


def auto_roster(page: RosterPage) -> AutoRosterDialog:
    # OR-Tools (and the pandas it brings, ~0.8 s and 76 MiB) load when the solver is asked for
    from branchops.ui.staff.autoroster_dialog import AutoRosterDialog

    first, last = page.period()
    dialog = AutoRosterDialog(page.ctx, first, last, page)
    dialog.accepted_result.connect(page.refresh)
    dialog.open()
    return dialog


def _sheet(page: RosterPage):
    first, last = page.period()
    with page.ctx.db.session() as session:
        return roster_sheet(session, first, last)


def _target(page: RosterPage, suffix: str, title: str, pattern: str) -> Path | None:
    first, _ = page.period()
    suggested = str(page.ctx.paths.root / f"roster-{first:%Y-%m}{suffix}")
    name, _ = QFileDialog.getSaveFileName(page, title, suggested, pattern)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def export_pdf(page: RosterPage) -> None:
    target = _target(page, ".pdf", translate("RosterPage", "Save roster as PDF"), "PDF (*.pdf)")
    if target is None:
        return
    try:
        write_roster_pdf(_sheet(page), target)
    except Exception as error:  # a user error is shown in words, anything else reported
        show_error(page, error)
        return
    QMessageBox.information(
        page, translate("RosterPage", "Roster"),
        translate("RosterPage", "Saved {path}.").format(path=target),
    )  # fmt: skip


def export_excel(page: RosterPage) -> None:
    target = _target(
        page, ".xlsx", translate("RosterPage", "Save roster as Excel"), "Excel (*.xlsx)"
    )
    if target is None:
        return
    from branchops.excel.roster import write_roster_xlsx  # openpyxl on the first export

    try:
        write_roster_xlsx(_sheet(page), target)
    except Exception as error:
        show_error(page, error)
        return
    QMessageBox.information(
        page, translate("RosterPage", "Roster"),
        translate("RosterPage", "Saved {path}.").format(path=target),
    )  # fmt: skip


def print_roster(page: RosterPage) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_landscape_layout())
    dialog = QPrintDialog(printer, page)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        paint_roster(printer, _sheet(page))
