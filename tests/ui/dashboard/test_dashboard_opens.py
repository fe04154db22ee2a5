"""Every tile and every agenda row of the dashboard opens its page, filtered as declared."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from branchops.core.feedback.escalation import EscalationState
from branchops.core.feedback.models import FeedbackKind
from branchops.ui.dashboard.dashboard_page import DashboardPage
from branchops.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 30_000


@pytest.fixture
def window(demo_ctx, qtbot, monkeypatch):
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(QDialog, "open", lambda self: opened.append(self))
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.opened = opened
    window.show_page_key("dashboard")
    page = window.page_widget(0)
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(page.is_ready, timeout=LOAD_TIMEOUT_MS)
    return window


def _dashboard(window) -> DashboardPage:
    return window.page_widget(0)


def _shown_key(window) -> str:
    current = window.stack.currentWidget()
    keys = [s.key for i, s in enumerate(window.pages) if window.page_widget(i) is current]
    return keys[0]


def test_every_tile_opens_its_page(window):
    page = _dashboard(window)
    tiles = [t.tile for t in page.tiles.tiles.values()]
    assert {t.area for t in tiles} >= {"quality", "actions", "staff", "training", "feedback"}
    for tile in tiles:
        window.show_page_key("dashboard")
        page._open_tile(tile)
        assert _shown_key(window) == tile.page, tile.key
    explained = [t.key for t in tiles if not t.explanation]
    assert explained == [], "every tile explains its formula on hover"


def _open(window, key: str):
    page = _dashboard(window)
    window.show_page_key("dashboard")
    page._open_tile(page.tiles.tiles[key].tile)
    return window.stack.currentWidget()


def test_tiles_open_the_matching_list_filtered(window):
    feedback = _open(window, "feedback.overdue")
    assert feedback.tabs.currentWidget() is feedback.complaints
    assert feedback.complaints.escalated.isChecked()
    late = {EscalationState.OVERDUE, EscalationState.DUE_SOON}
    assert {r.escalation for r in feedback.complaints.model.loaded_rows()} <= late
    feedback = _open(window, "feedback.praise")
    assert feedback.tabs.currentWidget() is feedback.records
    assert feedback.records.kind.currentData() == FeedbackKind.PRAISE
    assert {r.kind for r in feedback.records.model.loaded_rows()} <= {FeedbackKind.PRAISE}
    feedback = _open(window, "feedback.regulator")
    assert feedback.complaints.regulator.isChecked()
    assert _open(window, "feedback.csat").tabs.currentWidget() is feedback.satisfaction
    assert _open(window, "training.expiring").current_key() == "reminders"
    assert _open(window, "training.sessions_held").current_key() == "sessions"
    assert _open(window, "training.hours").current_key() == "yearly"
    actions = _open(window, "risk.drill_actions_overdue")
    assert actions.overdue.isChecked() and actions.source.currentData() == "drill"
    risk = _open(window, "risk.reviews_past_due")
    assert risk.risks.review_overdue.isChecked()
    quality = _open(window, "quality.critical_failures")
    assert quality.inspections.result.currentData() == "failed"
    assert _shown_key(window) == "quality"


def test_every_agenda_row_opens_its_record(window):
    page = _dashboard(window)
    rows = list(page.agenda_model.loaded_rows())
    assert len({r.item.area for r in rows}) >= 3
    kinds = {}
    for row in rows:
        kinds.setdefault((row.item.area, tuple(sorted(row.item.filters))), row)
    for row in kinds.values():
        window.opened.clear()
        window.show_page_key("dashboard")
        page.agenda.activated.emit(row)
        assert _shown_key(window) == row.item.page, row.item.key
        filters = row.item.filters
        shown = window.stack.currentWidget()
        if {"action_id", "drill_id", "risk_id", "session_id"} & set(filters):
            assert window.opened, f"{row.item.key} opens its record"
        if "complaint_id" in filters:
            assert [r.id for r in shown.complaints.model.loaded_rows()] == [filters["complaint_id"]]
            assert shown.complaints.list.current_row().id == filters["complaint_id"]
        if filters.get("tab") == "reminders":
            assert {r.staff_id for r in shown.reminders.model.loaded_rows()} == {
                filters["staff_id"]
            }


def test_every_chart_of_the_areas_is_shown_and_saved_as_png(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    charts = _dashboard(window).charts
    keys = [charts.tabs.widget(i).property("chart_key") for i in range(charts.tabs.count())]
    assert "budget:burn_up" in keys and any(k.startswith("feedback") for k in keys), keys
    for index, key in enumerate(keys):
        charts.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda k=key: charts.has_chart(k), timeout=LOAD_TIMEOUT_MS)
        target = tmp_path / f"{index}.png"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        charts.save_current()
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", key
