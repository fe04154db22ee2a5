"""The import kinds: one module per kind, one line in ``KIND_MODULES``.

``(area package, module)``: a kind whose area is not in ``core/areas.py`` is not offered.
Each module defines ``KIND`` (an ``ImportKind``).
"""

from __future__ import annotations

import importlib

from branchops.core.errors import UserError
from branchops.core.registry import of_active_areas
from branchops.excel.imports.spec import ImportKind
from branchops.i18n import translate

KIND_MODULES: tuple[tuple[str, str], ...] = (
    ("branchops.core.staff", "branchops.excel.imports.kinds.staff"),
    ("branchops.core.quality", "branchops.excel.imports.kinds.checklist"),
    ("branchops.core.feedback", "branchops.excel.imports.kinds.feedback"),
)


def available_kinds() -> dict[str, ImportKind]:
    modules = of_active_areas(KIND_MODULES)
    kinds = (importlib.import_module(module).KIND for module in modules)
    return {kind.key: kind for kind in kinds}


def get_kind(key: str) -> ImportKind:
    kinds = available_kinds()
    if key not in kinds:
        raise UserError(
            translate("Import", "Unknown import kind {kind}; choose one of: {kinds}.").format(
                kind=key, kinds=", ".join(sorted(kinds))
            )
        )
    return kinds[key]
