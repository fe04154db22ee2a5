"""Roster page actions that open dialogs or files: publish, swap, auto-roster, print, export.

They see the page only through ``RosterView`` (``roster_view.py``): what they need of it, and
nothing else."""

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
from branchops.ui.staff.roster_view import RosterView
from branchops.ui.staff.swap_dialog import SwapDialog
from branchops.ui.widgets.messages import confirm, show_error

if TYPE_CHECKING:
    from branchops.ui.staff.autoroster_dialog import AutoRosterDialog


def publish(view: RosterView) -> None:
    first, last = view.period()
    if not confirm(
        view.parent,
        translate("RosterPage", "Publish roster"),
        translate(
            "RosterPage",
            "Publish the roster from {first} to {last}? Later changes will need a reason.",
        ).format(first=first.isoformat(), last=last.isoformat()),
    ):
        return

    def run(override: str) -> int:
        with view.ctx.db.unit_of_work(view.ctx.user) as uow:
            return roster.publish(uow, view.ctx.user, first, last, override_reason=override)

    if run_with_override(view.parent, view.ctx.user, run) is not None:
        view.ctx.events.data_changed.emit("roster")
        view.refresh()


def swap(view: RosterView) -> None:
    cells = view.selected_cells()
    dialog = SwapDialog(view.grid.people, view.grid.days, cells, view.parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    a_id, a_day, b_id, b_day = dialog.choice()
    reason = ""
    if view.grid.is_published(a_day) or view.grid.is_published(b_day):
        reason = ask_change_reason(view.parent) or ""
        if not reason:
            return

    def run(override: str) -> int:
        with view.ctx.db.unit_of_work(view.ctx.user) as uow:
            return swap_shifts(
                uow, view.ctx.user, a_id, a_day, b_id, b_day, reason=reason,
                override_reason=override,
            )  # fmt: skip

    if run_with_override(view.parent, view.ctx.user, run) is not None:
        view.refresh()


def auto_roster(view: RosterView) -> AutoRosterDialog:
    # OR-Tools (and the pandas it brings, ~0.8 s and 76 MiB) load when the solver is asked for
    from branchops.ui.staff.autoroster_dialog import AutoRosterDialog

    first, last = view.period()
    dialog = AutoRosterDialog(view.ctx, first, last, view.parent)
    dialog.accepted_result.connect(view.refresh)
    dialog.open()
    return dialog


def _sheet(view: RosterView):
    first, last = view.period()
    with view.ctx.db.session() as session:
        return roster_sheet(session, first, last)


def _target(view: RosterView, suffix: str, title: str, pattern: str) -> Path | None:
    first, _ = view.period()
    suggested = str(view.ctx.paths.root / f"roster-{first:%Y-%m}{suffix}")
    name, _ = QFileDialog.getSaveFileName(view.parent, title, suggested, pattern)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def export_pdf(view: RosterView) -> None:
    target = _target(view, ".pdf", translate("RosterPage", "Save roster as PDF"), "PDF (*.pdf)")
    if target is None:
        return
    try:
        write_roster_pdf(_sheet(view), target)
    except Exception as error:  # a user error is shown in words, anything else reported
        show_error(view.parent, error)
        return
    QMessageBox.information(
        view.parent, translate("RosterPage", "Roster"),
        translate("RosterPage", "Saved {path}.").format(path=target),
    )  # fmt: skip


def export_excel(view: RosterView) -> None:
    target = _target(
        view, ".xlsx", translate("RosterPage", "Save roster as Excel"), "Excel (*.xlsx)"
    )
    if target is None:
        return
    from branchops.excel.roster import write_roster_xlsx  # openpyxl on the first export

    try:
        write_roster_xlsx(_sheet(view), target)
    except Exception as error:
        show_error(view.parent, error)
        return
    QMessageBox.information(
        view.parent, translate("RosterPage", "Roster"),
        translate("RosterPage", "Saved {path}.").format(path=target),
    )  # fmt: skip


def print_roster(view: RosterView) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_landscape_layout())
    dialog = QPrintDialog(printer, view.parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        paint_roster(printer, _sheet(view))
