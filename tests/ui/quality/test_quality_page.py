"""The quality page on demo data: every table model passes the model tester; filters, due list,
templates order and charts work."""

from __future__ import annotations

from PySide6.QtCore import Qt

from branchops.core.quality.models import InspectionResult
from branchops.core.quality.schedule import OPEN_STATES
from branchops.ui.quality.quality_page import QualityPage
from branchops.ui.quality.run_dialog import InspectionDialog


def _page(ctx, qtbot) -> QualityPage:
    page = QualityPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    for tab in (page.inspections, page.due, page.templates, page.charts):
        tab.refresh()
    return page


def test_models_pass_the_model_tester(demo_ctx, qtbot, qtmodeltester):
    page = _page(demo_ctx, qtbot)
    for model in (page.inspections.model, page.due.model, page.templates.model):
        qtmodeltester.check(model)
    assert page.inspections.model.total > 50
    assert page.templates.model.rowCount() == 4


def test_inspection_filters_and_sql_sort(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    tab = page.inspections
    tab.result.setCurrentIndex(tab.result.findData("failed"))
    rows = tab.model.loaded_rows()
    assert rows and all(r.result is InspectionResult.FAILED for r in rows)
    tab.result.setCurrentIndex(0)
    column = tab.model.column_index("score")
    tab.model.sort(column, Qt.SortOrder.DescendingOrder)
    scores = [r.score for r in tab.model.loaded_rows() if r.score is not None]
    assert scores == sorted(scores, reverse=True)
    page.open_filtered(status="draft")
    assert all(r.status.value == "draft" for r in tab.model.loaded_rows())


def test_due_list_shows_what_is_open(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    assert all(row.state in OPEN_STATES for row in page.due.rows())
    page.due.scope.setCurrentIndex(1)  # everything in the last 31 days
    assert len(page.due.rows()) > 10


def test_due_row_starts_an_inspection_for_that_day(demo_ctx, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(InspectionDialog, "exec", lambda self: opened.append(self))
    page = _page(demo_ctx, qtbot)
    page.due.scope.setCurrentIndex(1)
    row = (
        next(r for r in page.due.rows() if r.inspection_id is None)
        if any(r.inspection_id is None for r in page.due.rows())
        else page.due.rows()[0]
    )
    page.due.start(row)
    (dialog,) = opened
    if row.inspection_id is None:
        assert dialog.model.state.data.due_date == row.due
    else:
        assert dialog.inspection_id == row.inspection_id


def test_templates_move_with_the_keyboard_order(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    tab = page.templates
    names = [r.name for r in tab.model.loaded_rows()]
    tab.list.table.selectRow(0)
    tab.move(1)
    tab.refresh()
    assert [r.name for r in tab.model.loaded_rows()] == [names[1], names[0], *names[2:]]


def test_every_chart_builds(demo_ctx, qtbot):
    page = _page(demo_ctx, qtbot)
    for index in range(page.charts.kind.count()):
        page.charts.kind.setCurrentIndex(index)
        assert page.charts.figure is not None
        assert page.charts.canvas is not None
