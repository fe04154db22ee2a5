"""The pages of the main window. Each module in ``PAGE_MODULES`` has a list ``PAGES``."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from branchops.i18n import translate

if TYPE_CHECKING:
    from branchops.ui.context import AppContext

PAGE_MODULES: tuple[str, ...] = ("branchops.ui.pages.audit_page",)

DialogFactory = Callable[["AppContext", QWidget], QDialog]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # QT_TRANSLATE_NOOP("Pages", ...) source
    icon: str  # resources/icons/<icon>.svg
    order: int
    factory: Callable[[AppContext], QWidget]
    dialogs: list[tuple[str, DialogFactory]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return translate("Pages", self.title)


def all_pages() -> list[PageSpec]:
    pages: list[PageSpec] = []
    for name in PAGE_MODULES:
        pages.extend(importlib.import_module(name).PAGES)
    return sorted(pages, key=lambda p: p.order)
