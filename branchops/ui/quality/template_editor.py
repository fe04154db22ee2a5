"""The checklist template editor: sections and items in a tree (drag or Alt+↑/↓ to reorder),
the template's name, pass mark and schedule, and a form for the chosen section or item.

Saving a template that inspections already used makes a new version (the service decides).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from branchops.core.branch.labels import weekday_name
from branchops.core.errors import FieldProblem, ValidationError
from branchops.core.quality.labels import RECURRENCE_LABELS
from branchops.core.quality.models import QcTemplate, Recurrence
from branchops.core.quality.template_input import (
    ItemInput,
    SectionInput,
    TemplateInput,
    next_item_key,
)
from branchops.core.quality.templates import save_template
from branchops.core.quality.versions import load_template_input
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.quality.item_form import ItemForm
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors

NODE = Qt.ItemDataRole.UserRole
PATH = re.compile(r"^sections\[(\d+)\](?:\.items\[(\d+)\])?\.?(.*)$")


class OutlineTree(QTreeWidget):
    """Sections with their items; after a drag the dialog puts stray nodes back in order."""

    def __init__(self, on_drop, parent=None) -> None:
        super().__init__(parent)
        self._on_drop = on_drop
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event) -> None:
        super().dropEvent(event)
        self._on_drop()


class TemplateEditor(FormDialog):
    AREA = "quality"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, template_id=None) -> None:
        super().__init__(ctx, parent)
        self.template_id = template_id
        self.saved_id: int | None = None
        if template_id is not None:
            with ctx.db.session() as session:
                self.open_record(session, QcTemplate, template_id)
                self.data = load_template_input(session, template_id)
        else:
            self.data = TemplateInput(
                name="", sections=[SectionInput(translate("TemplateEditor", "Section 1"))]
            )
        self.item_errors = FieldErrors()
        self.current: SectionInput | ItemInput | None = None
        self.setWindowTitle(
            translate("TemplateEditor", "New checklist template")
            if template_id is None
            else translate("TemplateEditor", "Edit checklist template")
        )
        self._build()
        self._wire()
        self._load_header()
        self._fill_tree()
        self.resize(1080, 700)

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QFormLayout()
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0, 100)
        self.recurrence = QComboBox()
        for recurrence, label in RECURRENCE_LABELS.items():
            self.recurrence.addItem(translate("Quality", label), recurrence)
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(weekday_name(day), day)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        schedule = QHBoxLayout()
        for widget in (self.recurrence, self.weekday, self.month_day):
            schedule.addWidget(widget)
        schedule.addStretch(1)
        schedule_box = QWidget()
        schedule_box.setLayout(schedule)
        header.addRow(
            translate("TemplateEditor", "Name (Chinese)"), self.errors.register("name", self.name)
        )
        header.addRow(translate("TemplateEditor", "Name (English)"), self.name_en)
        header.addRow(
            translate("TemplateEditor", "Pass mark"),
            self.errors.register("pass_mark", self.pass_mark),
        )
        header.addRow(
            translate("TemplateEditor", "Schedule"),
            self.errors.register("recurrence_day", schedule_box),
        )
        layout.addLayout(header)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = OutlineTree(self._tree_reordered)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_section = QPushButton(translate("TemplateEditor", "Add section"))
        self.add_item = QPushButton(translate("TemplateEditor", "Add item"))
        self.remove = QPushButton(translate("TemplateEditor", "Remove"))
        for button in (self.add_section, self.add_item, self.remove):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(
            QLabel(translate("TemplateEditor", "Drag, or Alt+↑ / Alt+↓, to reorder."))
        )
        self.stack = QStackedWidget()
        self.section_page = QWidget()
        section_form = QFormLayout(self.section_page)
        self.section_title = QLineEdit()
        self.section_title_en = QLineEdit()
        section_form.addRow(translate("TemplateEditor", "Section (Chinese)"), self.section_title)
        section_form.addRow(translate("TemplateEditor", "Section (English)"), self.section_title_en)
        self.item_form = ItemForm(self.item_errors)
        self.stack.addWidget(self.section_page)
        self.stack.addWidget(self.item_form)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        self.leftover.setWordWrap(True)
        layout.addWidget(self.leftover)
        self.buttons = self.save_buttons()
        layout.addWidget(self.buttons)

    def _wire(self) -> None:
        self.recurrence.currentIndexChanged.connect(self._recurrence_changed)
        self.tree.currentItemChanged.connect(self._node_changed)
        self.add_section.clicked.connect(self.new_section)
        self.add_item.clicked.connect(self.new_item)
        self.remove.clicked.connect(self.remove_current)
        self.section_title.textChanged.connect(self._section_edited)
        self.section_title_en.textChanged.connect(self._section_edited)
        QShortcut(QKeySequence("Alt+Up"), self.tree, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self.tree, lambda: self.move_current(1))

    def _load_header(self) -> None:
        data = self.data
        self.name.setText(data.name)
        self.name_en.setText(data.name_en)
        self.pass_mark.setValue(data.pass_mark)
        self.recurrence.setCurrentIndex(self.recurrence.findData(data.recurrence))
        self.weekday.setCurrentIndex(data.recurrence_day if 0 <= data.recurrence_day <= 6 else 0)
        self.month_day.setValue(max(1, data.recurrence_day))
        self._recurrence_changed()

    def _recurrence_changed(self) -> None:
        kind = Recurrence(self.recurrence.currentData())
        self.weekday.setVisible(kind is Recurrence.WEEKLY)
        self.month_day.setVisible(kind is Recurrence.MONTHLY)

    # -- the outline --------------------------------------------------------------------------

    def _node(self, obj: SectionInput | ItemInput) -> QTreeWidgetItem:
        node = QTreeWidgetItem()
        node.setData(0, NODE, obj)
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if isinstance(obj, SectionInput):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        node.setFlags(flags)
        self._label(node)
        return node

    def _label(self, node: QTreeWidgetItem) -> None:
        obj = node.data(0, NODE)
        if isinstance(obj, SectionInput):
            node.setText(0, obj.title or translate("TemplateEditor", "(untitled section)"))
        else:
            star = "★ " if obj.critical else ""
            text = obj.text or translate("TemplateEditor", "(new item)")
            node.setText(0, f"{obj.key} {star}{text}")

    def _fill_tree(self, select=None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for section in self.data.sections:
            top = self._node(section)
            self.tree.addTopLevelItem(top)
            chosen = top if section is select else chosen
            for item in section.items:
                child = self._node(item)
                top.addChild(child)
                chosen = child if item is select else chosen
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(chosen or self.tree.topLevelItem(0))

    def _tree_reordered(self) -> None:
        """Rebuild the sections from the tree; an item dropped at the top goes into a section."""
        self._commit_form()
        sections: list[SectionInput] = []
        for index in range(self.tree.topLevelItemCount()):
            obj = self.tree.topLevelItem(index).data(0, NODE)
            node = self.tree.topLevelItem(index)
            if isinstance(obj, ItemInput):
                if not sections:
                    sections.append(SectionInput(translate("TemplateEditor", "Section 1")))
                sections[-1].items.append(obj)
                continue
            obj.items = []
            sections.append(obj)
            for child in range(node.childCount()):
                sections[-1].items.append(node.child(child).data(0, NODE))
        self.data.sections = sections
        self._fill_tree(self.current)

    def _node_changed(self, current: QTreeWidgetItem | None, previous) -> None:
        self._commit_form()
        if previous is not None:
            self._label(previous)
        obj = current.data(0, NODE) if current is not None else None
        self.current = obj
        if isinstance(obj, SectionInput):
            self.stack.setCurrentWidget(self.section_page)
            for edit, text in (
                (self.section_title, obj.title),
                (self.section_title_en, obj.title_en),
            ):
                edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(False)
        elif isinstance(obj, ItemInput):
            self.stack.setCurrentWidget(self.item_form)
            self.item_form.load(obj, self._items_before(obj))

    def _items_before(self, target: ItemInput) -> list[ItemInput]:
        before = []
        for _, _, item in self.data.items():
            if item is target:
                break
            before.append(item)
        return before

    def _commit_form(self) -> None:
        if isinstance(self.current, ItemInput):
            self.item_form.commit()

    def _section_edited(self) -> None:
        if isinstance(self.current, SectionInput):
            self.current.title = self.section_title.text()
            self.current.title_en = self.section_title_en.text()
            self._label(self.tree.currentItem())

    def _section_of_current(self) -> SectionInput | None:
        if isinstance(self.current, SectionInput):
            return self.current
        return next((s for s in self.data.sections if self.current in s.items), None)

    def new_section(self) -> None:
        self._commit_form()
        section = SectionInput(
            translate("TemplateEditor", "Section {n}").format(n=len(self.data.sections) + 1)
        )
        self.data.sections.append(section)
        self._fill_tree(section)

    def new_item(self) -> None:
        self._commit_form()
        section = self._section_of_current() or (self.data.sections or [None])[-1]
        if section is None:
            self.new_section()
            section = self.data.sections[-1]
        used = {item.key for _, _, item in self.data.items()}
        item = ItemInput(text="", key=next_item_key(used))
        section.items.append(item)
        self._fill_tree(item)
        self.item_form.text.setFocus()

    def remove_current(self) -> None:
        obj = self.current
        if isinstance(obj, SectionInput):
            self.data.sections.remove(obj)
        elif isinstance(obj, ItemInput):
            self._section_of_current().items.remove(obj)
        self.current = None
        self._fill_tree()

    def move_current(self, step: int) -> None:
        self._commit_form()
        obj = self.current
        siblings = (
            self.data.sections
            if isinstance(obj, SectionInput)
            else (self._section_of_current().items if obj is not None else [])
        )
        if obj is None or obj not in siblings:
            return
        index = siblings.index(obj)
        target = index + step
        if 0 <= target < len(siblings):
            siblings[index], siblings[target] = siblings[target], siblings[index]
            self._fill_tree(obj)

    # -- saving -------------------------------------------------------------------------------

    def collected(self) -> TemplateInput:
        self._commit_form()
        data = self.data
        data.name = self.name.text()
        data.name_en = self.name_en.text()
        data.pass_mark = self.pass_mark.value()
        data.recurrence = Recurrence(self.recurrence.currentData())
        if data.recurrence is Recurrence.WEEKLY:
            data.recurrence_day = self.weekday.currentData()
        elif data.recurrence is Recurrence.MONTHLY:
            data.recurrence_day = self.month_day.value()
        else:
            data.recurrence_day = 0
        return data

    def _store(self, uow: UnitOfWork) -> None:
        self.saved_id = save_template(uow, self.ctx.user, self.collected(), self.template_id)

    def _show_invalid(self, error: ValidationError) -> None:
        """Header fields get their messages; the first faulty section or item is selected and
        its fields marked; every message is also listed under the editor."""
        leftover = self.errors.show(error)
        self.item_errors.clear()
        located = [(PATH.match(p.field), p) for p in error.problems]
        located = [(m, p) for m, p in located if m]
        if located:
            first = located[0][0]
            section = self.data.sections[int(first.group(1))]
            obj = section.items[int(first.group(2))] if first.group(2) else section
            self._fill_tree(obj)
            same = [
                FieldProblem(m.group(3), p.message)
                for m, p in located
                if m.group(1, 2) == first.group(1, 2) and m.group(3)
            ]
            if same:
                self.item_errors.show(ValidationError(same))
        messages = leftover + [p.message for _, p in located]
        self.leftover.setText("\n".join(dict.fromkeys(messages)))
