"""The files of a record in a form: stored ones and those chosen now; add, open, remove.

Nothing is copied or unlinked until the form is saved (``added`` and ``removed`` say what to do).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops.core.feedback.attachments import AttachmentRow
from branchops.i18n import translate

ROLE = Qt.ItemDataRole.UserRole


class AttachmentsBox(QWidget):
    def __init__(self, stored: list[AttachmentRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.added: list[Path] = []
        self.removed: list[int] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.files = QListWidget()
        self.files.setMaximumHeight(64)
        layout.addWidget(self.files, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(translate("Feedback", "Add files…"))
        self.open_button = QPushButton(translate("Feedback", "Open"))
        self.remove_button = QPushButton(translate("Feedback", "Remove"))
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.reset(stored)

    def reset(self, stored: list[AttachmentRow]) -> None:
        self.added, self.removed = [], []
        self.files.clear()
        for row in stored:
            text = (
                row.name
                if row.exists
                else translate("Feedback", "{name} (file missing)").format(name=row.name)
            )
            item = QListWidgetItem(text)
            item.setData(ROLE, ("stored", row.id, row.path))
            self.files.addItem(item)

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            self.added.append(path)
            item = QListWidgetItem(translate("Feedback", "{name} (new)").format(name=path.name))
            item.setData(ROLE, ("new", None, path))
            self.files.addItem(item)

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, translate("Feedback", "Attach files"))
        self.add_paths([Path(n) for n in names])

    def open_current(self) -> None:
        item = self.files.currentItem()
        if item is not None:
            _, _, path = item.data(ROLE)
            if Path(path).is_file():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_current(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        kind, attachment_id, path = item.data(ROLE)
        if kind == "stored":
            self.removed.append(attachment_id)
        else:
            self.added.remove(path)
        self.files.takeItem(self.files.row(item))
