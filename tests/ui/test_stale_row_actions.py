"""A list row acted on after another PC changed its record: the action is refused in words and
the record keeps the other PC's change (the risk register's Close, the expenses' Delete)."""

from __future__ import annotations

from dataclasses import replace

from branchops.core.risk.models import Risk, RiskCategory, RiskStatus
from branchops.core.risk.risk_input import RiskInput, Scores
from branchops.core.risk.service import create_risk, update_risk
from branchops.ui.risk.risks_tab import RisksTab


def test_closing_a_risk_from_a_list_read_before_another_pc_edited_it(ui_ctx, qtbot, message_boxes):
    data = RiskInput(title="first", category=RiskCategory.FIRE, scores=Scores(2, 3, 1, 2))
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        ident = create_risk(uow, ui_ctx.user, data)
    tab = RisksTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.list.table.selectRow(0)
    assert tab.list.current_row().id == ident
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:  # the other PC
        update_risk(uow, ui_ctx.user, ident, replace(data, title="edited", scores=None))
    tab.close_risk()
    warnings = [m.text for m in message_boxes if m.kind == "warning"]
    assert len(warnings) == 1 and "manager" in warnings[0], message_boxes
    with ui_ctx.db.session() as session:
        risk = session.get(Risk, ident)
        assert (risk.title, risk.status) == ("edited", RiskStatus.OPEN)
    tab.refresh()  # read again, the row is current and closing goes through
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.list.table.selectRow(0)
    tab.close_risk()
    with ui_ctx.db.session() as session:
        assert session.get(Risk, ident).status is RiskStatus.CLOSED
