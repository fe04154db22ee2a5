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
    text = _first_line(reason)
    if _unreachable(text):
        return DatabaseOpenError(
            translate(
                "DatabaseErrors",
                "Cannot reach the database server of {target}. Check the network and that the "
                "server is running.",
            ).format(target=target)
        )
    return DatabaseOpenError(
        translate("DatabaseErrors", "Cannot connect to the database {target}: {reason}").format(
            target=target, reason=_server_reason(text) or text
        )
    )


def server_unreachable(target: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "Cannot reach the database server of {target}. Check the network and that the "
            "server is running. Nothing was saved; what you entered is kept, save again when "
            "the server is back.",
        ).format(target=target)
    )


_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "server closed the connection",
    "terminating connection",
    "connection timed out",
    "timeout expired",
    "no route to host",
    "could not translate host name",
    "connection is closed",
    "consuming input failed",
    "connection reset",
    "broken pipe",
    "connection to server",
    "the connection is lost",
    "server conn crashed",
)


def _unreachable(text: str) -> bool:
    lowered = text.lower()
    if _server_reason(text) is not None:
        return False
    return any(sign in lowered for sign in _UNREACHABLE)


def _server_reason(text: str) -> str | None:
    """The server's refusal in the user's words: a wrong password or database name."""
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return translate("DatabaseErrors", "the user name or password is wrong")
    if "database" in lowered and "does not exist" in lowered:
        return translate("DatabaseErrors", "the server has no database of that name")
    if "role" in lowered and "does not exist" in lowered:
        return translate("DatabaseErrors", "the server has no user of that name")
    return None


def _first_line(reason: object) -> str:
    """The driver's own first line (psycopg's start with "connection failed: ")."""
    text = str(reason).strip()
    line = text.splitlines()[0] if text else type(reason).__name__
    for lead in ("connection failed: ",):
        line = line.removeprefix(lead)
    if "FATAL:" in line:
        line = line.split("FATAL:", 1)[1].strip()
    return line


def disk_full(path: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "The disk is full while writing {path}. Free some space and try again; "
            "nothing was changed.",
        ).format(path=path)
    )


def upgrade_failed(
    target: object, revision: object, reason: object, copy: object | None
) -> DatabaseOpenError:
    if copy is None:
        return DatabaseOpenError(
            translate(
                "DatabaseErrors",
                "The upgrade of {target} from schema {revision} could not be completed "
                "({reason}); the database was left as it was.",
            ).format(target=target, revision=revision, reason=reason)
        )
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "The upgrade of {target} from schema {revision} could not be completed ({reason}); "
            "the database was left as it was, and the copy kept before the upgrade is {copy}.",
        ).format(target=target, revision=revision, reason=reason, copy=copy)
    )


def copy_failed(path: object, reason: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors", "The copy to {path} failed: {reason}. Nothing was changed."
        ).format(path=path, reason=reason)
    )


def busy(target: object, seconds: float) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "The database {target} is busy: another program has kept it locked for more than "
            "{seconds} seconds. Try again when it has finished; this change was not saved.",
        ).format(target=target, seconds=f"{seconds:g}")
    )


def in_use(target: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "BranchOps is open on {target} (the desktop app, or another command that writes); "
            "close it first, or wait until it has finished. Nothing was changed.",
        ).format(target=target)
    )


def _path_of(target: object):
    from pathlib import Path

    text = str(target)
    return Path(text) if text and "://" not in text else None


def describe(exc: BaseException, target: object) -> DatabaseOpenError | None:
    """A database failure in words (one line), or None when ``exc`` is not one.

    Recognises the SQLAlchemy and driver errors a running command can meet: the database locked
    beyond the busy timeout, a full disk, a read-only file, a lost server connection (the
    server unreachable: say so, so that the user saves again when it is back).
    """
    import sqlite3

    from branchops.db.disk_space import is_disk_full

    try:
        from sqlalchemy.exc import DBAPIError, SQLAlchemyError
    except ImportError:  # pragma: no cover - SQLAlchemy is a dependency
        return None
    if not isinstance(exc, SQLAlchemyError | sqlite3.Error | OSError):
        return None
    where = _path_of(target)
    if isinstance(exc, OSError) and not is_disk_full(exc, where):
        return None
    if is_disk_full(exc, where):
        return disk_full(target)
    driver = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(driver).splitlines()[0] if str(driver) else type(driver).__name__
    lowered = text.lower()
    if (isinstance(exc, DBAPIError) and exc.connection_invalidated) or _unreachable(
        _first_line(driver)
    ):
        return server_unreachable(target)
    if "locked" in lowered or "busy" in lowered:
        from branchops.db.engine import SQLITE_BUSY_TIMEOUT_MS

        return busy(target, SQLITE_BUSY_TIMEOUT_MS / 1000)
    if "readonly" in lowered or "read-only" in lowered:
        return read_only(target)
    return DatabaseOpenError(
        translate(
            "DatabaseErrors",
            "The database {target} reported an error: {reason}. This change was not saved.",
        ).format(target=target, reason=text)
    )
