"""What the roster page's actions (``roster_actions.py``) use of the page that runs them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from branchops.ui.context import AppContext

if TYPE_CHECKING:
    from branchops.ui.staff.roster_model import RosterGridModel


@dataclass(frozen=True)
class RosterView:
    """What the roster actions use of the page that runs them."""

    parent: QWidget  # the dialogs' parent
    ctx: AppContext
    period: Callable[[], tuple[date, date]]  # the days on screen
    grid: RosterGridModel  # people, days and which days are published
    selected_cells: Callable[[], list[tuple[int, date]]]
    refresh: Callable[[], None]  # reload the page after a save
