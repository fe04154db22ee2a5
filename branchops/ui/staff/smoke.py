"""The main dialogs of the staff and scheduling pages, opened by ``branchops --smoke``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from branchops import clock
from branchops.core.period import Month
from branchops.core.staff.roster import load_grid
from branchops.ui.context import AppContext
from branchops.ui.staff.autoroster_dialog import AutoRosterDialog
from branchops.ui.staff.entitlement_dialog import entitlement_dialog_for_smoke
from branchops.ui.staff.leave_dialog import LeaveDialog, UnavailabilityDialog
from branchops.ui.staff.needs_editor import SpecialDayDialog, WeekdayNeedsDialog
from branchops.ui.staff.shift_dialog import ShiftDialog
from branchops.ui.staff.staff_dialog import StaffDialog
from branchops.ui.staff.swap_dialog import SwapDialog


def _auto_roster(ctx: AppContext, parent: QWidget) -> QDialog:
    month = Month.of(clock.today()).shift(1)
    return AutoRosterDialog(ctx, month.first_day, month.last_day, parent)


def _swap(ctx: AppContext, parent: QWidget) -> QDialog:
    month = Month.of(clock.today())
    with ctx.db.session() as session:
        grid = load_grid(session, month.first_day, month.last_day)
    return SwapDialog(grid.people, grid.days, [], parent)


STAFF_DIALOGS = [("staff", lambda ctx, parent: StaffDialog(ctx, None, parent))]
SHIFT_DIALOGS = [
    ("shift_type", lambda ctx, parent: ShiftDialog(ctx, None, parent)),
    ("weekday_needs", lambda ctx, parent: WeekdayNeedsDialog(ctx, 0, parent)),
    ("special_days", lambda ctx, parent: SpecialDayDialog(ctx, None, parent)),
]
LEAVE_DIALOGS = [
    ("leave", lambda ctx, parent: LeaveDialog(ctx, None, parent)),
    ("unavailable", lambda ctx, parent: UnavailabilityDialog(ctx, parent)),
    ("leave_entitlements", entitlement_dialog_for_smoke),
]
ROSTER_DIALOGS = [("auto_roster", _auto_roster), ("swap", _swap)]
