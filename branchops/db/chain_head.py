"""The audit chain's head, kept where the log's own rows cannot rewrite it.

The hash chain (``db/audit.py``) shows an edited row or a row deleted from the middle, but a log
cut short at its end, or rewritten with every later hash recomputed, is a sound chain again. So
the head — how many entries there were, and the newest one's hash — is written down outside the
database: in the manifest beside every backup, in a record in the backups folder when a backup is
restored, and in the data sheet of every monthly HQ workbook. ``check`` compares the log with
every head it can find: fewer entries than a head recorded means entries were deleted; another
hash at that entry means the log was rewritten. With an HQ key the head carries an HMAC, so a
record cannot be forged without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import __version__, clock
from branchops.db.audit import GENESIS_HASH, AuditEntry
from branchops.db.sqlite_copy import read_only_uri

MANIFEST_SUFFIX = ".manifest.json"
RESTORE_RECORD_SUFFIX = ".head.json"
MANIFEST_FORMAT = "branchops.backup-manifest"
RESTORE_FORMAT = "branchops.restore-record"


@dataclass(frozen=True)
class ChainHead:
    count: int  # entries in the log (the newest entry's seq)
    last_hash: str  # the newest entry's hash; GENESIS_HASH for an empty log

    def signature(self, key: str, extra: str = "") -> str:
        """HMAC-SHA256 of the head (and ``extra``) with the HQ key; empty without a key."""
        if not key:
            return ""
        message = f"branchops-audit-head:{self.count}:{self.last_hash}:{extra}".encode()
        return hmac.new(key.encode("utf-8"), message, hashlib.sha256).hexdigest()

    def as_dict(self, key: str = "", extra: str = "") -> dict[str, object]:
        data: dict[str, object] = {"count": self.count, "hash": self.last_hash}
        if key:
            data["hmac"] = self.signature(key, extra)
        return data


@dataclass(frozen=True)
class HeadRecord:
    """A head found outside the log, and where it was found."""

    source: str  # a file name the user recognises
    head: ChainHead
    mac: str = ""  # HMAC written with the head, if any
    superseded: tuple[str, ...] = ()  # restore records: heads of the history a restore replaced

    def signed_by(self, key: str) -> bool:
        expected = self.head.signature(key, _joined(self.superseded))
        return bool(self.mac) and hmac.compare_digest(self.mac, expected)


def _joined(names: Iterable[str]) -> str:
    return "|".join(sorted(set(names)))


def current_head(session: Session) -> ChainHead:
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return ChainHead(last.seq, last.hash) if last else ChainHead(0, GENESIS_HASH)


def head_of_file(path: Path) -> ChainHead:
    """The head of a database file nobody writes (a backup), read with the standard library."""
    conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return ChainHead(last[0], last[1]) if last else ChainHead(0, GENESIS_HASH)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_json(path: Path, data: dict[str, object]) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def write_manifest(backup: Path, kind: str, key: str = "") -> Path:
    """The manifest beside a finished backup: what it is, its hash, and its audit chain head."""
    out = manifest_path(backup)
    _write_json(
        out,
        {
            "format": MANIFEST_FORMAT,
            "file": backup.name,
            "kind": kind,
            "made_at": clock.now_utc().isoformat(timespec="seconds"),
            "app_version": __version__,
            "sha256": _sha256(backup),
            "audit_head": head_of_file(backup).as_dict(key),
        },
    )
    return out


def write_restore_record(
    backups_dir: Path,
    stem: str,
    head: ChainHead,
    restored: str,
    superseded: Iterable[str],
    key: str = "",
) -> Path:
    """After a restore: the new head, and which earlier heads belong to the replaced history
    (with an HQ key, signed together, so a made-up record cannot dismiss real heads)."""
    superseded = sorted(set(superseded))
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = f"{clock.now():%Y%m%d-%H%M%S-%f}"
    out = backups_dir / f"{stem}-restored-{stamp}{RESTORE_RECORD_SUFFIX}"
    _write_json(
        out,
        {
            "format": RESTORE_FORMAT,
            "restored": restored,
            "made_at": clock.now_utc().isoformat(timespec="seconds"),
            "audit_head": head.as_dict(key, _joined(superseded)),
            "superseded": superseded,
        },
    )
    return out


def read_record(path: Path) -> HeadRecord | None:
    """A manifest or restore record; None when the file is not one (or is damaged)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        head = data["audit_head"]
        record = HeadRecord(
            source=path.name,
            head=ChainHead(int(head["count"]), str(head["hash"])),
            mac=str(head.get("hmac", "")),
            superseded=tuple(str(name) for name in data.get("superseded", ())),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if data.get("format") not in (MANIFEST_FORMAT, RESTORE_FORMAT):
        return None
    return record


def records_in(backups_dir: Path, key: str = "") -> list[HeadRecord]:
    """Every head recorded in the backups folder, minus those a restore replaced. With an HQ
    key, only a signed restore record may set heads aside."""
    if not backups_dir.is_dir():
        return []
    paths = sorted(backups_dir.glob(f"*{MANIFEST_SUFFIX}"))
    paths += sorted(backups_dir.glob(f"*{RESTORE_RECORD_SUFFIX}"))
    records = [r for r in (read_record(p) for p in paths) if r is not None]
    replaced = {name for r in records if not key or r.signed_by(key) for name in r.superseded}
    return [r for r in records if r.source not in replaced]


def consistent_with(session: Session, head: ChainHead) -> bool:
    """True when the log still holds ``head``'s newest entry, unchanged."""
    if head.count == 0:
        return True
    stored = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == head.count))
    return stored == head.last_hash


@dataclass(frozen=True)
class HeadProblem:
    kind: str  # "truncated" / "rewritten" / "bad_signature"
    record: HeadRecord
    entries: int  # entries in the log now


def compare(session: Session, records: Iterable[HeadRecord], key: str = "") -> list[HeadProblem]:
    """What the log's head says against the recorded heads: the worst of each kind."""
    now = current_head(session)
    worst: dict[str, HeadProblem] = {}
    for record in sorted(records, key=lambda r: r.head.count, reverse=True):
        if key and record.mac and not record.signed_by(key):
            worst.setdefault("bad_signature", HeadProblem("bad_signature", record, now.count))
            continue
        if record.head.count > now.count:
            worst.setdefault("truncated", HeadProblem("truncated", record, now.count))
        elif not consistent_with(session, record.head):
            worst.setdefault("rewritten", HeadProblem("rewritten", record, now.count))
    return [worst[k] for k in ("truncated", "rewritten", "bad_signature") if k in worst]
