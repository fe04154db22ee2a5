"""Scanned copies of certificates: an image or a PDF, recognised by its first bytes, stored once
per content by SHA-256 in the photos folder (the same place and naming as inspection photos)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from branchops.core.errors import Problems
from branchops.i18n import translate

MAX_SCAN_BYTES = 10 * 1024 * 1024
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", ".pdf"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"BM", ".bmp"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
)


@dataclass(frozen=True)
class StoredScan:
    sha256: str
    extension: str
    name: str


def scan_extension(head: bytes) -> str | None:
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    return next((ext for magic, ext in _SIGNATURES if head.startswith(magic)), None)


def read_scan(source: Path, field: str, problems: Problems) -> bytes | None:
    """The file's bytes when it is an image or PDF of at most ``MAX_SCAN_BYTES``."""
    name = source.name
    try:
        if source.stat().st_size > MAX_SCAN_BYTES:
            problems.add(
                field,
                translate("Training", "{name} is larger than {limit} MB.").format(
                    name=name, limit=MAX_SCAN_BYTES // (1024 * 1024)
                ),
            )
            return None
        data = source.read_bytes()
    except OSError:
        problems.add(field, translate("Training", "{name} cannot be read.").format(name=name))
        return None
    if scan_extension(data[:16]) is None:
        problems.add(
            field,
            translate("Training", "{name} is neither a picture nor a PDF.").format(name=name),
        )
        return None
    return data


def store_scan(folder: Path, data: bytes, name: str) -> StoredScan:
    """Write the scan unless the same content is stored already; safe against a crash midway."""
    extension = scan_extension(data[:16]) or ".bin"
    sha256 = hashlib.sha256(data).hexdigest()
    target = scan_path(folder, sha256, extension)
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    return StoredScan(sha256, extension, name[:255])


def scan_path(folder: Path, sha256: str, extension: str) -> Path:
    return folder / sha256[:2] / f"{sha256}{extension}"
