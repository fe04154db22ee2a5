"""The actions pages, declared without importing them (see ``branchops/ui/pages/registry.py``)."""

from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.pages.registry import PageSpec

PAGES = (
    PageSpec(
        "actions",
        QT_TRANSLATE_NOOP("Pages", "Corrective actions"),
        "actions",
        210,
        "branchops.ui.actions.actions_page:ActionsPage",
        "branchops.ui.actions.smoke:ACTION_DIALOGS",
        frame_first=True,
    ),
)
