"""Branch-wide settings stored in the database, each declared once here with its default.

Areas declare their own with ``declare(...)`` at import; ``get``/``put`` read and write them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.config import DEFAULT_BACKUP_KEEP
from branchops.core.branch.models import Setting
from branchops.core.memo import forget, memoized


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type


_SPECS: dict[str, SettingSpec] = {}


def declare(key: str, default: Any) -> SettingSpec:
    spec = SettingSpec(key, default, type(default))
    _SPECS[key] = spec
    return spec


def spec(key: str) -> SettingSpec:
    return _SPECS[key]


def keys_under(*prefixes: str) -> list[str]:
    """The declared keys starting with one of ``prefixes`` (a form's settings)."""
    return sorted(key for key in _SPECS if key.startswith(prefixes))


def get(session: Session, key: str) -> Any:
    """Read once per ``memo_scope`` (an export reads the same settings hundreds of times)."""
    return memoized(session, ("settings", key), lambda: _read(session, key))


def _read(session: Session, key: str) -> Any:
    declared = _SPECS[key]
    row = session.get(Setting, key)
    if row is None:
        return declared.default
    return _parsed(declared, row.value)


def _parsed(declared: SettingSpec, text: str) -> Any:
    """The stored text as the declared kind; the default when it is not one."""
    try:
        value = json.loads(text)
    except ValueError:
        return declared.default
    if _whole_for_float(declared, value):
        return float(value)  # 13 stored for 13.0: the same value, not a reason for the default
    return value if isinstance(value, declared.kind) else declared.default


def get_many(session: Session, keys: list[str]) -> dict[str, Any]:
    """Several settings read with one query (each as ``get`` would read it)."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    stored = {key: text for key, text in rows}
    values = {}
    for key in keys:
        declared = _SPECS[key]
        values[key] = _parsed(declared, stored[key]) if key in stored else declared.default
    return values


def _whole_for_float(declared: SettingSpec, value: Any) -> bool:
    return declared.kind is float and isinstance(value, int) and not isinstance(value, bool)


def put(session: Session, key: str, value: Any) -> None:
    declared = _SPECS[key]
    if _whole_for_float(declared, value):
        value = float(value)
    if not isinstance(value, declared.kind):
        raise TypeError(f"setting {key} takes {declared.kind.__name__}")
    text = json.dumps(value, ensure_ascii=False)
    forget(session, ("settings", key))
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


BACKUP_KEEP = declare("backup.keep", DEFAULT_BACKUP_KEEP).key
SIGN_IN_REQUIRED = declare("users.sign_in_required", False).key
SETUP_DONE = declare("branch.setup_done", False).key
