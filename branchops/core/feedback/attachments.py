"""Files kept with a feedback record (a complaint letter, a screenshot, a recording): copied into
the data folder once per content (named by SHA-256), listed with the record, opened from there.

A file is checked before anything is copied: it must exist, be readable and at most
``MAX_BYTES``. Removing an attachment removes the link; the stored copy stays (another record
may hold the same content, and backups expect it).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import NotFound, Problems
from branchops.core.feedback.models import FeedbackAttachment, FeedbackRecord
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_BYTES = 20 * 1024 * 1024
FOLDER_NAME = "attachments"


def attachments_folder(data_root: Path) -> Path:
    return data_root / FOLDER_NAME


def stored_path(folder: Path, sha256: str, extension: str) -> Path:
    return folder / sha256[:2] / f"{sha256}{extension}"


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    name: str
    size: int
    added_at: datetime
    path: Path
    exists: bool


def _read(path: Path, problems: Problems) -> bytes | None:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileNotFoundError
    except OSError:
        problems.add(
            "attachments",
            translate("Feedback", "File {name} was not found.").format(name=path.name),
        )
        return None
    if size > MAX_BYTES:
        problems.add(
            "attachments",
            translate("Feedback", "File {name} is larger than {limit} MB.").format(
                name=path.name, limit=MAX_BYTES // (1024 * 1024)
            ),
        )
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        problems.add(
            "attachments",
            translate("Feedback", "File {name} cannot be read: {reason}").format(
                name=path.name, reason=exc.strerror or exc
            ),
        )
        return None


def _store(folder: Path, data: bytes, extension: str) -> str:
    sha256 = hashlib.sha256(data).hexdigest()
    target = stored_path(folder, sha256, extension)
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    return sha256


def attach_files(
    session: Session, user: CurrentUser, record_id: int, folder: Path, paths: list[Path]
) -> int:
    """Check every file, then copy and link them all (no commit); a bad file stops them all."""
    require(user, Permission.WRITE)
    if session.get(FeedbackRecord, record_id) is None:
        raise NotFound(translate("Feedback", "This feedback record no longer exists."))
    problems = Problems()
    read = [(path, _read(path, problems)) for path in paths]
    problems.raise_if_any()
    now = clock.now().replace(microsecond=0)
    for path, data in read:
        assert data is not None
        extension = path.suffix.lower()[:16]
        sha256 = _store(folder, data, extension)
        session.add(
            FeedbackAttachment(
                record_id=record_id,
                sha256=sha256,
                extension=extension,
                size=len(data),
                original_name=path.name[:255],
                added_at=now,
                added_by=user.username,
            )
        )
    session.flush()
    return len(read)


def detach(session: Session, user: CurrentUser, attachment_id: int) -> None:
    """Remove the link to a file (no commit)."""
    require(user, Permission.WRITE)
    attachment = session.get(FeedbackAttachment, attachment_id)
    if attachment is None:
        raise NotFound(translate("Feedback", "This attachment no longer exists."))
    session.delete(attachment)
    session.flush()


def remove_attachment(uow: UnitOfWork, user: CurrentUser, attachment_id: int) -> None:
    detach(uow.session, user, attachment_id)
    uow.commit()


def list_attachments(session: Session, record_id: int, folder: Path) -> list[AttachmentRow]:
    rows = session.scalars(
        select(FeedbackAttachment)
        .where(FeedbackAttachment.record_id == record_id)
        .order_by(FeedbackAttachment.added_at, FeedbackAttachment.id)
    )
    out = []
    for a in rows:
        path = stored_path(folder, a.sha256, a.extension)
        out.append(AttachmentRow(a.id, a.original_name, a.size, a.added_at, path, path.is_file()))
    return out
