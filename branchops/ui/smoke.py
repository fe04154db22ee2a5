"""``branchops --smoke [--screenshots DIR]``: open every page and main dialog, save PNGs.

Exits 0 only when nothing logged an error, raised, or printed a Qt critical message.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from branchops.i18n import current_language
from branchops.ui.context import AppContext

SCREEN_SIZE = (1366, 768)
DIALOG_SIZE_LIMIT = (1366, 768)
READY_TIMEOUT_S = 30.0


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_").lower()


class SmokeRun:
    def __init__(self, app: QApplication, ctx: AppContext, out: Path | None) -> None:
        self.app = app
        self.ctx = ctx
        self.out = out
        self.counter = _ErrorCounter()
        self.shots = 0
        self.qt_errors: list[str] = []

    def _qt_message(self, kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.qt_errors.append(message)
        print(message, file=sys.stderr)

    def _settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()
        # closed dialogs are deleted as the app's event loop would delete them (processEvents
        # alone never does, so every dialog would stay in memory)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _wait_until_ready(self, page: QWidget) -> None:
        """Pages that load in the background say when they are done (``is_ready``); lists
        fetch their rows in the background too."""
        from branchops.ui.widgets.list_view import ListView
        from branchops.ui.widgets.query_model import QueryTableModel

        views = page.findChildren(ListView)
        lists = [v.model for v in views if isinstance(v.model, QueryTableModel)]
        own = getattr(page, "is_ready", None)

        def ready() -> bool:
            return (not callable(own) or own()) and not any(m.busy for m in lists)

        deadline = time.monotonic() + READY_TIMEOUT_S
        while not ready() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)

    def shoot(self, widget: QWidget, name: str) -> None:
        self._settle()
        if self.out is None:
            return
        self.shots += 1
        path = self.out / f"{self.shots:02d}_{_slug(name)}_{current_language()}.png"
        widget.grab().save(str(path))

    def dialog(self, name: str, build: Callable[[], QDialog]) -> None:
        try:
            dialog = build()
            width = min(dialog.width(), DIALOG_SIZE_LIMIT[0])
            height = min(dialog.height(), DIALOG_SIZE_LIMIT[1])
            dialog.resize(width, height)
            dialog.show()
            self.shoot(dialog, f"dialog_{name}")
            if hasattr(dialog, "tabs"):
                for index in range(1, dialog.tabs.count()):
                    dialog.tabs.setCurrentIndex(index)
                    self.shoot(dialog, f"dialog_{name}_tab{index}")
            dialog.reject()
            dialog.deleteLater()
        except Exception:
            logging.getLogger("branchops.smoke").exception("dialog %s failed", name)

    def run(self) -> int:
        from branchops.ui.dialogs.about_dialog import AboutDialog
        from branchops.ui.dialogs.settings_dialog import SettingsDialog
        from branchops.ui.dialogs.setup_wizard import SetupWizard
        from branchops.ui.main_window import MainWindow

        logging.getLogger().addHandler(self.counter)
        previous = qInstallMessageHandler(self._qt_message)
        sys.excepthook = self._excepthook
        if self.out is not None:
            self.out.mkdir(parents=True, exist_ok=True)
        try:
            window = MainWindow(self.ctx)
            window.resize(*SCREEN_SIZE)
            window.show()
            for index, spec in enumerate(window.pages):
                try:
                    window.show_page(index)
                    self._wait_until_ready(window.page_widget(index))
                    self.shoot(window, f"page_{spec.key}")
                except Exception:
                    logging.getLogger("branchops.smoke").exception("page %s failed", spec.key)
                for name, factory in spec.smoke_dialogs():
                    self.dialog(f"{spec.key}_{name}", lambda f=factory: f(self.ctx, window))
            self.dialog("settings", lambda: SettingsDialog(self.ctx, window))
            self.dialog("about", lambda: AboutDialog(self.ctx, window))
            self.dialog("setup_wizard", lambda: SetupWizard(self.ctx, window))
            window.close()
            self._settle()
        finally:
            qInstallMessageHandler(previous)
            logging.getLogger().removeHandler(self.counter)
        failures = self.counter.records + self.qt_errors
        for failure in failures:
            print(failure, file=sys.stderr)
        print(f"smoke: {len(failures)} error(s), {self.shots} screenshot(s){_peak_memory()}")
        return 1 if failures else 0

    def _excepthook(self, exc_type, exc, tb) -> None:
        logging.getLogger("branchops.smoke").error("uncaught", exc_info=(exc_type, exc, tb))


def _peak_memory() -> str:
    """``, peak RSS N MiB`` where the platform tells it (not on Windows)."""
    try:
        import resource
    except ImportError:
        return ""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    mib = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS
    return f", peak RSS {mib:.0f} MiB"


def run_smoke(app: QApplication, ctx: AppContext, out: Path | None) -> int:
    return SmokeRun(app, ctx, out).run()
