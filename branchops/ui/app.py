"""Desktop start-up: the window shows first, then the database opens on the next event-loop turn.

Nothing on the way to the first paint imports SQLAlchemy, Alembic or the pages: they load once
the window is on screen (see ``Startup``).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QThreadPool, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from branchops import APP_NAME, __version__
from branchops.config import AppSettings, DataPaths
from branchops.db.target import DatabaseTarget
from branchops.i18n import current_language, translate
from branchops.ui.context import AppContext
from branchops.ui.error_dialog import install_excepthook
from branchops.ui.gui_collector import GuiThreadCollector
from branchops.ui.logging_setup import setup_logging
from branchops.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)
FRAME_WAIT_MS = 300  # open the database after this long even if the frame never paints
EXIT_WAIT_MS = 5_000  # at exit, how long work off the UI thread may take to end
# The start imports SQLAlchemy and every model, then the first page reads many rows: at Python's
# default thresholds the collector walks those long-lived objects again and again while finding
# little garbage (6 % of the CPU from the database open to the dashboard's tiles on the large
# demo). Collected less often until the start has settled (always on the GUI thread: see
# ``gui_collector.py``).
START_GC_THRESHOLD = (20_000, 20, 100)
USUAL_GC_THRESHOLD = gc.get_threshold()
START_GC_MS = 15_000
STYLE_SHEET = Path(__file__).resolve().parent.parent.parent / "resources" / "styles" / "app.qss"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_qt_translator(app)
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    return app


def install_qt_translator(app: QApplication) -> None:
    """Qt's own strings (standard buttons, file dialogs) in the chosen language."""
    if current_language() != "zh_CN":
        QLocale.setDefault(QLocale("en_US"))
        return
    QLocale.setDefault(QLocale("zh_CN"))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
        app.installTranslator(translator)


def resolve_target(
    args: argparse.Namespace, settings: AppSettings
) -> tuple[DatabaseTarget, DataPaths]:
    paths = DataPaths(settings.data_path())
    chosen = args.db or settings.database
    if chosen:
        target = DatabaseTarget.parse(chosen)
        if target.path is not None:
            paths = DataPaths(target.path.parent)
        return target, paths
    paths.root.mkdir(parents=True, exist_ok=True)
    return DatabaseTarget.parse(paths.default_database), paths


def fail(text: str, interactive: bool = True) -> int:
    """Says why the app cannot start (a dialog unless unattended) and returns exit code 1."""
    print(text, file=sys.stderr)
    if interactive:
        QMessageBox.critical(None, translate("App", "BranchOps cannot start"), text)
    return 1


def run_app(args: argparse.Namespace) -> int:
    app = create_application()
    collector = GuiThreadCollector(START_GC_THRESHOLD, app)
    collector.start()
    QTimer.singleShot(START_GC_MS, lambda: collector.use_thresholds(USUAL_GC_THRESHOLD))
    try:
        return _run_app(app, args)
    finally:
        collector.stop()


def _run_app(app: QApplication, args: argparse.Namespace) -> int:
    settings = AppSettings.load()
    try:
        target, paths = resolve_target(args, settings)
    except OSError as exc:
        return fail(
            translate("App", "Cannot create the data folder: {reason}").format(reason=exc),
            interactive=not args.smoke,
        )
    setup_logging(paths.logs)
    install_excepthook()
    instance = SingleInstance.for_target(target)
    if not args.smoke and instance.ask_running_copy_to_activate():
        print(translate("App", "BranchOps is already open on this database."), file=sys.stderr)
        return 0
    if not instance.claim():
        return fail(
            translate(
                "App",
                "Another copy of BranchOps is using {db}. Close it first, then start again.",
            ).format(db=target.display()),
            interactive=not args.smoke,
        )
    try:
        if args.smoke:
            return _smoke(app, args, target, paths, settings)
        startup = Startup(app, target, paths, settings, instance)
        if os.environ.get("BRANCHOPS_MEASURE_FIRST_PAINT"):
            from branchops.ui.first_paint import install

            install(startup.window)
        startup.window.show_frame(startup.ctx)
        startup.window.show()
        startup.finish_after_first_paint()
        code = app.exec()
        # Work still running off the UI thread ends before the interpreter tears Qt down.
        QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
        return startup.exit_code if startup.exit_code is not None else code
    finally:
        instance.release()


