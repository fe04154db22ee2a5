"""Expense attachments (an invoice scan, a receipt PDF): copied into the data folder once per
content, named by SHA-256, like inspection photos. Checked before anything is copied."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from branchops.core.errors import ValidationError
from branchops.i18n import translate

ATTACHMENTS_DIRNAME = "attachments"
MAX_BYTES = 20 * 1024 * 1024
_EXTENSION = re.compile(r"^\.[A-Za-z0-9]{1,10}$")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    extension: str
    name: str


def attachments_dir(data_root: Path) -> Path:
    return data_root / ATTACHMENTS_DIRNAME


def attachment_path(folder: Path, sha256: str, extension: str) -> Path:
    return folder / sha256[:2] / f"{sha256}{extension}"


def _extension(name: str) -> str:
    suffix = Path(name).suffix
    return suffix.lower() if _EXTENSION.match(suffix) else ""


def read_attachment(source: Path, field: str = "attachment") -> bytes:
    name = source.name
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError.single(
                field,
                translate(
                    "Budget",
                    "The attachment {name} is larger than {limit} MB; choose a smaller one.",
                ).format(name=name, limit=MAX_BYTES // (1024 * 1024)),
            )
        return source.read_bytes()
    except OSError as exc:
        raise ValidationError.single(
            field,
            translate("Budget", "The attachment {name} cannot be read: {reason}").format(
                name=name, reason=exc.strerror or exc
            ),
        ) from None


def store_attachment(folder: Path, source: Path, field: str = "attachment") -> StoredFile:
    """Copy ``source`` into ``folder`` unless the same content is stored already."""
    data = read_attachment(source, field)
    sha256 = hashlib.sha256(data).hexdigest()
    extension = _extension(source.name)
    target = attachment_path(folder, sha256, extension)
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    return StoredFile(sha256, extension, source.name[:255])
