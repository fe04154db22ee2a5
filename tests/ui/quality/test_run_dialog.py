"""The inspection run dialog: answered and completed with the keyboard, drafts, photos,
amendments, raising an action, and the PDF and printed report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from branchops.core.actions.models import CorrectiveAction
from branchops.core.quality.builtin import install_builtin_templates
from branchops.core.quality.inspection_view import load_inspection
from branchops.core.quality.models import InspectionResult, InspectionStatus, QcInspection
from branchops.ui.actions.action_dialog import ActionDialog
from branchops.ui.quality.report import export_report, print_report, report_html
from branchops.ui.quality.run_dialog import InspectionDialog
from branchops.ui.quality.run_table import COL_ANSWER
from branchops.ui.widgets.printed_report import a4_printer, language
from tests.ui.quality.conftest import write_photo


def _dialog(ctx, qtbot, **kwargs) -> InspectionDialog:
    dialog = InspectionDialog(ctx, None, **kwargs)
    # closed at the end of the test as it stands: answers left unsaved are meant to be dropped
    qtbot.addWidget(dialog, before_close_func=lambda d: d._keep_baseline())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def _keys(qtbot, dialog, *keys: str) -> None:
    for key in keys:
        qtbot.keyClick(dialog.table, key)


def _detail(ctx, inspection_id):
    with ctx.db.session() as session:
        return load_inspection(session, inspection_id, ctx.paths.photos)


def test_answer_models_pass_the_model_tester(ui_ctx, run_template, qtbot, qtmodeltester):
    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    qtmodeltester.check(dialog.model)
    _keys(qtbot, dialog, "1", "4")
    qtmodeltester.check(dialog.model)


def test_fill_and_complete_with_the_keyboard(ui_ctx, run_template, qtbot):
    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    dialog.inspector.setCurrentText("陈静")
    assert dialog.table.isRowHidden(4)  # B3 shows only when B2 is "yes"
    # A1 pass, A2 scale 4, B1 fail, B2 yes (shows B3), B3 first response (minor)
    _keys(qtbot, dialog, "1", "4", "2", "1")
    assert not dialog.table.isRowHidden(4)
    _keys(qtbot, dialog, "1")
    assert dialog.critical.styleSheet() == ""  # no critical failure to highlight
    assert dialog.model.state.score.score == pytest.approx((4 + 1.6 + 0 + 0 + 1) / 10 * 100)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.inspection_id is not None
    detail = _detail(ui_ctx, dialog.inspection_id)
    assert detail.status is InspectionStatus.COMPLETED
    assert detail.inspector_name == "陈静"
    assert detail.score == pytest.approx(66.0)
    assert detail.result is InspectionResult.FAILED
    assert dialog.locked and dialog.model.read_only
    _keys(qtbot, dialog, "2")  # locked: keys change nothing
    assert _detail(ui_ctx, dialog.inspection_id).score == pytest.approx(66.0)


def test_critical_failure_is_highlighted_live(ui_ctx, run_template, qtbot):
    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    _keys(qtbot, dialog, "2")
    assert "1" in dialog.critical.text()
    assert "#c62828" in dialog.critical.styleSheet()
    background = dialog.model.data(dialog.model.index(0, 1), Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.critical.styleSheet() == ""


def test_incomplete_inspection_cannot_be_completed(ui_ctx, run_template, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    _keys(qtbot, dialog, "1")
    assert not dialog.complete()
    assert shown
    assert dialog.table.currentIndex().row() == 1  # the first unanswered item is selected
    with ui_ctx.db.session() as session:
        assert session.scalars(select(QcInspection)).all() == []


def test_draft_with_photo_then_resume(ui_ctx, run_template, qtbot, tmp_path):
    photo = write_photo(tmp_path / "门口.png")
    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    dialog.inspector.setCurrentText("陈静")
    _keys(qtbot, dialog, "2")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    dialog.panel.comment.setPlainText("防护门虚掩")
    dialog.panel.add_files([photo])
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    draft_id = dialog.inspection_id
    assert draft_id is not None
    assert str(draft_id) in dialog.windowTitle() and not dialog.locked
    again = _dialog(ui_ctx, qtbot, inspection_id=draft_id)
    answer = again.model.state.data.answers[again.model.item_at(0).id]
    assert (answer.value, answer.comment) == ("fail", "防护门虚掩")
    assert answer.photos[0].sha256 and again.panel.photos.count() == 1
    assert "missing" not in again.panel.photos.item(0).text()
    stored = list(ui_ctx.paths.photos.rglob("*.png"))
    assert len(stored) == 1


def test_number_item_is_typed(ui_ctx, qtbot):
    from branchops.core.quality.models import AnswerType
    from branchops.core.quality.template_input import ItemInput, SectionInput, TemplateInput
    from branchops.core.quality.templates import save_template

    data = TemplateInput(
        name="温度",
        sections=[
            SectionInput(
                "大厅",
                items=[
                    ItemInput(
                        text="室温", answer_type=AnswerType.NUMBER, number_min=18, number_max=28
                    )
                ],
            )
        ],
    )
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        template_id = save_template(uow, ui_ctx.user, data)
    dialog = _dialog(ui_ctx, qtbot, template_id=template_id)
    _keys(qtbot, dialog, "3")
    editor = dialog.table.open_editor()
    assert editor.text() == "3"
    qtbot.keyClicks(editor, "1.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    item = dialog.model.item_at(0)
    qtbot.waitUntil(lambda: dialog.model.state.value(item) == "31.5")  # committed when queued
    assert dialog.model.state.outcome(item).failed
    assert "31.5" in dialog.model.data(dialog.model.index(0, COL_ANSWER))


def _completed(ctx, qtbot, template_id) -> InspectionDialog:
    dialog = _dialog(ctx, qtbot, template_id=template_id)
    dialog.inspector.setCurrentText("陈静")
    _keys(qtbot, dialog, "1", "5", "2")  # A1 pass, A2 5, B1 fail; the cursor moves on
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    dialog.panel.staff.setCurrentIndex(dialog.panel.staff.findText("李强"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    _keys(qtbot, dialog, "2")  # B2: no
    assert dialog.complete()
    return dialog


def test_amendment_needs_a_reason_and_is_shown(ui_ctx, run_template, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = _completed(ui_ctx, qtbot, run_template)
    assert dialog.amend_button.isVisible()
    dialog.start_amending()
    assert not dialog.model.read_only
    dialog.table.setCurrentIndex(dialog.model.index(2, 1))
    _keys(qtbot, dialog, "1")  # B1 now passes
    assert not dialog.amend("  ")
    assert shown
    assert dialog.amend("复核监控后更正")
    detail = _detail(ui_ctx, dialog.inspection_id)
    assert detail.score == 100.0 and len(detail.amendments) == 1
    assert detail.amendments[0].reason == "复核监控后更正"
    assert dialog.locked


def test_raise_action_from_a_failed_item(ui_ctx, run_template, qtbot, monkeypatch):
    monkeypatch.setattr(ActionDialog, "exec", lambda self: self.save())
    dialog = _completed(ui_ctx, qtbot, run_template)
    dialog.table.setCurrentIndex(dialog.model.index(2, 1))  # B1 failed, concerns 李强
    assert dialog.panel.action_button.isEnabled()
    dialog.panel.action_button.click()
    with ui_ctx.db.session() as session:
        (action,) = session.scalars(select(CorrectiveAction)).all()
    assert action.title == "起身迎客"
    assert action.source_id == dialog.inspection_id
    dialog.table.setCurrentIndex(dialog.model.index(0, 1))  # passed item: nothing to raise
    assert not dialog.panel.action_button.isEnabled()


def test_pdf_report_in_both_languages(ui_ctx, run_template, qtbot, tmp_path):
    dialog = _completed(ui_ctx, qtbot, run_template)
    detail = _detail(ui_ctx, dialog.inspection_id)
    with language("en"):
        english = report_html(detail, "BR0001")
    with language("zh_CN"):
        chinese = report_html(detail, "BR0001")
    assert "Counter check" in english and "Security door locked" in english
    assert "柜面检查" in chinese and "防护门上锁" in chinese
    assert "李强" in english
    for code in ("zh_CN", "en"):
        path = export_report(ui_ctx, dialog.inspection_id, tmp_path / f"r-{code}.pdf", code)
        data = path.read_bytes()
        assert data[:5] == b"%PDF-" and len(data) > 5_000


def test_printing_renders_the_same_a4_report(ui_ctx, run_template, qtbot, tmp_path):
    """No printer offscreen: the print path goes to a QPrinter writing PDF (no dialog)."""
    dialog = _completed(ui_ctx, qtbot, run_template)
    assert dialog.print_button.isEnabled()
    printer = a4_printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    target = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    print_report(ui_ctx, dialog.inspection_id, printer, "zh_CN")
    data = target.read_bytes()
    assert data[:5] == b"%PDF-" and len(data) > 5_000


def test_print_button_waits_for_a_saved_inspection(ui_ctx, run_template, qtbot):
    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    assert not dialog.print_button.isEnabled()


def test_closing_with_unsaved_answers_asks_first(ui_ctx, run_template, qtbot, monkeypatch):
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, title, _text, *_args, **_kwargs):
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    dialog.inspector.setCurrentText("陈静")
    _keys(qtbot, dialog, "1")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # "No": the answers stay
    qtbot.keyClick(dialog.table, "s", Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()  # saved: closes without asking

    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    _keys(qtbot, dialog, "2")
    dialog.close_button.click()
    assert len(asked) == 2 and not dialog.isVisible()  # "Yes": closes, nothing saved
    with ui_ctx.db.session() as session:
        assert len(session.scalars(select(QcInspection)).all()) == 1


def test_choosing_another_checklist_with_answers_asks_first(
    ui_ctx, run_template, qtbot, monkeypatch
):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No)
    )
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        install_builtin_templates(uow, ui_ctx.user)
    dialog = _dialog(ui_ctx, qtbot, template_id=run_template)
    _keys(qtbot, dialog, "1")
    assert dialog.has_unsaved_changes()
    other = next(
        i for i in range(dialog.template.count()) if dialog.template.itemData(i) != run_template
    )
    dialog.template.setCurrentIndex(other)
    assert dialog.template.currentData() == run_template  # "No": back to the first checklist
    assert dialog.has_unsaved_changes()  # and the answers are still there
