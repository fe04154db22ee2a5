"""Inspection photos: copied into the data folder once per content (named by SHA-256).

A photo is checked before anything is copied: it must exist, be an image (JPEG, PNG, GIF, BMP,
WebP or TIFF, recognised by its first bytes, not by its name) and be at most ``MAX_PHOTO_BYTES``.
A stored file that has gone missing later is reported by ``photo_exists``, never a crash.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from branchops.core.errors import Problems
from branchops.i18n import translate

MAX_PHOTO_BYTES = 10 * 1024 * 1024
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\xff\xd8\xff", ".jpg"),
    (0, b"\x89PNG\r\n\x1a\n", ".png"),
    (0, b"GIF87a", ".gif"),
    (0, b"GIF89a", ".gif"),
    (0, b"BM", ".bmp"),
    (0, b"II*\x00", ".tif"),
    (0, b"MM\x00*", ".tif"),
)


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    extension: str
    size: int
    original_name: str


def image_extension(head: bytes) -> str | None:
    """The file extension for an image recognised by its first bytes, else ``None``."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    for offset, magic, extension in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return extension
    return None


def photo_path(photos_dir: Path, sha256: str, extension: str) -> Path:
    return photos_dir / sha256[:2] / f"{sha256}{extension}"


def photo_exists(photos_dir: Path, sha256: str, extension: str) -> bool:
    return photo_path(photos_dir, sha256, extension).is_file()


def _read_checked(source: Path, field: str, problems: Problems) -> bytes | None:
    name = source.name
    try:
        size = source.stat().st_size
    except OSError:
        problems.add(field, translate("Quality", "Photo {name} was not found.").format(name=name))
        return None
    if size > MAX_PHOTO_BYTES:
        problems.add(
            field,
            translate(
                "Quality", "Photo {name} is larger than {limit} MB; choose a smaller one."
            ).format(name=name, limit=MAX_PHOTO_BYTES // (1024 * 1024)),
        )
        return None
    try:
        data = source.read_bytes()
    except OSError as exc:
        problems.add(
            field,
            translate("Quality", "Photo {name} cannot be read: {reason}").format(
                name=name, reason=exc.strerror or exc
            ),
        )
        return None
    if image_extension(data[:16]) is None:
        problems.add(
            field,
            translate(
                "Quality", "{name} is not a photo (JPEG, PNG, GIF, BMP, WebP or TIFF)."
            ).format(name=name),
        )
        return None
    return data


def check_photos(sources: list[tuple[str, Path]]) -> list[tuple[bytes, str]]:
    """Read and check every ``(field, path)``; raises one ValidationError naming each bad one."""
    problems = Problems()
    read = [(_read_checked(path, field, problems), path.name) for field, path in sources]
    problems.raise_if_any()
    return [(data, name) for data, name in read if data is not None]


def store_photo_bytes(photos_dir: Path, data: bytes, original_name: str) -> StoredPhoto:
    """Write the photo unless the same content is already stored."""
    extension = image_extension(data[:16]) or ".bin"
    sha256 = hashlib.sha256(data).hexdigest()
    target = photo_path(photos_dir, sha256, extension)
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    return StoredPhoto(sha256, extension, len(data), original_name[:255])


def store_photos(photos_dir: Path, sources: list[tuple[str, Path]]) -> list[StoredPhoto]:
    """Check all, then copy all: a bad photo stops the whole save before anything is copied."""
    return [store_photo_bytes(photos_dir, data, name) for data, name in check_photos(sources)]
