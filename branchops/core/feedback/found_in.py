"""Actions raised from a complaint: "found in" rebuilt from the complaint and its record."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.actions.queries import ActionRow
from branchops.core.actions.service import SourceKind
from branchops.core.feedback.actions_link import link_text
from branchops.core.feedback.models import Complaint, FeedbackRecord
from branchops.core.found_in import FoundIn, register


def _texts(session: Session, rows: Sequence[ActionRow]) -> dict[int, str]:
    wanted = {r.source_id for r in rows if r.source_id}
    found = {
        complaint_id: link_text(reference, received_on, description)
        for complaint_id, reference, received_on, description in session.execute(
            select(
                Complaint.id, Complaint.reference, Complaint.received_on, FeedbackRecord.description
            )
            .join(FeedbackRecord, FeedbackRecord.id == Complaint.record_id)
            .where(Complaint.id.in_(wanted))
        )
    }
    return {r.id: found[r.source_id] for r in rows if r.source_id in found}


register(FoundIn("feedback.complaint", SourceKind.COMPLAINT.value, _texts))
