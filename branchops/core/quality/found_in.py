"""Actions raised from a failed inspection item: "found in" rebuilt from the inspection."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from branchops.core.actions.queries import ActionRow
from branchops.core.actions.service import SourceKind
from branchops.core.found_in import FoundIn, register
from branchops.core.quality.findings import link_texts


def _texts(session: Session, rows: Sequence[ActionRow]) -> dict[int, str]:
    by_answer = link_texts(session, [r.source_sub_id for r in rows if r.source_sub_id])
    return {r.id: by_answer[r.source_sub_id] for r in rows if r.source_sub_id in by_answer}


register(FoundIn("quality.inspection", SourceKind.INSPECTION.value, _texts))
