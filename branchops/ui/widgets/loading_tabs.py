"""Lazy tabs that read their data when shown: each tab's ``refresh()`` runs the first time it
is shown or asked for after the tabs were marked stale, so a page reloads only the tab in front.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QWidget

from branchops.ui.context import AppContext
from branchops.ui.widgets.lazy_tabs import LazyTabs


class LoadingTabs(LazyTabs):
    def __init__(
        self, ctx: AppContext, tabs: Sequence[tuple[str, str, str]], kept: Iterable[str] = ()
    ) -> None:
        """``kept``: tabs that read their data once, when built, and are never marked stale."""
        super().__init__(ctx, tabs)
        self.kept = frozenset(kept)
        self.stale = set(self.keys) - self.kept
        self.currentChanged.connect(lambda _index: self.loaded(self.current_key()))

    def refresh(self) -> None:
        """Every tab is stale: the one in front reads its data now, the others when shown."""
        self.stale = set(self.keys) - self.kept
        self.loaded(self.current_key())

    def loaded(self, key: str) -> QWidget:
        """The tab, built on first use and with its data read if stale."""
        tab = self.tab(key)
        if key in self.stale:
            self.stale.discard(key)
            tab.refresh()  # type: ignore[attr-defined]
        return tab

    def show_fresh(self, key: str) -> QWidget:
        """The tab in front without reading it: its caller loads it (with its own filters)."""
        self.stale.discard(key)
        return self.show_tab(key)
