"""Icons from resources/icons (SVG)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
