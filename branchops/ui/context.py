"""What every page and dialog is given: the database, the user, folders, settings, events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from branchops.config import AppSettings, DataPaths, config_dir
from branchops.core.users.permissions import SINGLE_USER, CurrentUser
from branchops.ui.workers import TaskControl, TaskRunner, run_task

if TYPE_CHECKING:
    from branchops.db.lifecycle import Database


class AppEvents(QObject):
    data_changed = Signal(str)  # the area whose data changed, e.g. "quality"
    user_changed = Signal()
    profile_changed = Signal()


def gui_settings() -> QSettings:
    """Window geometry, last page and column widths of this PC (an ini file in the config dir)."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


@dataclass
class AppContext:
    db: Database
    paths: DataPaths
    settings: AppSettings
    user: CurrentUser = SINGLE_USER
    events: AppEvents = field(default_factory=AppEvents)
    qsettings: QSettings = field(default_factory=gui_settings)

    def run_task(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[TaskControl], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
        on_finished: Callable[[], None] | None = None,
    ) -> TaskRunner:
        return run_task(parent, title, fn, on_result, on_error, cancellable, on_finished)

    @classmethod
    def before_database(cls, paths: DataPaths, settings: AppSettings) -> AppContext:
        """The context of the start-up frame: ``db`` is set once the database is open. Only a
        page declared ``frame_first`` is built with it before then, and reads nothing until its
        ``refresh()``."""
        return cls(db=cast("Database", None), paths=paths, settings=settings)

    @property
    def database_open(self) -> bool:
        return self.db is not None
