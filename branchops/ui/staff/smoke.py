"""The main dialogs of the staff and scheduling pages, opened by ``branchops --smoke``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from branchops import clock
from branchops.core.period import Month
from branchops.core.staff.roster import load_grid
from branchops.ui.context import AppContext
from branchops.ui.staff.autoroster_dialog import AutoRosterDialog
from branchops.ui.staff.entitlement_dialog import entitlement_dialog_for_smoke
from branchops.ui.staff.leave_page import leave_dialog_for_smoke, unavailability_dialog_for_smoke
from branchops.ui.staff.shifts_page import (
    needs_dialog_for_smoke,
    shift_dialog_for_smoke,
    special_day_dialog_for_smoke,
)
from branchops.ui.staff.staff_page import staff_dialog_for_smoke
from branchops.ui.staff.swap_dialog import SwapDialog


def _auto_roster(ctx: AppContext, parent: QWidget) -> QDialog:
    month = Month.of(clock.today()).shift(1)
    return AutoRosterDialog(ctx, month.first_day, month.last_day, parent)


def _swap(ctx: AppContext, parent: QWidget) -> QDialog:
    month = Month.of(clock.today())
    with ctx.db.session() as session:
        grid = load_grid(session, month.first_day, month.last_day)
    return SwapDialog(grid.people, grid.days, [], parent)


STAFF_DIALOGS = [("staff", staff_dialog_for_smoke)]
SHIFT_DIALOGS = [
    ("shift_type", shift_dialog_for_smoke),
    ("weekday_needs", needs_dialog_for_smoke),
    ("special_days", special_day_dialog_for_smoke),
]
LEAVE_DIALOGS = [
    ("leave", leave_dialog_for_smoke),
    ("unavailable", unavailability_dialog_for_smoke),
    ("leave_entitlements", entitlement_dialog_for_smoke),
]
ROSTER_DIALOGS = [("auto_roster", _auto_roster), ("swap", _swap)]
