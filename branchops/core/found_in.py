"""The "found in" text of corrective actions, rebuilt in the language in use now.

An action stores the text of where it was found in the language it was raised in. The area that
raised it (by ``source_kind``) rebuilds the text from its own records: an area contributes
``core/<area>/found_in.py`` registering a ``FoundIn`` (found by name, see ``core/areas.py``).
Actions of a kind nobody rebuilds (HQ findings, other) keep the text as typed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from branchops.core.actions.queries import ActionRow
from branchops.core.registry import Registry, per_area

# the actions of one source kind → {action id: text}; an action left out keeps its stored text
FoundInTexts = Callable[[Session, Sequence[ActionRow]], dict[int, str]]


@dataclass(frozen=True)
class FoundIn:
    key: str  # "<area>.<what>", e.g. "quality.inspection"
    source_kind: str  # actions.models.SourceKind value
    texts: FoundInTexts


REGISTRY: Registry[FoundIn] = Registry("found-in source", per_area("branchops.core.{key}.found_in"))


def register(item: FoundIn) -> FoundIn:
    return REGISTRY.register(item)


def found_in_texts(session: Session, rows: Sequence[ActionRow]) -> dict[int, str]:
    """``{action id: "found in" text}`` for every row, in the current language."""
    by_kind: dict[str, list[ActionRow]] = defaultdict(list)
    for row in rows:
        by_kind[str(row.source_kind)].append(row)
    out = {row.id: row.link_text for row in rows}
    for source in REGISTRY.all():
        wanted = by_kind.get(source.source_kind)
        if wanted:
            out.update(source.texts(session, wanted))
    return out


def strip_prefix(stored: str, prefixes: Sequence[str]) -> str:
    """The part of ``stored`` after whichever of ``prefixes`` (one per language) it starts with;
    the whole text when none matches (it was typed, not made from the prefix)."""
    for prefix in prefixes:
        if prefix and stored.startswith(prefix):
            return stored[len(prefix) :]
    return stored
