"""Recording a drill through its dialog: step times typed as 2:45, ratings, participants,
an issue and its follow-up action; bad input is shown at its field and nothing is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchops.core.actions.models import CorrectiveAction, SourceKind
from branchops.core.risk.drill_view import load_drill
from branchops.core.risk.models import Drill, DrillStatus, Rating
from branchops.ui.actions.action_dialog import ActionDialog
from branchops.ui.risk.drill_dialog import DrillDialog
from branchops.ui.risk.drill_report import export_report, report_html
from branchops.ui.widgets.printed_report import language

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _dialog(ctx, qtbot, **kwargs) -> DrillDialog:
    dialog = DrillDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _type(model, row: int, column: int, text) -> bool:
    return model.setData(model.index(row, column), text, Qt.ItemDataRole.EditRole)


def _drills(ctx) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count(Drill.id)))


def test_record_a_drill_with_step_times_and_evaluation(risk_ctx, qtbot, qtmodeltester, tmp_path):
    dialog = _dialog(risk_ctx, qtbot)
    steps = dialog.steps.model
    assert steps.rowCount() == 8  # the fire evacuation plan comes first
    for row, text in enumerate(["0:25", "50", "2:10", "1:45", "2:45", "1:30", "0:40", ""]):
        assert _type(steps, row, 4, text)
    assert steps.rows[4].achieved is True and steps.rows[2].achieved is False
    assert steps.data(steps.index(2, 5), Qt.ItemDataRole.ForegroundRole) is not None
    assert "6" in dialog.steps.total.text() and "7" in dialog.steps.total.text()
    dialog.participants.everyone.click()
    people = dialog.participants.model
    people.setData(people.index(3, 2), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    _type(people, 3, 3, "休假")
    ratings = dialog.evaluation.model
    _type(ratings, 0, 1, Rating.P)
    _type(ratings, 1, 1, Rating.M)
    dialog.issues.add_button.click()
    _type(dialog.issues.model, 0, 0, "集合点清点偏慢")
    photo = tmp_path / "drill.png"
    photo.write_bytes(PNG)
    dialog.photos.add_files([photo])
    dialog.duration.setText("15:00")
    dialog.start_time.setText("16:30")
    dialog.summary.summary.setPlainText("疏散有序，清点偏慢。")
    for model in (steps, people, ratings, dialog.issues.model, dialog.actions_model):
        qtmodeltester.check(model)
    assert dialog.save()
    with risk_ctx.db.session() as session:
        detail = load_drill(session, dialog.drill_id, risk_ctx.paths.photos)
    assert detail.status is DrillStatus.DONE and detail.duration_seconds == 900
    assert detail.steps_total == 25 + 50 + 130 + 105 + 165 + 90 + 40
    assert [p.present for p in detail.participants].count(False) == 1
    assert {r.rating for r in detail.ratings.values()} == {Rating.P, Rating.M}
    assert detail.issues[0].text == "集合点清点偏慢" and not detail.photos[0].missing
    assert detail.start_time.strftime("%H:%M") == "16:30"
    assert dialog.report_button.isEnabled() and not dialog.dirty


def test_an_issue_raises_a_follow_up_action(risk_ctx, qtbot, monkeypatch):
    dialog = _dialog(risk_ctx, qtbot)
    dialog.lead.setCurrentIndex(1)
    dialog.issues.add_button.click()
    _type(dialog.issues.model, 0, 0, "应急广播音量不足")
    assert dialog.save()
    monkeypatch.setattr(ActionDialog, "exec", lambda self: self.save())
    dialog.issues.table.setCurrentIndex(dialog.issues.model.index(0, 0))
    dialog.issues.action_button.click()
    with risk_ctx.db.session() as session:
        action = session.scalar(select(CorrectiveAction))
    assert action.source_kind is SourceKind.DRILL and action.source_id == dialog.drill_id
    assert action.title == "应急广播音量不足"
    assert dialog.actions_model.rowCount() == 1


def test_a_negative_step_time_is_shown_at_the_steps(risk_ctx, qtbot):
    dialog = _dialog(risk_ctx, qtbot)
    assert _type(dialog.steps.model, 1, 4, "-0:05")
    assert not _type(dialog.steps.model, 2, 4, "abc")
    assert dialog.steps.problem.text()
    dialog.tabs.setCurrentIndex(3)
    assert not dialog.save()
    assert dialog.tabs.currentIndex() == 0
    assert "2" in dialog.errors._labels["steps"].text()
    assert _drills(risk_ctx) == 0


def test_a_duration_shorter_than_the_steps_is_refused(risk_ctx, qtbot):
    dialog = _dialog(risk_ctx, qtbot)
    _type(dialog.steps.model, 0, 4, "5:00")
    dialog.duration.setText("3:00")
    assert not dialog.save()
    assert dialog.errors._labels["duration"].isVisibleTo(dialog)
    dialog.duration.setText("abc")
    assert not dialog.save()
    assert dialog.errors._labels["duration"].text()
    assert _drills(risk_ctx) == 0


def test_a_drill_in_the_future_is_not_saved_as_done(risk_ctx, qtbot):
    dialog = _dialog(risk_ctx, qtbot)
    dialog.held_on.setDate(dialog.held_on.date().addDays(1))
    assert not dialog.save()
    assert dialog.errors._labels["held_on"].text()
    assert _drills(risk_ctx) == 0


def test_the_after_action_report_is_a_pdf_in_either_language(risk_ctx, qtbot, tmp_path: Path):
    dialog = _dialog(risk_ctx, qtbot)
    _type(dialog.steps.model, 0, 4, "0:20")
    assert dialog.save()
    for code in ("zh_CN", "en"):
        path = export_report(risk_ctx, dialog.drill_id, tmp_path / f"{code}.pdf", code)
        assert path.read_bytes()[:5] == b"%PDF-" and path.stat().st_size > 5_000
    with language("en"), risk_ctx.db.session() as session:
        english = report_html(load_drill(session, dialog.drill_id, tmp_path), "Test branch")
    assert "After-action report: Fire evacuation plan" in english
    assert "Timeline of steps" in english and "Raise the alarm" not in english
    assert "Fire discovered and reported to the person in charge" in english
    assert "T+0:20" in english
