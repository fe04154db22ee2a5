"""Writing files safely: a workbook appears complete at its final name, or not at all."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from branchops.core.errors import UserError
from branchops.i18n import translate


@contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A temporary .xlsx path in ``target``'s folder, removed unless moved away."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=target.parent)
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def move_into_place(tmp: Path, target: Path) -> None:
    try:
        _readable_like_any_saved_file(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise cannot_write(target, exc) from exc


def save_workbook(wb: Any, tmp: Path, target: Path) -> None:
    try:
        wb.save(tmp)
    except OSError as exc:
        raise cannot_write(target, exc) from exc


def save_atomically(wb: Any, target: Path) -> None:
    with temp_beside(target) as tmp:
        save_workbook(wb, tmp, target)
        move_into_place(tmp, target)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def cannot_write(target: Path, exc: OSError) -> UserError:
    return UserError(
        translate(
            "Excel",
            "Cannot write {path}: {reason}. Close the file if it is open in Excel, or choose "
            "another folder.",
        ).format(path=target, reason=exc.strerror or exc)
    )


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


# Read once at import: changing the umask to read it is not safe while other threads run.
_UMASK = _read_umask()


def _readable_like_any_saved_file(path: Path) -> None:
    """A temporary file is private (0600); the saved workbook follows the user's umask."""
    path.chmod(0o666 & ~_UMASK)
