"""Branch-wide settings stored in the database, each declared once here with its default.

Areas declare their own with ``declare(...)`` at import; ``get``/``put`` read and write them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from branchops.config import DEFAULT_BACKUP_KEEP
from branchops.core.branch.models import Setting


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


def get(session: Session, key: str) -> Any:
    declared = _SPECS[key]
    row = session.get(Setting, key)
    if row is None:
        return declared.default
    try:
        value = json.loads(row.value)
    except ValueError:
        return declared.default
    if _whole_for_float(declared, value):
        return float(value)  # 13 stored for 13.0: the same value, not a reason for the default
    return value if isinstance(value, declared.kind) else declared.default


def _whole_for_float(declared: SettingSpec, value: Any) -> bool:
    return declared.kind is float and isinstance(value, int) and not isinstance(value, bool)


def put(session: Session, key: str, value: Any) -> None:
    declared = _SPECS[key]
    if _whole_for_float(declared, value):
        value = float(value)
    if not isinstance(value, declared.kind):
        raise TypeError(f"setting {key} takes {declared.kind.__name__}")
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


BACKUP_KEEP = declare("backup.keep", DEFAULT_BACKUP_KEEP).key
SIGN_IN_REQUIRED = declare("users.sign_in_required", False).key
SETUP_DONE = declare("branch.setup_done", False).key
