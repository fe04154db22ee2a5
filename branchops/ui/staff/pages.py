"""The staff pages, declared without importing them (see ``branchops/ui/pages/registry.py``)."""

from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.pages.registry import PageSpec

PAGES = (
    PageSpec(
        "staff",
        QT_TRANSLATE_NOOP("Pages", "Staff"),
        "staff",
        300,
        "branchops.ui.staff.staff_page:StaffPage",
        "branchops.ui.staff.smoke:STAFF_DIALOGS",
        frame_first=True,
    ),
    PageSpec(
        "shifts",
        QT_TRANSLATE_NOOP("Pages", "Shifts and needs"),
        "shifts",
        310,
        "branchops.ui.staff.shifts_page:ShiftsPage",
        "branchops.ui.staff.smoke:SHIFT_DIALOGS",
        frame_first=True,
    ),
    PageSpec(
        "leave",
        QT_TRANSLATE_NOOP("Pages", "Leave"),
        "leave",
        320,
        "branchops.ui.staff.leave_page:LeavePage",
        "branchops.ui.staff.smoke:LEAVE_DIALOGS",
        frame_first=True,
    ),
    PageSpec(
        "roster",
        QT_TRANSLATE_NOOP("Pages", "Roster"),
        "roster",
        330,
        "branchops.ui.staff.roster_page:RosterPage",
        "branchops.ui.staff.smoke:ROSTER_DIALOGS",
        frame_first=True,
    ),
    PageSpec(
        "timesheet",
        QT_TRANSLATE_NOOP("Pages", "Timesheet"),
        "timesheet",
        340,
        "branchops.ui.staff.timesheet_page:TimesheetPage",
        frame_first=True,
    ),
)
