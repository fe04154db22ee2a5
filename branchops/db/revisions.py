"""The revision graph read from the migration files' headers, without importing Alembic.

Opening an up-to-date database (every start of the app) only needs to know the head revisions;
Alembic itself is imported only when an upgrade is due. ``tests/db`` checks this reading
against Alembic's own.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_ASSIGN = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each revision and the revisions it follows."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        found = dict(_ASSIGN.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revision = ast.literal_eval(found["revision"])
        down = ast.literal_eval(found.get("down_revision", "None"))
        parents = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        graph[revision] = parents
    return graph


def known_revisions() -> set[str]:
    return set(revision_graph())


def head_revisions() -> set[str]:
    graph = revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    return set(graph) - followed
