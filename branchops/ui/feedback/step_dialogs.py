"""One small form per complaint step (resolve, close, extend, pause, …), built from the fields
the step asks for; OK runs the step's service and the problems show at their fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.feedback.models import PauseReason, RootCause, Satisfaction
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.feedback.widgets import enum_combo, from_qdate, member, to_qdate
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors

DATE_FIELDS = ("on", "resolved_on")
TEXT_FIELDS = ("note", "reason", "facts", "resolution", "outcome", "root_cause_text")
FIELD_LABELS = {
    "on": QT_TRANSLATE_NOOP("ComplaintSteps", "Date"),
    "resolved_on": QT_TRANSLATE_NOOP("ComplaintSteps", "Decided on"),
    "note": QT_TRANSLATE_NOOP("ComplaintSteps", "Note"),
    "reason": QT_TRANSLATE_NOOP("ComplaintSteps", "Reason"),
    "facts": QT_TRANSLATE_NOOP("ComplaintSteps", "New facts"),
    "resolution": QT_TRANSLATE_NOOP("ComplaintSteps", "Decision told to the customer"),
    "outcome": QT_TRANSLATE_NOOP("ComplaintSteps", "Outcome of the review"),
    "root_cause": QT_TRANSLATE_NOOP("ComplaintSteps", "Root cause"),
    "root_cause_text": QT_TRANSLATE_NOOP("ComplaintSteps", "Root cause in words"),
    "satisfaction": QT_TRANSLATE_NOOP("ComplaintSteps", "Customer satisfied with the outcome?"),
    "pause_reason": QT_TRANSLATE_NOOP("ComplaintSteps", "Waiting for"),
    "approval": QT_TRANSLATE_NOOP("ComplaintSteps", "Approved by (higher branch or HQ)"),
    "customer_told": QT_TRANSLATE_NOOP("ComplaintSteps", "The customer was told"),
}

ENUM_FIELDS = {"root_cause": RootCause, "satisfaction": Satisfaction, "pause_reason": PauseReason}

Store = Callable[[UnitOfWork, dict[str, Any]], None]


class StepDialog(FormDialog):
    AREA = "feedback"

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        heading: str,
        fields: Sequence[str],
        store: Store,
        parent: QWidget | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.store = store
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        top = QLabel(heading)
        top.setWordWrap(True)
        top.setStyleSheet("font-weight: bold;")
        layout.addWidget(top)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        for name in fields:
            widget = self._widget(name)
            self.widgets[name] = widget
            label = (
                "" if name == "customer_told" else translate("ComplaintSteps", FIELD_LABELS[name])
            )
            form.addRow(label, self.errors.register(name, widget))
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        self.leftover.setWordWrap(True)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons(QDialogButtonBox.StandardButton.Ok))
        self.resize(480, 200 + 60 * len(fields))

    def _widget(self, name: str) -> QWidget:
        if name in DATE_FIELDS:
            widget = QDateEdit(to_qdate(clock.today()))
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("yyyy-MM-dd")
            return widget
        if name in TEXT_FIELDS:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMaximumHeight(80)
            return text
        if name == "root_cause":
            return enum_combo(RootCause, blank="")
        if name == "satisfaction":
            return enum_combo(Satisfaction, blank="")
        if name == "pause_reason":
            return enum_combo(PauseReason)
        if name == "approval":
            line = QLineEdit()
            line.setMaxLength(200)
            return line
        if name == "customer_told":
            return QCheckBox(translate("ComplaintSteps", FIELD_LABELS[name]))
        raise ValueError(name)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QDateEdit):
                out[name] = from_qdate(widget.date())
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            else:
                out[name] = member(widget, ENUM_FIELDS[name])  # type: ignore[arg-type]
        return out

    def _store(self, uow: UnitOfWork) -> None:
        self.store(uow, self.values())

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
