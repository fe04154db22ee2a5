"""The risk area's page, declared for the sidebar without importing it."""

from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.pages.registry import PageSpec

PAGES = (
    PageSpec(
        "risk",
        QT_TRANSLATE_NOOP("Pages", "Risks and drills"),
        "risk",
        700,
        "branchops.ui.risk.risk_page:RiskPage",
        "branchops.ui.risk.smoke:RISK_DIALOGS",
        frame_first=True,
    ),
)
