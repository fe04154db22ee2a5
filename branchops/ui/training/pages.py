"""The training page, declared for the main window (imported at start-up: nothing else here)."""

from branchops.i18n import QT_TRANSLATE_NOOP
from branchops.ui.pages.registry import PageSpec

PAGES = (
    PageSpec(
        "training",
        QT_TRANSLATE_NOOP("Pages", "Training"),
        "training",
        400,
        "branchops.ui.training.training_page:TrainingPage",
        "branchops.ui.training.smoke:TRAINING_DIALOGS",
        frame_first=True,
    ),
)
