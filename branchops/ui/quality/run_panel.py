"""The side panel of the run dialog: guidance, comment, staff concerned and photos of one item."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops.core.quality.inspection_input import PhotoInput
from branchops.core.quality.labels import category_label
from branchops.core.quality.photos import photo_path
from branchops.i18n import translate
from branchops.ui.quality.run_state import RunState

THUMB = QSize(96, 72)
PHOTO_FILTER = "*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff"


def thumbnail(path: Path) -> QIcon | None:
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        return None
    return QIcon(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))


def missing_icon() -> QIcon:
    pixmap = QPixmap(THUMB)
    pixmap.fill(QColor("#f0c4c0"))
    return QIcon(pixmap)


class ItemPanel(QWidget):
    changed = Signal()  # comment, staff or photos of the current item changed
    raise_action = Signal(int)  # item id

    def __init__(self, photos_dir: Path, staff: list[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self.photos_dir = photos_dir
        self.state: RunState | None = None
        self.item = None
        self.read_only = False
        self._loading = False
        self._build(staff)
        self._wire()
        self.show_item(None, None)

    def _build(self, staff: list[tuple[int, str]]) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("color: #555;")
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        form = QFormLayout()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(translate("QualityRun", "What was seen, where, who…"))
        self.comment.setMaximumHeight(90)
        self.comment.setTabChangesFocus(True)
        form.addRow(translate("QualityRun", "Comment"), self.comment)
        self.staff = QComboBox()
        self.staff.addItem(translate("QualityRun", "(nobody)"), None)
        for staff_id, name in staff:
            self.staff.addItem(name, staff_id)
        self.staff_label = QLabel(translate("QualityRun", "Staff concerned"))
        form.addRow(self.staff_label, self.staff)
        layout.addLayout(form)
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(THUMB)
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setMinimumHeight(THUMB.height() + 40)
        layout.addWidget(QLabel(translate("QualityRun", "Photos")))
        layout.addWidget(self.photos, 1)
        buttons = QHBoxLayout()
        self.add_photo = QPushButton(translate("QualityRun", "Add photos…"))
        self.remove_photo = QPushButton(translate("QualityRun", "Remove photo"))
        buttons.addWidget(self.add_photo)
        buttons.addWidget(self.remove_photo)
        layout.addLayout(buttons)
        self.action_button = QPushButton(translate("QualityRun", "Raise corrective action…"))
        layout.addWidget(self.action_button)

    def _wire(self) -> None:
        self.comment.textChanged.connect(self._comment_changed)
        self.staff.currentIndexChanged.connect(self._staff_changed)
        self.add_photo.clicked.connect(self._add_photos)
        self.remove_photo.clicked.connect(self._remove_photo)
        self.action_button.clicked.connect(self._raise_action)

    def show_item(self, state: RunState | None, item) -> None:
        self._loading = True
        self.state, self.item = state, item
        answer = state.data.answers.get(item.id) if state and item else None
        has_item = item is not None
        self.title.setText(
            f"{item.key} · {item.display_text}  [{category_label(item.category)}]" if item else ""
        )
        self.guidance.setText(item.display_guidance if item else "")
        self.comment.setPlainText(answer.comment if answer else "")
        concerns = bool(item and item.concerns_staff)
        self.staff.setVisible(concerns)
        self.staff_label.setVisible(concerns)
        self.staff.setCurrentIndex(max(0, self.staff.findData(answer.staff_id if answer else None)))
        self._fill_photos()
        editable = has_item and not self.read_only
        for widget in (self.comment, self.staff, self.add_photo, self.remove_photo):
            widget.setEnabled(editable)
        self.action_button.setVisible(self.read_only and has_item)
        self.action_button.setEnabled(bool(state and item and state.outcome(item).failed))
        self._loading = False

    def _fill_photos(self) -> None:
        self.photos.clear()
        answer = self.state.data.answers.get(self.item.id) if self.state and self.item else None
        for photo in answer.photos if answer else []:
            path = photo.source or photo_path(self.photos_dir, photo.sha256, photo.extension)
            name = photo.original_name or (photo.source.name if photo.source else "")
            icon = thumbnail(path)
            entry = QListWidgetItem(icon or missing_icon(), name)
            if icon is None:
                entry.setText(translate("QualityRun", "{name} (file missing)").format(name=name))
                entry.setToolTip(str(path))
            self.photos.addItem(entry)

    def _comment_changed(self) -> None:
        if self._loading or self.state is None or self.item is None:
            return
        self.state.answer(self.item.id).comment = self.comment.toPlainText()
        self.changed.emit()

    def _staff_changed(self) -> None:
        if self._loading or self.state is None or self.item is None:
            return
        self.state.answer(self.item.id).staff_id = self.staff.currentData()
        self.changed.emit()

    def _add_photos(self) -> None:
        if self.state is None or self.item is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            translate("QualityRun", "Add photos"),
            "",
            translate("QualityRun", "Photos ({patterns})").format(patterns=PHOTO_FILTER),
        )
        self.add_files([Path(f) for f in files])

    def add_files(self, files: list[Path]) -> None:
        if self.state is None or self.item is None or not files:
            return
        answer = self.state.answer(self.item.id)
        answer.photos.extend(PhotoInput(original_name=f.name, source=f) for f in files)
        self._fill_photos()
        self.changed.emit()

    def _remove_photo(self) -> None:
        row = self.photos.currentRow()
        if self.state is None or self.item is None or row < 0:
            return
        self.state.answer(self.item.id).photos.pop(row)
        self._fill_photos()
        self.changed.emit()

    def _raise_action(self) -> None:
        if self.item is not None:
            self.raise_action.emit(self.item.id)
