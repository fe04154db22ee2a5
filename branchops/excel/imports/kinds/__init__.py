"""The import kinds: ``excel/imports/kinds/<area key>.py`` defines the area's ``KINDS``
(``ImportKind`` objects), found by name (see ``core/areas.py``)."""

from __future__ import annotations

import importlib

from branchops.core.areas import contributions
from branchops.core.errors import UserError
from branchops.excel.imports.spec import ImportKind
from branchops.i18n import translate

KIND_PATTERN = "branchops.excel.imports.kinds.{key}"


def available_kinds() -> dict[str, ImportKind]:
    kinds: dict[str, ImportKind] = {}
    for _area, module in contributions(KIND_PATTERN):
        for kind in importlib.import_module(module).KINDS:
            if kind.key in kinds:
                raise ValueError(f"import kind {kind.key} declared twice")
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
