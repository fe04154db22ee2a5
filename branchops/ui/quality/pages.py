"""The quality pages, declared without importing them (see ``branchops/ui/pages/registry.py``)."""

from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.pages.registry import PageSpec

PAGES = (
    PageSpec(
        "quality",
        QT_TRANSLATE_NOOP("Pages", "Quality checks"),
        "quality",
        200,
        "branchops.ui.quality.quality_page:QualityPage",
        "branchops.ui.quality.smoke:QUALITY_DIALOGS",
        frame_first=True,
    ),
)
