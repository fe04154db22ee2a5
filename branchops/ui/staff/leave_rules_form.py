"""Leave rules (settings): how annual leave is counted, carry-over, the sick leave that forfeits
annual leave, and each kind of leave: paid or not, counted in calendar or working days."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchops.core.concurrency import settings_opened
from branchops.core.staff import labels, leave_settings
from branchops.core.staff.leave_settings import (
    CARRY_OVER_CHOICES,
    COUNT_ON_CHOICES,
    FIXED_KINDS,
    LeaveRules,
)
from branchops.core.staff.models import LeaveKind
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import show_at_fields
from branchops.ui.widgets.messages import FieldErrors
from branchops.ui.widgets.writes import run_write


def _days_spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(translate("LeaveRules", " days"))
    return spin


class _KindRow:
    """The widgets of one kind of leave in the grid."""

    def __init__(self, kind: LeaveKind) -> None:
        self.kind = kind
        self.paid = QCheckBox(translate("LeaveRules", "Paid"))
        self.counted = QComboBox()
        self.counted.addItem(translate("LeaveRules", "Working days"), False)
        self.counted.addItem(translate("LeaveRules", "Calendar days"), True)
        self.standard = _days_spin(0, 730)
        self.standard.setSpecialValueText(translate("LeaveRules", "none"))
        self.source = QLabel()
        self.source.setWordWrap(True)
        fixed = kind in FIXED_KINDS
        for widget in (self.paid, self.counted, self.standard):
            widget.setEnabled(not fixed)

    def show(self, rule: leave_settings.KindRule) -> None:
        self.paid.setChecked(rule.paid)
        self.counted.setCurrentIndex(1 if rule.calendar_days else 0)
        self.standard.setValue(rule.standard_days)
        self.source.setText(translate("LeaveRules", rule.source))

    def rule(self, base: leave_settings.KindRule) -> leave_settings.KindRule:
        return replace(
            base,
            paid=self.paid.isChecked(),
            calendar_days=bool(self.counted.currentData()),
            standard_days=self.standard.value(),
        )


class LeaveRulesForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self._rules = LeaveRules()
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._annual_box())
        layout.addWidget(self._kinds_box())
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        bar = QHBoxLayout()
        self.save_button = QPushButton(translate("LeaveRules", "Save leave rules"))
        self.save_button.clicked.connect(self.save)
        if not ctx.user.allowed(Permission.MANAGE):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(ctx.user.why_not(Permission.MANAGE))
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.load()

    def _annual_box(self) -> QGroupBox:
        box = QGroupBox(translate("LeaveRules", "Annual leave"))
        form = QFormLayout(box)
        self.count_on = QComboBox()
        for key, label in COUNT_ON_CHOICES.items():
            self.count_on.addItem(translate("LeaveRules", label), key)
        self.carry_over = QComboBox()
        for key, label in CARRY_OVER_CHOICES.items():
            self.carry_over.addItem(translate("LeaveRules", label), key)
        self.carry_until = QLineEdit()
        self.carry_until.setPlaceholderText("03-31")
        self.carry_until.setMaximumWidth(80)
        self.carry_over.currentIndexChanged.connect(self._enable_until)
        self.sick = [_days_spin(1, 366) for _ in range(3)]
        sick_row = QWidget()
        sick_layout = QHBoxLayout(sick_row)
        sick_layout.setContentsMargins(0, 0, 0, 0)
        tiers = (
            translate("LeaveRules", "1–10 years:"),
            translate("LeaveRules", "10–20 years:"),
            translate("LeaveRules", "20 years or more:"),
        )
        for text, spin in zip(tiers, self.sick, strict=True):
            sick_layout.addWidget(QLabel(text))
            sick_layout.addWidget(spin)
        sick_layout.addStretch(1)
        rows = (
            ("count_on", translate("LeaveRules", "Days counted"), self.count_on),
            ("carry_over", translate("LeaveRules", "Unused days carry over"), self.carry_over),
            ("carry_over_until", translate("LeaveRules", "Carried days usable until (MM-DD)"),
             self.carry_until),
            ("sick_forfeit_days", translate("LeaveRules", "Sick leave that forfeits the year"),
             sick_row),
        )  # fmt: skip
        for field, label, widget in rows:
            form.addRow(label, self.errors.register(field, widget))
        note = QLabel(
            translate(
                "LeaveRules",
                "By law: 5 days from 1 year of total service, 10 from 10 years, 15 from 20 "
                "(职工带薪年休假条例 art. 3); pro rata in the year a person joins, reaches 12 "
                "months or leaves (实施办法 art. 5, 12); sick leave of 2, 3 or 4 months or more "
                "forfeits the year (条例 art. 4).",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def _kinds_box(self) -> QGroupBox:
        box = QGroupBox(translate("LeaveRules", "Kinds of leave"))
        grid = QGridLayout(box)
        heads = (
            translate("LeaveRules", "Kind"),
            "",
            translate("LeaveRules", "Counted in"),
            translate("LeaveRules", "Usual length"),
            translate("LeaveRules", "Where the default comes from"),
        )
        for column, text in enumerate(heads):
            grid.addWidget(QLabel(f"<b>{text}</b>" if text else ""), 0, column)
        self.kind_rows: dict[LeaveKind, _KindRow] = {}
        for index, kind in enumerate(LeaveKind, start=1):
            row = _KindRow(kind)
            self.kind_rows[kind] = row
            grid.addWidget(QLabel(labels.leave_kind_label(kind)), index, 0)
            grid.addWidget(row.paid, index, 1)
            grid.addWidget(row.counted, index, 2)
            grid.addWidget(self.errors.register(f"standard_days[{kind.value}]", row.standard),
                           index, 3)  # fmt: skip
            grid.addWidget(row.source, index, 4)
        grid.setColumnStretch(4, 1)
        return box

    def _enable_until(self) -> None:
        self.carry_until.setEnabled(self.carry_over.currentData() == "until")

    def load(self) -> None:
        with self.ctx.db.session() as session:
            self._opened = settings_opened(session, "leave.")
            self._rules = leave_settings.load_rules(session)
        rules = self._rules
        self.count_on.setCurrentIndex(max(0, self.count_on.findData(rules.count_on)))
        self.carry_over.setCurrentIndex(max(0, self.carry_over.findData(rules.carry_over)))
        self.carry_until.setText(rules.carry_over_until)
        for spin, days in zip(self.sick, rules.sick_forfeit_days, strict=True):
            spin.setValue(days)
        for kind, row in self.kind_rows.items():
            row.show(rules.kind(kind))
        self._enable_until()

    def data(self) -> LeaveRules:
        return LeaveRules(
            count_on=self.count_on.currentData(),
            carry_over=self.carry_over.currentData(),
            carry_over_until=self.carry_until.text().strip(),
            sick_forfeit_days=[spin.value() for spin in self.sick],
            kinds={kind: row.rule(self._rules.kind(kind)) for kind, row in self.kind_rows.items()},
        )

    def save(self) -> bool:
        saved = run_write(
            self.ctx,
            self,
            "leave",
            lambda uow: leave_settings.save_rules(uow, self.ctx.user, self.data()),
            on_invalid=lambda error: show_at_fields(self, self.errors, error),
            opened=self._opened,
        )
        if saved:
            self.errors.clear()
            with self.ctx.db.session() as session:
                self._opened = settings_opened(session, "leave.")
        return saved.ok
