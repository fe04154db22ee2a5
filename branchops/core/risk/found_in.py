"""Follow-up actions of a drill: "found in" rebuilt from the drill, its plan and its issue."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.actions.queries import ActionRow
from branchops.core.actions.service import SourceKind
from branchops.core.found_in import FoundIn, register, strip_prefix
from branchops.core.risk.followup import link_text
from branchops.core.risk.labels import localized
from branchops.core.risk.models import Drill, DrillIssue, EmergencyPlan
from branchops.i18n import LANGUAGES, thread_language


def _texts(session: Session, rows: Sequence[ActionRow]) -> dict[int, str]:
    drills = {
        drill_id: (held_on, name, name_en)
        for drill_id, held_on, name, name_en in session.execute(
            select(Drill.id, Drill.held_on, EmergencyPlan.name, EmergencyPlan.name_en)
            .join(EmergencyPlan, EmergencyPlan.id == Drill.plan_id)
            .where(Drill.id.in_({r.source_id for r in rows if r.source_id}))
        )
    }
    issues = dict(
        session.execute(
            select(DrillIssue.id, DrillIssue.text).where(
                DrillIssue.id.in_({r.source_sub_id for r in rows if r.source_sub_id})
            )
        ).all()
    )
    out = {}
    for row in rows:
        if row.source_id not in drills:
            continue
        held_on, name, name_en = drills[row.source_id]
        if row.source_sub_id in issues:
            what = issues[row.source_sub_id].strip()
        else:  # an objective rated M or U: what follows the drill's words, as it was raised
            prefixes = []
            for language in LANGUAGES:
                with thread_language(language):
                    prefixes.append(link_text(localized(name, name_en), held_on, ""))
            what = strip_prefix(row.link_text, prefixes)
        out[row.id] = link_text(localized(name, name_en), held_on, what)
    return out


register(FoundIn("risk.drill", SourceKind.DRILL.value, _texts))
