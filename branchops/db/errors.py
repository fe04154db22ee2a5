"""Errors about the database file itself, each with a message in the user's language."""

from __future__ import annotations

from branchops.i18n import translate


class DatabaseOpenError(Exception):
    """The database cannot be used; ``str(error)`` says why and what to do."""


def missing_folder(path: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors", "The folder for the database does not exist: {path}. Choose another."
        ).format(path=path)
    )


def not_a_database(path: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "{path} is not a BranchOps database. Choose the .sqlite3 file that BranchOps created.",
        ).format(path=path)
    )


def unreadable(path: object, reason: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors", "Cannot read the database {path}: {reason}. Check the file's rights."
        ).format(path=path, reason=reason)
    )


def read_only(path: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "Cannot write in {path}. The folder is read-only; choose a folder you may write in.",
        ).format(path=path)
    )


def newer_schema(path: object, revision: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "The database {path} was made by a newer BranchOps (schema {revision}). "
            "Install the newer version to open it; nothing was changed.",
        ).format(path=path, revision=revision)
    )


def cannot_connect(target: object, reason: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate("DatabaseErrors", "Cannot connect to the database {target}: {reason}").format(
            target=target, reason=reason
        )
    )


def disk_full(path: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "The disk is full while writing {path}. Free some space and try again; "
            "nothing was changed.",
        ).format(path=path)
    )
