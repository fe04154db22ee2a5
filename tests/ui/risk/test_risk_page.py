"""The risks and drills page: every list's model, filters asked for by other pages, entering and
reviewing a risk through its dialogs, the heat map's cells equal to the list, the programme."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchops import clock
from branchops.core.listing import ListQuery
from branchops.core.risk.models import Risk
from branchops.core.risk.queries import heat_map, load_risk
from branchops.core.users.permissions import CurrentUser, Permission
from branchops.core.users.roles import Role
from branchops.ui.main_window import MainWindow
from branchops.ui.risk.drill_dialog import DrillDialog
from branchops.ui.risk.review_dialog import ReviewDialog
from branchops.ui.risk.risk_dialog import RiskDialog
from branchops.ui.risk.risk_page import RiskPage


def _page(ctx, qtbot) -> RiskPage:
    page = RiskPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_every_list_model_passes_the_model_tester(demo_ctx, qtbot, qtmodeltester):
    page = _page(demo_ctx, qtbot)
    for key in page.tab_keys:
        page.show_tab(key)
    models = [
        page.risks.model, page.heat.model, page.drills.model, page.programme.model,
        page.plans.model, page.steps.model,
    ]  # fmt: skip
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_filters_from_other_pages(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    later = clock.today() + timedelta(days=400)
    page.open_filtered(review_due_by=later)
    assert page.risks.model.total > 0
    assert all(r.next_review <= later for r in page.risks.model.loaded_rows())
    page.open_filtered(level="high_and_above")
    assert all(
        r.residual_level.value in ("high", "very_high") for r in page.risks.model.loaded_rows()
    )
    page.risks.level.setCurrentIndex(0)
    assert "review_due_by" not in page.risks.model.query.filters
    page.open_filtered(tab="programme")
    assert page.tabs.currentWidget() is page.programme
    page.risks.model.sort(page.risks.model.column_index("next_review"), Qt.SortOrder.AscendingOrder)


def test_a_drill_action_opens_its_drill(demo_ctx, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(DrillDialog, "exec", lambda self: opened.append(self.drill_id))
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    actions = window.show_page_key("actions")
    actions.open_filtered(source_kind="drill")
    actions.list.table.selectRow(0)
    row = actions.list.current_row()
    actions.open_source()
    assert opened == [row.source_id]
    shown = window.page_widget(window.sidebar.currentRow())
    assert isinstance(shown, RiskPage) and shown.tabs.currentWidget() is shown.drills


def test_heat_map_cells_equal_the_list(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    page.show_tab("heat")
    heat = page.heat
    assert heat.figure is None  # the charts wait for the list's rows to paint
    page.show()
    qtbot.waitUntil(lambda: heat.figure is not None)
    with demo_ctx.db.session() as session:
        expected = heat_map(session, "residual", ListQuery(filters={"status": "open"}))
    assert heat.counts["residual"] == expected
    for (likelihood, impact), count in expected.items():
        heat.select("residual", likelihood, impact)
        assert heat.model.total == count
        assert all(
            (r.residual_likelihood, r.residual_impact) == (likelihood, impact)
            for r in heat.model.loaded_rows()
        )
    axes = next(a for a in heat.figure.axes if a.get_gid() == "inherent")
    (likelihood, impact), count = next(iter(heat.counts["inherent"].items()))
    heat._clicked(SimpleNamespace(inaxes=axes, xdata=likelihood + 0.3, ydata=impact - 0.2))
    assert heat.selected == ("inherent", likelihood, impact) and heat.model.total == count
    frames = [p for a in heat.figure.axes for p in a.patches if p.get_gid() == "selection"]
    assert len(frames) == 1 and frames[0].axes is axes


def test_enter_a_risk_and_refuse_a_higher_residual_without_a_note(risk_ctx, qtbot):
    dialog = RiskDialog(risk_ctx)
    qtbot.addWidget(dialog)
    dialog.title.setText("夜间自助银行滞留人员")
    dialog.category.setCurrentIndex(2)
    for box, value in zip(
        (dialog.scores.inherent_l, dialog.scores.inherent_i, dialog.scores.residual_l,
         dialog.scores.residual_i), (2, 2, 3, 3), strict=True,
    ):  # fmt: skip
        box.setValue(value)
    with risk_ctx.db.session() as session:
        before = session.scalar(select(func.count(Risk.id)))
    dialog.save()
    assert dialog.errors._labels["residual_note"].text()
    dialog.scores.note.setText("夜间无人值守，暴露上升")
    dialog.save()
    with risk_ctx.db.session() as session:
        assert session.scalar(select(func.count(Risk.id))) == before + 1
        detail = load_risk(session, dialog.risk_id)
    assert detail.row.residual_score == 9 and detail.residual_note == "夜间无人值守，暴露上升"


def test_a_review_through_its_dialog_sets_the_next_review(risk_ctx, qtbot):
    with risk_ctx.db.session() as session:
        risk_id = session.scalar(select(Risk.id).order_by(Risk.id))
        detail = load_risk(session, risk_id)
    dialog = ReviewDialog(risk_ctx, detail)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.errors._labels["note"].text() and dialog.errors._labels["reviewer"].text()
    dialog.reviewer.setCurrentIndex(1)
    dialog.note.setPlainText("加装防弹玻璃")
    dialog.scores.residual_l.setValue(1)
    dialog.scores.residual_i.setValue(4)
    expected = dialog.scores.next_review.date()
    dialog.save()
    with risk_ctx.db.session() as session:
        after = load_risk(session, risk_id)
    assert after.row.residual_score == 4 and len(after.reviews) == 2
    assert after.row.next_review.isoformat() == expected.toString("yyyy-MM-dd")
    assert after.row.next_review == clock.today() + timedelta(days=360)


def test_a_read_only_user_sees_why_buttons_are_off(demo_ctx, qtbot):
    reader = CurrentUser(99, "reader", "只读用户", Role.READ_ONLY)
    demo_ctx.user = reader
    page = _page(demo_ctx, qtbot)
    reason = reader.why_not(Permission.WRITE)
    for button in (page.risks.buttons["new"], page.drills.buttons["record"]):
        assert not button.isEnabled() and button.toolTip() == reason


def test_the_history_tab_lists_reviews_and_draws_the_score_chart(demo_ctx, qtbot, qtmodeltester):
    with demo_ctx.db.session() as session:
        risk_id = session.scalar(select(Risk.id).order_by(Risk.id))
    dialog = RiskDialog(demo_ctx, risk_id=risk_id)
    qtbot.addWidget(dialog)
    assert not dialog.scores.isEnabled()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.canvas is not None
    assert dialog.history.rowCount() == len(dialog.detail.reviews) >= 1
    qtmodeltester.check(dialog.history)
