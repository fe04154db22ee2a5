"""The form for one checklist item in the template editor; it edits the ItemInput in place."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops.core.quality.labels import answer_type_label, category_label, fixed_answer_label
from branchops.core.quality.models import AnswerType, Category
from branchops.core.quality.scoring import TWO_WAY_ANSWERS
from branchops.core.quality.template_input import ItemInput
from branchops.i18n import translate
from branchops.ui.quality.choices_model import ChoicesModel
from branchops.ui.widgets.messages import FieldErrors

NO_LIMIT = -1e9  # the spin boxes' "no limit" value, shown as a blank special text


def input_options(item: ItemInput) -> list[tuple[str, str]]:
    """The answers an (unsaved) item allows, for choosing a condition."""
    if item.answer_type in TWO_WAY_ANSWERS:
        return [(v, fixed_answer_label(v)) for v in TWO_WAY_ANSWERS[item.answer_type]]
    if item.answer_type is AnswerType.SCALE:
        return [(str(n), str(n)) for n in range((item.scale_max or 0) + 1)]
    if item.answer_type is AnswerType.CHOICE:
        return [(c.key, c.label or c.key) for c in item.choices]
    return []


def _limit_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(NO_LIMIT, 1e9)
    box.setDecimals(2)
    box.setSpecialValueText(translate("TemplateEditor", "no limit"))
    box.setValue(NO_LIMIT)
    return box


class ItemForm(QWidget):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.item: ItemInput | None = None
        self.earlier: list[ItemInput] = []
        self._loading = False
        self._build()
        self._wire()

    def _build(self) -> None:
        form = QFormLayout(self)
        self.text = QLineEdit()
        self.text_en = QLineEdit()
        self.guidance = QPlainTextEdit()
        self.guidance.setMaximumHeight(60)
        self.guidance.setTabChangesFocus(True)
        self.kind = QComboBox()
        for kind in AnswerType:
            self.kind.addItem(answer_type_label(kind), kind)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(-100, 100)
        self.weight.setDecimals(1)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(category_label(category), category)
        self.critical = QCheckBox(
            translate("TemplateEditor", "Critical (a failure fails the inspection)")
        )
        self.concerns_staff = QCheckBox(translate("TemplateEditor", "Concerns a staff member"))
        self.required = QCheckBox(translate("TemplateEditor", "Answer required"))
        self.scale_max = QSpinBox()
        self.scale_max.setRange(0, 100)
        self.yes_is_good = QCheckBox(translate("TemplateEditor", "“Yes” is the good answer"))
        self.number_min, self.number_max = _limit_box(), _limit_box()
        self.unit = QLineEdit()
        self.unit.setMaximumWidth(80)
        self.choices = ChoicesModel(self)
        self.choices_view = QTableView()
        self.choices_view.setModel(self.choices)
        self.choices_view.verticalHeader().setVisible(False)
        self.choices_view.setMaximumHeight(130)
        self.add_choice = QPushButton(translate("TemplateEditor", "Add response"))
        self.remove_choice = QPushButton(translate("TemplateEditor", "Remove response"))
        choices_box = QWidget()
        choices_layout = QVBoxLayout(choices_box)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(self.choices_view)
        row = QHBoxLayout()
        row.addWidget(self.add_choice)
        row.addWidget(self.remove_choice)
        row.addStretch(1)
        choices_layout.addLayout(row)
        self.condition_key = QComboBox()
        self.condition_value = QComboBox()
        limits = QHBoxLayout()
        for widget in (self.number_min, self.number_max, self.unit):
            limits.addWidget(widget)
        self.rows = {
            "text": (translate("TemplateEditor", "Item (Chinese)"), self.text),
            "text_en": (translate("TemplateEditor", "Item (English)"), self.text_en),
            "guidance": (translate("TemplateEditor", "Guidance"), self.guidance),
            "answer_type": (translate("TemplateEditor", "Answer type"), self.kind),
            "weight": (translate("TemplateEditor", "Weight"), self.weight),
            "category": (translate("TemplateEditor", "Category"), self.category),
            "scale_max": (translate("TemplateEditor", "Scale top (0–N)"), self.scale_max),
            "choices": (translate("TemplateEditor", "Responses"), choices_box),
            "number_min": (translate("TemplateEditor", "Lower, upper limit, unit"), limits),
            "condition_key": (translate("TemplateEditor", "Shown only when"), self.condition_key),
            "condition_value": (
                translate("TemplateEditor", "has the answer"),
                self.condition_value,
            ),
        }
        self.boxes: dict[str, QWidget] = {}
        for field, (label, widget) in self.rows.items():
            if isinstance(widget, QHBoxLayout):
                holder = QWidget()
                holder.setLayout(widget)
                widget = holder
            self.boxes[field] = self.errors.register(field, widget)
            form.addRow(label, self.boxes[field])
        for box in (self.critical, self.concerns_staff, self.required, self.yes_is_good):
            form.addRow("", box)
        self.form = form

    def _wire(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.condition_key.currentIndexChanged.connect(self._fill_condition_values)
        self.add_choice.clicked.connect(self.choices.add)
        self.remove_choice.clicked.connect(
            lambda: self.choices.remove(self.choices_view.currentIndex().row())
        )

    def load(self, item: ItemInput, earlier: list[ItemInput]) -> None:
        self._loading = True
        self.item, self.earlier = item, earlier
        self.text.setText(item.text)
        self.text_en.setText(item.text_en)
        self.guidance.setPlainText(item.guidance)
        self.kind.setCurrentIndex(self.kind.findData(item.answer_type))
        self.weight.setValue(item.weight)
        self.category.setCurrentIndex(self.category.findData(item.category))
        self.critical.setChecked(item.critical)
        self.concerns_staff.setChecked(item.concerns_staff)
        self.required.setChecked(item.required)
        self.scale_max.setValue(item.scale_max or 5)
        self.yes_is_good.setChecked(item.yes_is_good)
        self.number_min.setValue(NO_LIMIT if item.number_min is None else item.number_min)
        self.number_max.setValue(NO_LIMIT if item.number_max is None else item.number_max)
        self.unit.setText(item.unit)
        self.choices.set_choices(item.choices)
        self.condition_key.clear()
        self.condition_key.addItem(translate("TemplateEditor", "(always shown)"), None)
        for other in earlier:
            if other.answer_type is not AnswerType.NUMBER:
                self.condition_key.addItem(f"{other.key} · {other.text}", other.key)
        self.condition_key.setCurrentIndex(max(0, self.condition_key.findData(item.condition_key)))
        self._fill_condition_values()
        self.condition_value.setCurrentIndex(
            max(0, self.condition_value.findData(item.condition_value))
        )
        self._loading = False
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = AnswerType(self.kind.currentData())
        for field, shown in (
            ("scale_max", kind is AnswerType.SCALE),
            ("choices", kind is AnswerType.CHOICE),
            ("number_min", kind is AnswerType.NUMBER),
        ):
            self.form.setRowVisible(self.boxes[field], shown)
        self.yes_is_good.setVisible(kind is AnswerType.YES_NO)
        if kind is AnswerType.CHOICE and self.item is not None and not self.item.choices:
            self.choices.add()
            self.choices.add()

    def _fill_condition_values(self) -> None:
        self.condition_value.clear()
        key = self.condition_key.currentData()
        target = next((i for i in self.earlier if i.key == key), None)
        for value, label in input_options(target) if target else []:
            self.condition_value.addItem(label, value)
        self.condition_value.setEnabled(target is not None)

    def commit(self) -> None:
        """Write the form back into the item being edited."""
        item = self.item
        if item is None or self._loading:
            return
        item.text = self.text.text()
        item.text_en = self.text_en.text()
        item.guidance = self.guidance.toPlainText()
        item.answer_type = AnswerType(self.kind.currentData())
        item.weight = self.weight.value()
        item.category = Category(self.category.currentData())
        item.critical = self.critical.isChecked()
        item.concerns_staff = self.concerns_staff.isChecked()
        item.required = self.required.isChecked()
        item.scale_max = self.scale_max.value() if item.answer_type is AnswerType.SCALE else None
        item.yes_is_good = self.yes_is_good.isChecked()
        number = item.answer_type is AnswerType.NUMBER
        low, high = self.number_min.value(), self.number_max.value()
        item.number_min = low if number and low > NO_LIMIT else None
        item.number_max = high if number and high > NO_LIMIT else None
        item.unit = self.unit.text() if number else ""
        if item.answer_type is not AnswerType.CHOICE:
            item.choices = []
        item.condition_key = self.condition_key.currentData()
        item.condition_value = self.condition_value.currentData() if item.condition_key else None
