"""Backups from the GUI: daily at first start, on exit, now, and a verified restore."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from branchops.core import settings
from branchops.core.users.permissions import Permission
from branchops.db.backup import automatic_backup, daily_backup_due, restore
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.messages import confirm, show_error

log = logging.getLogger(__name__)


def _keep(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return int(settings.get(session, settings.BACKUP_KEEP))


def _hq_key(ctx: AppContext) -> str:
    """Signs the audit chain head in each backup's manifest when HQ has issued a key."""
    from branchops.core.branch.queries import load_profile

    with ctx.db.session() as session:
        profile = load_profile(session)
    return profile.hq_key if profile is not None else ""


def backup_if_due(ctx: AppContext, kind: str, parent: QWidget | None = None) -> str | None:
    """Daily (first start of the day) or on exit. A failure is logged and the user is told in
    words that backups have stopped working (the message is also returned); it never blocks
    the work itself."""
    path = ctx.db.target.path
    if path is None or not path.exists():
        return None
    if kind == "daily" and not daily_backup_due(ctx.paths.backups):
        return None
    try:
        automatic_backup(path, ctx.paths.backups, kind, _keep(ctx), key=_hq_key(ctx))
    except Exception as exc:
        log.exception("automatic %s backup failed", kind)
        message = backup_failed_message(exc, ctx.paths.backups)
        QMessageBox.warning(parent, translate("Backups", "Backup failed"), message)
        return message
    return None


def backup_failed_message(exc: BaseException, folder: object) -> str:
    from branchops.db.errors import describe

    described = describe(exc, folder)
    reason = str(described) if described is not None else (str(exc) or type(exc).__name__)
    return translate(
        "Backups",
        "The automatic backup into {folder} failed: {reason} Your data is unchanged, but it is "
        "not backed up until this is fixed; use File > Back up now once it is.",
    ).format(folder=folder, reason=reason)


def backup_now(ctx: AppContext, parent: QWidget) -> None:
    path = ctx.db.target.path
    if path is None:
        QMessageBox.information(
            parent,
            translate("Backups", "Back up"),
            translate("Backups", "This database is on a server; back it up with pg_dump."),
        )
        return
    keep, key = _keep(ctx), _hq_key(ctx)

    def work(control):
        control.progress(0, 0, translate("Backups", "Backing up…"))
        return automatic_backup(path, ctx.paths.backups, "manual", keep, key=key)

    def done(out) -> None:
        QMessageBox.information(
            parent,
            translate("Backups", "Back up"),
            translate("Backups", "Backup written to {path}.").format(path=out),
        )

    ctx.run_task(parent, translate("Backups", "Back up"), work, done, cancellable=False)


def restore_from_file(ctx: AppContext, parent: QWidget) -> None:
    if not ctx.user.allowed(Permission.MANAGE):
        QMessageBox.warning(
            parent, translate("Backups", "Restore"), ctx.user.why_not(Permission.MANAGE)
        )
        return
    path = ctx.db.target.path
    if path is None:
        QMessageBox.information(
            parent,
            translate("Backups", "Restore"),
            translate("Backups", "This database is on a server; restore it with pg_restore."),
        )
        return
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Backups", "Choose a backup to restore"),
        str(ctx.paths.backups),
        translate("Backups", "BranchOps backups (*.sqlite3)"),
    )
    if not chosen:
        return
    if not confirm(
        parent,
        translate("Backups", "Restore"),
        translate(
            "Backups",
            "Replace the current data with this backup? The current database is kept in the "
            "backups folder. BranchOps closes afterwards; start it again.",
        ),
    ):
        return
    key = _hq_key(ctx)
    from branchops.ui.widgets.list_jobs import wait_idle

    wait_idle()  # no list query runs on the connections disposed here
    ctx.db.dispose()
    try:
        from pathlib import Path

        restore(path, Path(chosen), ctx.paths.backups, actor=ctx.user.username, key=key)
    except Exception as exc:
        show_error(parent, exc)
        return
    QMessageBox.information(
        parent,
        translate("Backups", "Restore"),
        translate("Backups", "The backup was restored. BranchOps will now close."),
    )
    parent.window().close()
