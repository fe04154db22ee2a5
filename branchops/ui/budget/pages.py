"""The budget page, declared without importing it (see ``branchops/ui/pages/registry.py``)."""

from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.pages.registry import PageSpec

PAGES = (
    PageSpec(
        "budget",
        QT_TRANSLATE_NOOP("Pages", "Budget"),
        "budget",
        600,
        "branchops.ui.budget.budget_page:BudgetPage",
        "branchops.ui.budget.smoke:BUDGET_DIALOGS",
        frame_first=True,
    ),
)
