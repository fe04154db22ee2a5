"""Tabs built the first time they are shown or asked for, from ``"module:Class"`` names.

A page using it imports none of its tabs' modules until a tab is needed, so it can paint its
frame before the database opens (``PageSpec.frame_first``) and opening it builds only the tab
in front. ``currentWidget``, ``setCurrentWidget``, ``widget`` and ``indexOf`` speak of the
tabs themselves, as on a ``QTabWidget`` whose tabs were built at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from branchops.ui.context import AppContext


class LazyTabs(QTabWidget):
    def __init__(self, ctx: AppContext, tabs: Sequence[tuple[str, str, str]]) -> None:
        """``tabs``: (key, translated label, "module:Class" taking the context) in order."""
        super().__init__()
        self.ctx = ctx
        self.keys = tuple(key for key, _, _ in tabs)
        self._targets = {key: target for key, _, target in tabs}
        self._holders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        for key, label, _ in tabs:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, label)
            self._holders[key] = holder

    def tab(self, key: str) -> QWidget:
        """The tab's widget, built on first use."""
        if key not in self._built:
            module, _, name = self._targets[key].partition(":")
            widget = getattr(importlib.import_module(module), name)(self.ctx)
            self._holders[key].layout().addWidget(widget)
            self._built[key] = widget
        return self._built[key]

    def is_built(self, key: str) -> bool:
        return key in self._built

    def current_key(self) -> str:
        return self.keys[max(self.currentIndex(), 0)]

    def show_tab(self, key: str) -> QWidget:
        self.setCurrentIndex(self.keys.index(key))
        return self.tab(key)

    def key_of(self, widget: QWidget) -> str | None:
        for key, built in self._built.items():
            if built is widget:
                return key
        return None

    # --- the QTabWidget calls, on the tabs rather than their holders ---------------------------
    def currentWidget(self) -> QWidget:
        return self.tab(self.current_key())

    def setCurrentWidget(self, widget: QWidget) -> None:
        key = self.key_of(widget)
        if key is None:
            super().setCurrentWidget(widget)
        else:
            self.setCurrentIndex(self.keys.index(key))

    def widget(self, index: int) -> QWidget:
        return self.tab(self.keys[index])

    def indexOf(self, widget: QWidget) -> int:
        key = self.key_of(widget)
        return self.keys.index(key) if key is not None else super().indexOf(widget)
