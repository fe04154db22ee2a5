"""Showing problems to the user in their language, and marking form fields in error."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from branchops.core.errors import UserError, ValidationError
from branchops.db.errors import DatabaseOpenError
from branchops.i18n import translate


def show_user_error(parent: QWidget | None, error: UserError | DatabaseOpenError) -> None:
    QMessageBox.warning(parent, translate("Messages", "Please check"), str(error))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A user mistake gets its message; anything else goes to the friendly crash dialog."""
    if isinstance(error, UserError | DatabaseOpenError):
        show_user_error(parent, error)
        return
    from branchops.ui.error_dialog import report_exception

    report_exception(type(error), error, error.__traceback__, parent)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class FieldErrors:
    """Puts each field's messages in a red label under the widget registered for that field."""

    STYLE = "color: #c62828;"

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def register(self, field: str, widget: QWidget) -> QWidget:
        """Returns a container holding ``widget`` and its (hidden) error label."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setStyleSheet(self.STYLE)
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._labels[field] = label
        return box

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> list[str]:
        """Shows what belongs to a registered field; returns the messages left over."""
        self.clear()
        leftover: list[str] = []
        for problem in error.problems:
            label = self._labels.get(problem.field) or self._labels.get(
                problem.field.split("[")[0].split(".")[0]
            )
            if label is None:
                leftover.append(problem.message)
                continue
            text = label.text()
            label.setText(f"{text}\n{problem.message}" if text else problem.message)
            label.show()
        return leftover
