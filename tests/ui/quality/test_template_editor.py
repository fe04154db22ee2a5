"""The template editor: field problems shown next to the item, reordering, saving a version."""

from __future__ import annotations

from sqlalchemy import func, select

from branchops.core.quality.models import AnswerType, QcTemplate
from branchops.core.quality.template_input import ItemInput
from branchops.core.quality.versions import load_template_input
from branchops.ui.quality.template_editor import TemplateEditor


def _editor(ctx, qtbot, template_id=None) -> TemplateEditor:
    editor = TemplateEditor(ctx, None, template_id)
    qtbot.addWidget(editor)
    return editor


def test_bad_weight_is_shown_and_nothing_saved_then_fixed(ui_ctx, qtbot):
    editor = _editor(ui_ctx, qtbot)
    editor.name.setText("午间巡检")
    editor.new_item()
    editor.item_form.text.setText("大堂有人值守")
    editor.item_form.weight.setValue(0)
    editor.save()
    assert "0" in editor.leftover.text() or editor.leftover.text()
    assert editor.result() == 0
    assert isinstance(editor.current, ItemInput)
    with ui_ctx.db.session() as session:
        assert session.scalar(select(func.count(QcTemplate.id))) == 0
    editor.item_form.weight.setValue(2)
    editor.save()
    assert editor.saved_id is not None
    with ui_ctx.db.session() as session:
        saved = load_template_input(session, editor.saved_id)
    (item,) = [i for _, _, i in saved.items()]
    assert (saved.name, item.text, item.weight) == ("午间巡检", "大堂有人值守", 2)


def test_reorder_and_condition_on_an_earlier_item(ui_ctx, run_template, qtbot):
    editor = _editor(ui_ctx, qtbot, run_template)
    section = editor.data.sections[0]
    editor._fill_tree(section.items[1])
    editor.move_current(-1)
    assert [i.key for i in section.items] == ["A2", "A1"]
    editor._fill_tree(section.items[1])  # A1, now second, may depend on A2
    form = editor.item_form
    keys = [form.condition_key.itemData(i) for i in range(form.condition_key.count())]
    assert keys == [None, "A2"]
    form.condition_key.setCurrentIndex(1)
    assert form.condition_value.count() == 6  # scale 0–5
    form.condition_value.setCurrentIndex(5)
    editor.save()
    with ui_ctx.db.session() as session:
        saved = load_template_input(session, run_template)
    first, second = saved.sections[0].items
    assert (first.key, second.key) == ("A2", "A1")
    assert (second.condition_key, second.condition_value) == ("A2", "5")


def test_drop_down_item_gets_two_responses(ui_ctx, qtbot, qtmodeltester):
    editor = _editor(ui_ctx, qtbot)
    editor.new_item()
    form = editor.item_form
    form.kind.setCurrentIndex(form.kind.findData(AnswerType.CHOICE))
    assert form.choices.rowCount() == 2
    qtmodeltester.check(form.choices)
    form.choices.setData(form.choices.index(0, 1), "好")
    form.choices.setData(form.choices.index(0, 3), "3")
    assert form.choices.choices[0].label == "好" and form.choices.choices[0].score == 3
