"""Salted, slow password hashes (scrypt). A password is never stored, logged or compared in clear.

A stored hash is one string holding everything needed to check it later::

    scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>

so the cost can be raised in a later release while old hashes still verify (``needs_rehash``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

SCHEME = "scrypt"
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class Cost:
    n: int  # CPU/memory cost, a power of two
    r: int  # block size
    p: int  # parallelism

    @property
    def max_memory(self) -> int:
        # scrypt needs about 128 * n * r bytes; leave headroom over hashlib's 32 MiB default.
        return 2 * 128 * self.n * self.r * self.p + 1024 * 1024


# About 0.1 s and 32 MiB on an office PC: slow for a guesser, unnoticeable when signing in.
COST = Cost(n=2**15, r=8, p=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, cost: Cost) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=cost.n,
        r=cost.r,
        p=cost.p,
        maxmem=cost.max_memory,
        dklen=KEY_BYTES,
    )


def hash_password(password: str, cost: Cost | None = None) -> str:
    cost = cost or COST
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(password, salt, cost)
    return f"{SCHEME}${cost.n}${cost.r}${cost.p}${_b64(salt)}${_b64(key)}"


def _parse(stored: str) -> tuple[Cost, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        cost = Cost(int(parts[1]), int(parts[2]), int(parts[3]))
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    if cost.n < 2 or cost.n & (cost.n - 1) or cost.r < 1 or cost.p < 1 or not salt or not key:
        return None
    return cost, salt, key


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches; False for a wrong password or an empty/damaged hash."""
    parsed = _parse(stored or "")
    if parsed is None:
        return False
    cost, salt, key = parsed
    return hmac.compare_digest(_derive(password, salt, cost), key)


def needs_rehash(stored: str) -> bool:
    """True when the hash was made with another cost than today's (re-hash at next sign-in)."""
    parsed = _parse(stored or "")
    return parsed is None or parsed[0] != COST


def burn_time(password: str) -> None:
    """Spend the time of one check, so an unknown user name answers as slowly as a known one."""
    _derive(password, b"\0" * SALT_BYTES, COST)
