"""The main dialogs of the risk page, opened by ``branchops --smoke`` (empty database too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from branchops.core.listing import ListQuery
from branchops.core.risk.drill_queries import list_drills
from branchops.core.risk.plan_queries import list_plans
from branchops.core.risk.queries import list_risks
from branchops.ui.context import AppContext
from branchops.ui.risk.drill_dialog import DrillDialog
from branchops.ui.risk.plan_drill_dialog import PlanDrillDialog
from branchops.ui.risk.plan_editor import PlanEditor
from branchops.ui.risk.risk_dialog import RiskDialog
from branchops.ui.risk.settings_dialog import RiskSettingsDialog


def _risk(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        rows = list_risks(session, ListQuery(limit=1, filters={"status": "open"}))
    return RiskDialog(ctx, parent, risk_id=rows[0].id if rows else None)


def _drill(ctx: AppContext, parent: QWidget) -> QDialog:
    query = ListQuery(limit=1, filters={"status": "done", "poor": True})
    with ctx.db.session() as session:
        rows = list_drills(session, query) or list_drills(
            session, ListQuery(limit=1, filters={"status": "done"})
        )
    return DrillDialog(ctx, parent, drill_id=rows[0].id if rows else None)


def _plan(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        plans = list_plans(session)
    return PlanEditor(ctx, parent, plans[0].id if plans else None)


RISK_DIALOGS = [
    ("risk", _risk),
    ("drill", _drill),
    ("plan_drill", lambda ctx, parent: PlanDrillDialog(ctx, parent)),
    ("plan_editor", _plan),
    ("settings", lambda ctx, parent: RiskSettingsDialog(ctx, parent)),
]
