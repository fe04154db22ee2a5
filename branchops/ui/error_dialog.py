"""Unexpected errors: logged, then a friendly dialog; the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from branchops.i18n import translate

log = logging.getLogger("branchops.crash")


def report_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    details = getattr(exc, "details", None) or "".join(
        traceback.format_exception(exc_type, exc, tb)
    )
    log.error("Unexpected error\n%s", details)
    if QApplication.instance() is None:
        return
    in_words = _database_problem(exc)
    if in_words is not None:
        QMessageBox.warning(
            parent or QApplication.activeWindow(),
            translate("ErrorDialog", "The database could not be used"),
            in_words,
        )
        return
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorDialog", "Something went wrong"))
    box.setText(
        translate(
            "ErrorDialog",
            "BranchOps met an unexpected problem and stopped what it was doing. "
            "Records you had already saved are safe.",
        )
    )
    box.setInformativeText(
        translate(
            "ErrorDialog",
            "You can carry on working. If it happens again, send the details below "
            "(also in the log file) to your IT contact.",
        )
    )
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_exception(exc_type, exc, tb)

    sys.excepthook = hook


def _database_problem(exc: BaseException) -> str | None:
    """A database failure (locked beyond the busy timeout, disk full, server gone) in words."""
    from branchops.db.errors import describe

    described = describe(exc, "")
    return None if described is None else str(described)
