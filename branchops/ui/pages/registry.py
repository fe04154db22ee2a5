"""The pages of the main window, declared without importing them.

The sidebar is drawn from these entries before the database is open (fast start); a page's
module is imported the first time it is shown. The shell's own pages are ``SHELL_PAGES``; an area
declares its pages in ``branchops/ui/<area key>/pages.py`` (``PAGES``), found by name.
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
    # The page can paint its frame before the database opens: its module imports no SQLAlchemy
    # or core service, its constructor reads nothing, and ``refresh()`` loads (off the UI thread
    # where it is long). Then it is built with the window when it is the page left last.
    frame_first: bool = False

    @property
    def label(self) -> str:
        return translate("Pages", self.title)

    def create(self, ctx: AppContext) -> QWidget:
        return _load(self.widget)(ctx)

    def smoke_dialogs(self) -> list[tuple[str, DialogFactory]]:
        return list(_load(self.dialogs)) if self.dialogs else []


SHELL_PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "Dashboard"),
        "dashboard",
        10,
        "branchops.ui.dashboard.dashboard_page:DashboardPage",
        frame_first=True,
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        "reports",
        800,
        "branchops.ui.reports.reports_page:ReportsPage",
        "branchops.ui.reports.smoke:REPORT_DIALOGS",
        frame_first=True,
    ),
    PageSpec(
        "audit",
        QT_TRANSLATE_NOOP("Pages", "Audit log"),
        "audit",
        900,
        "branchops.ui.pages.audit_page:AuditPage",
        frame_first=True,
    ),
)


def _area_pages() -> list[PageSpec]:
    from branchops.core.areas import contributions

    pages: list[PageSpec] = []
    for _area, module in contributions("branchops.ui.{key}.pages"):
        pages.extend(importlib.import_module(module).PAGES)
    return pages


def all_pages() -> list[PageSpec]:
    return sorted([*SHELL_PAGES, *_area_pages()], key=lambda p: p.order)
