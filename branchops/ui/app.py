"""Desktop start-up: translators, style, logging, single instance, database, sign-in, window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from branchops import APP_NAME, __version__
from branchops.config import AppSettings, DataPaths
from branchops.core import settings as branch_settings
from branchops.core.branch.service import is_set_up
from branchops.db.engine import DatabaseTarget
from branchops.db.errors import DatabaseOpenError
from branchops.db.lifecycle import Database, open_database
from branchops.i18n import current_language, translate
from branchops.ui.backups import backup_if_due
from branchops.ui.context import AppContext
from branchops.ui.error_dialog import install_excepthook
from branchops.ui.logging_setup import setup_logging
from branchops.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)
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


def fail(text: str) -> int:
    QMessageBox.critical(None, translate("App", "BranchOps cannot start"), text)
    print(text, file=sys.stderr)
    return 1


def run_app(args: argparse.Namespace) -> int:
    app = create_application()
    settings = AppSettings.load()
    try:
        target, paths = resolve_target(args, settings)
    except OSError as exc:
        return fail(translate("App", "Cannot create the data folder: {reason}").format(reason=exc))
    setup_logging(paths.logs)
    install_excepthook()
    instance = SingleInstance(target.url, _lock_path(target))
    if not args.smoke and instance.ask_running_copy_to_activate():
        print(translate("App", "BranchOps is already open on this database."), file=sys.stderr)
        return 0
    if not instance.claim():
        return fail(
            translate(
                "App",
                "Another copy of BranchOps is using {db}. Close it first, then start again.",
            ).format(db=target.display())
        )
    try:
        db, _ = open_database(target, paths.backups)
    except DatabaseOpenError as exc:
        instance.release()
        return fail(str(exc))
    try:
        return _run_with_database(app, args, db, paths, settings, instance)
    finally:
        instance.release()
        db.dispose()


def _lock_path(target: DatabaseTarget) -> Path | None:
    return target.path.with_name(target.path.name + ".lock") if target.path else None


def _run_with_database(
    app: QApplication,
    args: argparse.Namespace,
    db: Database,
    paths: DataPaths,
    settings: AppSettings,
    instance: SingleInstance,
) -> int:
    from branchops.ui.main_window import MainWindow

    ctx = AppContext(db=db, paths=paths, settings=settings)
    if args.smoke:
        from branchops.ui.smoke import run_smoke

        return run_smoke(app, ctx, Path(args.screenshots) if args.screenshots else None)
    backup_if_due(ctx, "daily")
    if not _sign_in(ctx) or not _set_up(ctx):
        return 0
    window = MainWindow(ctx)
    instance.activate_requested.connect(window.bring_to_front)
    window.show()
    code = app.exec()
    backup_if_due(ctx, "exit")
    return code


def _sign_in(ctx: AppContext) -> bool:
    with ctx.db.session() as session:
        required = branch_settings.get(session, branch_settings.SIGN_IN_REQUIRED)
    if not required:
        return True
    from branchops.ui.dialogs.user_dialogs import SignInDialog

    dialog = SignInDialog(ctx)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        return False
    ctx.user = dialog.user
    return True


def _set_up(ctx: AppContext) -> bool:
    with ctx.db.session() as session:
        done = is_set_up(session)
    if done:
        return True
    from branchops.ui.dialogs.setup_wizard import RESTART, SetupWizard

    while True:
        result = SetupWizard(ctx).exec()
        if result != RESTART:
            return result == QDialog.DialogCode.Accepted
        install_qt_translator(QApplication.instance())