def _open(target: DatabaseTarget, paths: DataPaths):
    from branchops.db.lifecycle import open_database

    db, _ = open_database(target, paths.backups)
    return db


def _smoke(
    app: QApplication,
    args: argparse.Namespace,
    target: DatabaseTarget,
    paths: DataPaths,
    settings: AppSettings,
) -> int:
    from branchops.db.errors import DatabaseOpenError
    from branchops.ui.smoke import run_smoke

    try:
        db = _open(target, paths)
    except DatabaseOpenError as exc:
        return fail(str(exc), interactive=False)
    try:
        ctx = AppContext(db=db, paths=paths, settings=settings)
        return run_smoke(app, ctx, Path(args.screenshots) if args.screenshots else None)
    finally:
        from branchops.ui.widgets.list_jobs import wait_idle

        wait_idle(EXIT_WAIT_MS / 1000)
        db.dispose()


class Startup(QObject):
    """Shows the frame at once, then opens the database, signs in and sets up the branch."""

    def __init__(
        self,
        app: QApplication,
        target: DatabaseTarget,
        paths: DataPaths,
        settings: AppSettings,
        instance: SingleInstance,
    ) -> None:
        super().__init__()
        from branchops.ui.main_window import MainWindow

        self.app = app
        self.target = target
        self.paths = paths
        self.settings = settings
        self.instance = instance
        self.window = MainWindow()
        self.ctx = AppContext.before_database(paths, settings)
        self.exit_code: int | None = None
        self._finish_pending = False
        instance.activate_requested.connect(self.window.bring_to_front)
        app.aboutToQuit.connect(self._on_quit)

    def finish_after_first_paint(self) -> None:
        """Opens the database once the frame is on screen (a zero-timer would run before the
        first paint, so the user would see nothing until the page is ready)."""
        self._finish_pending = True
        self.window.installEventFilter(self)
        QTimer.singleShot(FRAME_WAIT_MS, self._finish_once)  # no paint (minimised, hidden)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._finish_once)
        return False

    def _finish_once(self) -> None:
        if self._finish_pending:
            self._finish_pending = False
            self.finish()

    def finish(self) -> None:
        from branchops.db.errors import DatabaseOpenError
        from branchops.ui.backups import backup_if_due

        try:
            db = _open(self.target, self.paths)
        except DatabaseOpenError as exc:
            self._stop(fail(str(exc)))
            return
        self.ctx.db = db
        backup_if_due(self.ctx, "daily")
        if not self._sign_in() or not self._set_up():
            self._stop(0)
            return
        self.window.attach(self.ctx)

    def _stop(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        self.app.quit()

    def _on_quit(self) -> None:
        if not self.ctx.database_open:
            return
        from branchops.ui.backups import backup_if_due

        backup_if_due(self.ctx, "exit")
        from branchops.ui.widgets.list_jobs import wait_idle

        wait_idle(EXIT_WAIT_MS / 1000)  # no list query runs on a connection disposed here
        self.ctx.db.dispose()

    def _sign_in(self) -> bool:
        from branchops.core import settings as branch_settings

        with self.ctx.db.session() as session:
            required = branch_settings.get(session, branch_settings.SIGN_IN_REQUIRED)
        if not required:
            return True
        from branchops.ui.dialogs.user_dialogs import SignInDialog

        dialog = SignInDialog(self.ctx, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return False
        self.ctx.user = dialog.user
        return True

    def _set_up(self) -> bool:
        from branchops.core.branch.queries import is_set_up

        with self.ctx.db.session() as session:
            if is_set_up(session):
                return True
        from branchops.ui.dialogs.setup_wizard import RESTART, SetupWizard  # first start only

        while True:
            result = SetupWizard(self.ctx, self.window).exec()
            if result != RESTART:
                return result == QDialog.DialogCode.Accepted
            install_qt_translator(self.app)
            self.window.drop_built_pages()  # the frame page is built again in the new language
