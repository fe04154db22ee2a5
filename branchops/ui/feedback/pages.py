"""The customer feedback page, declared for the sidebar (its module loads on first visit)."""

from __future__ import annotations

from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.pages.registry import PageSpec

PAGES = (
    PageSpec(
        "feedback",
        QT_TRANSLATE_NOOP("Pages", "Customer feedback"),
        "feedback",
        500,
        "branchops.ui.feedback.feedback_page:FeedbackPage",
        "branchops.ui.feedback.smoke:FEEDBACK_DIALOGS",
        frame_first=True,
    ),
)
