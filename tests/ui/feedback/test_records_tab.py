"""The feedback list on demo data (model tester, filters, search, sort, roles) and quick entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from branchops import clock
from branchops.core.feedback.models import Channel, Complaint, FeedbackKind, FeedbackRecord
from branchops.core.period import Month
from branchops.core.users.permissions import CurrentUser, Permission
from branchops.core.users.roles import Role
from branchops.ui.feedback.feedback_page import FeedbackPage
from branchops.ui.feedback.record_dialog import RecordDialog
from branchops.ui.feedback.records_tab import RecordsTab
from branchops.ui.widgets.table_model import SORT_ROLE


def _tab(ctx, qtbot) -> RecordsTab:
    tab = RecordsTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def _count(ctx, model) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count(model.id))) or 0


def test_model_filters_search_and_sort_on_demo_data(demo_ctx, qtbot, qtmodeltester):
    tab = _tab(demo_ctx, qtbot)
    qtmodeltester.check(tab.model)
    assert tab.model.total == _count(demo_ctx, FeedbackRecord)
    times = [r.received_at for r in tab.model.loaded_rows()]
    assert times == sorted(times, reverse=True)
    tab.kind.setCurrentIndex(tab.kind.findData(FeedbackKind.COMPLAINT))
    assert tab.model.total == _count(demo_ctx, Complaint)
    assert {r.kind for r in tab.model.loaded_rows()} == {FeedbackKind.COMPLAINT}
    last_month = Month.of(clock.today()).previous  # whole in the demo, whatever today is
    tab.set_filters(month=str(last_month), channel="device")
    rows = tab.model.loaded_rows()
    assert rows and {r.channel for r in rows} == {Channel.DEVICE}
    assert {Month.of(r.received_at) for r in rows} == {last_month}
    tab.set_filters()
    tab.model.sort(tab.model.column_index("rating"), Qt.SortOrder.AscendingOrder)
    ratings = [r.rating for r in tab.model.loaded_rows() if r.rating is not None]
    assert ratings == sorted(ratings)
    column = tab.model.column_index("rating")
    index = tab.model.index(len(tab.model.loaded_rows()) - 1, column)
    assert tab.model.data(index, SORT_ROLE) in (1, 2, 3, 4, 5)
    assert tab.model.data(index, Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    with demo_ctx.db.session() as session:
        reference = session.scalar(select(Complaint.reference).order_by(Complaint.id))
    tab.model.set_search(reference)
    assert [r.reference for r in tab.model.loaded_rows()] == [reference]


def test_quick_entry_of_a_counter_complaint_from_the_keyboard(ui_ctx, qtbot):
    dialog = RecordDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert dialog.kind.currentData() == FeedbackKind.COMPLAINT
    dialog.customer.setText("张伟")  # typed through an input method, not key by key
    qtbot.keyClicks(dialog.phone, "138-0013-8000")
    dialog.description.setPlainText("取号后等候一小时无人叫号")
    dialog.description.setFocus()
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    with ui_ctx.db.session() as session:
        record = session.scalars(select(FeedbackRecord)).one()
        complaint = session.scalars(select(Complaint)).one()
    assert (record.customer_phone, record.channel) == ("13800138000", Channel.COUNTER)
    assert complaint.record_id == record.id and complaint.due_on is not None


def test_bad_values_are_shown_at_their_fields_and_nothing_is_saved(ui_ctx, qtbot):
    dialog = RecordDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.phone.setText("12345")
    dialog.save()
    assert dialog.result() == 0
    shown = " ".join(label.text() for label in dialog.errors._labels.values())
    assert "12345" in shown  # the phone's own message
    assert dialog.errors._labels["description"].text()
    assert _count(ui_ctx, FeedbackRecord) == 0


def test_save_and_next_keeps_type_channel_and_date(ui_ctx, qtbot):
    dialog = RecordDialog(ui_ctx, kind=FeedbackKind.PRAISE, channel=Channel.BOOK)
    qtbot.addWidget(dialog)
    for text in ("柜员耐心细致", "大堂经理主动引导"):
        dialog.description.setPlainText(text)
        dialog.save_and_next()
        assert dialog.description.toPlainText() == ""
        assert dialog.kind.currentData() == FeedbackKind.PRAISE
        assert dialog.channel.currentData() == Channel.BOOK
    assert len(dialog.saved_ids) == 2


def test_attachments_are_copied_on_save(ui_ctx, qtbot, tmp_path):
    letter = tmp_path / "投诉信.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    dialog = RecordDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("书面投诉")
    dialog.attachments.add_paths([letter])
    dialog.save()
    again = RecordDialog(ui_ctx, record_id=dialog.saved_ids[0])
    qtbot.addWidget(again)
    assert again.attachments.files.count() == 1
    assert "投诉信.pdf" in again.attachments.files.item(0).text()


def test_a_read_only_user_sees_why_writes_are_disabled(demo_ctx, qtbot):
    demo_ctx.user = CurrentUser(99, "reader", "只读用户", Role.READ_ONLY)
    page = FeedbackPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    reason = demo_ctx.user.why_not(Permission.WRITE)
    gated = [b for b in page.findChildren(QPushButton) if b.toolTip() == reason]
    assert gated and all(not b.isEnabled() for b in gated)
