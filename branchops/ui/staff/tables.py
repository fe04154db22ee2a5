"""Small read-only tables of short lists (an InMemoryTableModel behind a sorting proxy) and
the row of buttons under one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView

from branchops.core.users.permissions import CurrentUser, Permission
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import InMemoryTableModel


def simple_table(model: InMemoryTableModel) -> QTableView:
    view = QTableView()
    view.setModel(make_proxy(model))
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    for index, column in enumerate(model.columns):
        view.setColumnWidth(index, column.width)
    return view


def current_row(view: QTableView, model: InMemoryTableModel) -> Any:
    index = view.currentIndex()
    return model.row_at(view.model().mapToSource(index).row()) if index.isValid() else None


def button_row(
    user: CurrentUser, permission: Permission, *buttons: tuple[str, Callable[[], None]]
) -> QHBoxLayout:
    """(label, slot) buttons on the left of a row, enabled for the roles with ``permission``."""
    bar = QHBoxLayout()
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        gate(button, user, permission)
        bar.addWidget(button)
    bar.addStretch(1)
    return bar
