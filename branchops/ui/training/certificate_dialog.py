"""Add or edit an outside certificate (外部证书) with its scanned copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.staff import catalog
from branchops.core.training.certificates import (
    CertificateInput,
    get_certificate,
    load_certificate_input,
    save_certificate,
)
from branchops.core.training.models import ExternalCertificate
from branchops.core.training.queries import course_choices, staff_choices
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.training.common import date_edit, from_qdate, select_data, to_qdate
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors


class CertificateDialog(FormDialog):
    AREA = "training"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        certificate_id: int | None = None,
        staff_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.certificate_id = certificate_id
        self.saved_id: int | None = None
        self.scan: Path | None = None
        with ctx.db.session() as session:
            self.people = staff_choices(session)
            self.courses = course_choices(session, include_retired=True)
            self.skills = catalog.list_skills(session)
            if certificate_id is None:
                data = CertificateInput(staff_id, "", clock.today())
                self.scan_name = ""
            else:
                self.open_record(session, ExternalCertificate, certificate_id)
                data = load_certificate_input(session, certificate_id)
                self.scan_name = get_certificate(session, certificate_id).scan_name
        self.setWindowTitle(
            translate("TrainingPage", "Outside certificate")
            if certificate_id is None
            else translate("TrainingPage", "Edit outside certificate")
        )
        self._build()
        self._show(data)
        self.resize(520, 460)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = QComboBox()
        self.person.addItem("", None)
        for person in self.people:
            if person.active:
                self.person.addItem(f"{person.employee_no} {person.name}", person.id)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("TrainingPage", "e.g. 红十字救护员证"))
        self.number = QLineEdit()
        self.issuer = QLineEdit()
        self.issued = date_edit()
        self.expires = QCheckBox(translate("TrainingPage", "Expires on"))
        self.until = date_edit()
        until_row = QWidget()
        row = QHBoxLayout(until_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.expires)
        row.addWidget(self.until)
        row.addStretch(1)
        self.course = QComboBox()
        self.course.addItem(translate("TrainingPage", "(none)"), None)
        for course in self.courses:
            self.course.addItem(course.title, course.id)
        self.skill = QComboBox()
        self.skill.addItem(translate("TrainingPage", "(none)"), None)
        for skill in self.skills:
            self.skill.addItem(skill.name, skill.id)
        self.note = QLineEdit()
        scan_row = QWidget()
        row = QHBoxLayout(scan_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.scan_label = QLabel()
        self.choose_scan = QPushButton(translate("TrainingPage", "Choose…"))
        self.remove_scan = QCheckBox(translate("TrainingPage", "Remove"))
        row.addWidget(self.scan_label, 1)
        row.addWidget(self.choose_scan)
        row.addWidget(self.remove_scan)
        for field, label, widget in (
            ("staff_id", translate("TrainingPage", "Person"), self.person),
            ("name", translate("TrainingPage", "Certificate"), self.name),
            ("number", translate("TrainingPage", "Number"), self.number),
            ("issuer", translate("TrainingPage", "Issued by"), self.issuer),
            ("issued_on", translate("TrainingPage", "Issued on"), self.issued),
            ("valid_until", translate("TrainingPage", "Valid until"), until_row),
            ("course_id", translate("TrainingPage", "Counts for course"), self.course),
            ("skill_id", translate("TrainingPage", "Grants the skill"), self.skill),
            ("scan", translate("TrainingPage", "Scanned copy"), scan_row),
            ("note", translate("TrainingPage", "Note"), self.note),
        ):
            form.addRow(label, self.errors.register(field, widget))
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        layout.addWidget(self.leftover)
        layout.addStretch(1)
        layout.addWidget(self.save_buttons())
        self.expires.toggled.connect(self.until.setEnabled)
        self.choose_scan.clicked.connect(self._choose_scan)

    def _show(self, data: CertificateInput) -> None:
        if data.staff_id is not None and self.person.findData(data.staff_id) < 0:
            person = next((p for p in self.people if p.id == data.staff_id), None)
            label = f"{person.employee_no} {person.name}" if person else f"#{data.staff_id}"
            self.person.addItem(label, data.staff_id)
        select_data(self.person, data.staff_id)
        self.name.setText(data.name)
        self.number.setText(data.number)
        self.issuer.setText(data.issuer)
        self.issued.setDate(to_qdate(data.issued_on or clock.today()))
        self.expires.setChecked(data.valid_until is not None)
        self.until.setDate(to_qdate(data.valid_until or clock.today()))
        self.until.setEnabled(data.valid_until is not None)
        select_data(self.course, data.course_id)
        select_data(self.skill, data.skill_id)
        self.note.setText(data.note)
        self.scan_label.setText(self.scan_name or translate("TrainingPage", "(none)"))
        self.remove_scan.setVisible(bool(self.scan_name))

    def _choose_scan(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("TrainingPage", "Scanned copy"),
            "",
            translate("TrainingPage", "Pictures and PDF (*.jpg *.jpeg *.png *.bmp *.tif *.pdf)"),
        )
        if chosen:
            self.set_scan(Path(chosen))

    def set_scan(self, path: Path) -> None:
        self.scan = path
        self.scan_label.setText(path.name)

    def collected(self) -> CertificateInput:
        return CertificateInput(
            staff_id=self.person.currentData(),
            name=self.name.text(),
            issued_on=from_qdate(self.issued.date()),
            valid_until=from_qdate(self.until.date()) if self.expires.isChecked() else None,
            number=self.number.text(),
            issuer=self.issuer.text(),
            course_id=self.course.currentData(),
            skill_id=self.skill.currentData(),
            note=self.note.text(),
            scan=self.scan,
            remove_scan=self.remove_scan.isChecked() and self.scan is None,
        )

    def _store(self, uow: UnitOfWork) -> None:
        self.saved_id = save_certificate(
            uow, self.ctx.user, self.collected(), self.ctx.paths.photos, self.certificate_id
        )

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
