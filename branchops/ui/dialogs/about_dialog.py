"""About: version, database, schema revision, data folder."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from branchops import __version__
from branchops.i18n import translate
from branchops.ui.context import AppContext


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About BranchOps"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>BranchOps {__version__}</h2>")
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                translate(
                    "About", "Operations of one branch office: quality, staff and HQ reports."
                )
            )
        )
        form = QFormLayout()
        rows = (
            (translate("About", "Database"), ctx.db.target.display()),
            (translate("About", "Schema revision"), ctx.db.schema_revision()),
            (translate("About", "Data folder"), str(ctx.paths.root)),
            (translate("About", "Python / Qt"), f"{platform.python_version()} / {pyside_version}"),
        )
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            form.addRow(label, text)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 260)
