"""The pages of the main window, declared without importing them.

The sidebar is drawn from these entries before the database is open (fast start); a page's
module is imported the first time it is shown. Adding a page is one entry in ``PAGES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from branchops.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from branchops.ui.context import AppContext

    DialogFactory = Callable[[AppContext, QWidget], QDialog]


def _load(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # QT_TRANSLATE_NOOP("Pages", ...) source
    icon: str  # resources/icons/<icon>.svg
    order: int
    widget: str  # "module:Class"; the class takes the AppContext
    dialogs: str = ""  # "module:NAME" of a list of (name, factory) opened by --smoke

    @property
    def label(self) -> str:
        return translate("Pages", self.title)

    def create(self, ctx: AppContext) -> QWidget:
        return _load(self.widget)(ctx)

    def smoke_dialogs(self) -> list[tuple[str, DialogFactory]]:
        return list(_load(self.dialogs)) if self.dialogs else []


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "quality",
        QT_TRANSLATE_NOOP("Pages", "Quality checks"),
        "quality",
        200,
        "branchops.ui.quality.quality_page:QualityPage",
        "branchops.ui.quality.smoke:QUALITY_DIALOGS",
    ),
    PageSpec(
        "actions",
        QT_TRANSLATE_NOOP("Pages", "Corrective actions"),
        "actions",
        210,
        "branchops.ui.actions.actions_page:ActionsPage",
        "branchops.ui.actions.smoke:ACTION_DIALOGS",
    ),
    PageSpec(
        "staff",
        QT_TRANSLATE_NOOP("Pages", "Staff"),
        "staff",
        300,
        "branchops.ui.staff.staff_page:StaffPage",
        "branchops.ui.staff.smoke:STAFF_DIALOGS",
    ),
    PageSpec(
        "shifts",
        QT_TRANSLATE_NOOP("Pages", "Shifts and needs"),
        "shifts",
        310,
        "branchops.ui.staff.shifts_page:ShiftsPage",
        "branchops.ui.staff.smoke:SHIFT_DIALOGS",
    ),
    PageSpec(
        "leave",
        QT_TRANSLATE_NOOP("Pages", "Leave"),
        "leave",
        320,
        "branchops.ui.staff.leave_page:LeavePage",
        "branchops.ui.staff.smoke:LEAVE_DIALOGS",
    ),
    PageSpec(
        "roster",
        QT_TRANSLATE_NOOP("Pages", "Roster"),
        "roster",
        330,
        "branchops.ui.staff.roster_page:RosterPage",
        "branchops.ui.staff.smoke:ROSTER_DIALOGS",
    ),
    PageSpec(
        "timesheet",
        QT_TRANSLATE_NOOP("Pages", "Timesheet"),
        "timesheet",
        340,
        "branchops.ui.staff.timesheet_page:TimesheetPage",
    ),
    *_load("branchops.ui.feedback.pages:PAGES"),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        "reports",
        800,
        "branchops.ui.reports.reports_page:ReportsPage",
        "branchops.ui.reports.smoke:REPORT_DIALOGS",
    ),
    PageSpec(
        "audit",
        QT_TRANSLATE_NOOP("Pages", "Audit log"),
        "audit",
        900,
        "branchops.ui.pages.audit_page:AuditPage",
    ),
)


def all_pages() -> list[PageSpec]:
    return sorted(PAGES, key=lambda p: p.order)
