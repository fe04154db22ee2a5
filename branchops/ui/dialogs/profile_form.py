"""The branch profile form (§0), shared by the setup wizard and Settings."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from branchops.core.branch.labels import weekday_name
from branchops.core.branch.queries import DayHours, ProfileData
from branchops.core.errors import ValidationError
from branchops.i18n import translate
from branchops.ui.widgets.messages import FieldErrors


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None, with_report_settings: bool = True) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._identity_box())
        layout.addWidget(self._hours_box())
        self._with_report = with_report_settings
        if with_report_settings:
            layout.addWidget(self._report_box())
        layout.addStretch(1)

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(translate("ProfileForm", "Branch"))
        form = QFormLayout(box)
        self.code = QLineEdit()
        self.code.setPlaceholderText("BR0123")
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("ProfileForm", "e.g. City East Sub-branch"))
        self.region = QLineEdit()
        self.address = QLineEdit()
        self.manager = QLineEdit()
        self.fiscal_start = QComboBox()
        for month in range(1, 13):
            self.fiscal_start.addItem(translate("ProfileForm", "Month {n}").format(n=month), month)
        rows = (
            (translate("ProfileForm", "Branch code"), "code", self.code),
            (translate("ProfileForm", "Branch name"), "name", self.name),
            (translate("ProfileForm", "Region"), "region", self.region),
            (translate("ProfileForm", "Address"), "address", self.address),
            (translate("ProfileForm", "Manager"), "manager", self.manager),
            (
                translate("ProfileForm", "Fiscal year starts in"),
                "fiscal_year_start_month",
                self.fiscal_start,
            ),
        )
        for label, field, widget in rows:
            form.addRow(label, self.errors.register(field, widget))
        return box

    def _hours_box(self) -> QGroupBox:
        box = QGroupBox(translate("ProfileForm", "Opening hours"))
        grid = QGridLayout(box)
        self.day_open: list[QCheckBox] = []
        self.day_from: list[QTimeEdit] = []
        self.day_to: list[QTimeEdit] = []
        for weekday in range(7):
            check = QCheckBox(weekday_name(weekday))
            opens, closes = QTimeEdit(), QTimeEdit()
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
            check.toggled.connect(opens.setEnabled)
            check.toggled.connect(closes.setEnabled)
            row, col = divmod(weekday, 2)
            grid.addWidget(check, row, col * 4)
            grid.addWidget(opens, row, col * 4 + 1)
            grid.addWidget(QLabel("–"), row, col * 4 + 2)
            grid.addWidget(closes, row, col * 4 + 3)
            self.day_open.append(check)
            self.day_from.append(opens)
            self.day_to.append(closes)
        grid.setColumnStretch(8, 1)
        self.hours_error = self.errors.register("hours", QWidget())
        grid.addWidget(self.hours_error, 4, 0, 1, 8)
        return box

    def _report_box(self) -> QGroupBox:
        box = QGroupBox(translate("ProfileForm", "Monthly HQ report"))
        form = QFormLayout(box)
        self.report_language = QComboBox()
        self.report_language.addItem("简体中文", "zh_CN")
        self.report_language.addItem("English", "en")
        self.due_day = QSpinBox()
        self.due_day.setRange(1, 28)
        self.mask_pii = QCheckBox(translate("ProfileForm", "Mask customer names and phone numbers"))
        self.hq_key = QLineEdit()
        self.hq_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.hq_key.setPlaceholderText(translate("ProfileForm", "Issued by HQ (optional)"))
        form.addRow(translate("ProfileForm", "Report language"), self.report_language)
        form.addRow(
            translate("ProfileForm", "Due on day"),
            self.errors.register("report_due_day", self.due_day),
        )
        form.addRow("", self.mask_pii)
        form.addRow(translate("ProfileForm", "HQ signing key"), self.hq_key)
        return box

    def set_data(self, data: ProfileData) -> None:
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.region.setText(data.region)
        self.address.setText(data.address)
        self.manager.setText(data.manager)
        self.fiscal_start.setCurrentIndex(data.fiscal_year_start_month - 1)
        for day in data.hours:
            self.day_open[day.weekday].setChecked(day.is_open)
            self.day_from[day.weekday].setEnabled(day.is_open)
            self.day_to[day.weekday].setEnabled(day.is_open)
            self.day_from[day.weekday].setTime(QTime(day.opens.hour, day.opens.minute))
            self.day_to[day.weekday].setTime(QTime(day.closes.hour, day.closes.minute))
        if self._with_report:
            self.report_language.setCurrentIndex(0 if data.report_language == "zh_CN" else 1)
            self.due_day.setValue(data.report_due_day)
            self.mask_pii.setChecked(data.mask_pii)
            self.hq_key.setText(data.hq_key)

    def data(self, base: ProfileData | None = None) -> ProfileData:
        data = base or ProfileData()
        data.code = self.code.text()
        data.name = self.name.text()
        data.region = self.region.text()
        data.address = self.address.text()
        data.manager = self.manager.text()
        data.fiscal_year_start_month = int(self.fiscal_start.currentData())
        data.hours = [
            DayHours(
                weekday,
                self.day_open[weekday].isChecked(),
                self.day_from[weekday].time().toPython(),
                self.day_to[weekday].time().toPython(),
            )
            for weekday in range(7)
        ]
        if self._with_report:
            data.report_language = str(self.report_language.currentData())
            data.report_due_day = self.due_day.value()
            data.mask_pii = self.mask_pii.isChecked()
            data.hq_key = self.hq_key.text()
        return data

    def show_errors(self, error: ValidationError) -> list[str]:
        return self.errors.show(error)
