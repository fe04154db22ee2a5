"""The import kinds: one module per kind, one line in ``KIND_MODULES``.

``(area package, module)``: a kind whose area is not in ``core/areas.py`` is not offered.
Each module defines ``KIND`` (an ``ImportKind``).
"""

from __future__ import annotations

import importlib

from branchops.core.areas import AREA_PACKAGES
from branchops.core.errors import UserError
from branchops.excel.imports.spec import ImportKind
from branchops.i18n import translate

KIND_MODULES: tuple[tuple[str, str], ...] = (
    ("branchops.core.staff", "branchops.excel.imports.kinds.staff"),
    ("branchops.core.quality", "branchops.excel.imports.kinds.checklist"),
)


def available_kinds() -> dict[str, ImportKind]:
    kinds: dict[str, ImportKind] = {}
    for area, module in KIND_MODULES:
        if area in AREA_PACKAGES:
            kind = importlib.import_module(module).KIND
            kinds[kind.key] = kind
    return kinds


def get_kind(key: str) -> ImportKind:
    kinds = available_kinds()
    if key not in kinds:
        raise UserError(
            translate("Import", "Unknown import kind {kind}; choose one of: {kinds}.").format(
                kind=key, kinds=", ".join(sorted(kinds))
            )
        )
    return kinds[key]
