"""The risk register list: filter by status, category, level, scenario, past-due reviews and
overdue drills; enter, open, review, close; add the starter register; level band settings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from branchops.core.concurrency import row_opened
from branchops.core.listing import ListQuery
from branchops.core.risk.builtin import install_starter_register
from branchops.core.risk.labels import CATEGORY_LABELS, LEVEL_LABELS, STATUS_LABELS
from branchops.core.risk.models import Risk, RiskStatus
from branchops.core.risk.plan_queries import list_plans
from branchops.core.risk.queries import RiskRow, count_risks, list_risks, load_risk
from branchops.core.risk.scoring import Level
from branchops.core.risk.service import close_risk, reopen_risk
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.risk.review_dialog import ReviewDialog
from branchops.ui.risk.risk_dialog import RiskDialog
from branchops.ui.risk.settings_dialog import RiskSettingsDialog
from branchops.ui.risk.tables import RISK_COLUMNS, decorate_risk
from branchops.ui.widgets.list_view import ListView
from branchops.ui.widgets.messages import confirm
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.writes import run_write

HIGH_AND_ABOVE = "high_and_above"
# Filters another page may ask for that have no widget here; kept until the next change.
EXTERNAL = ("review_due_by", "risk_id", "cell")


class RisksTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = QueryTableModel(RISK_COLUMNS, self._fetch, self._count, decorate=decorate_risk)
        self.model.query = ListQuery(limit=self.model.page_size, filters={"status": "open"})
        self.external: dict[str, object] = {}
        self._build()
        self._wire()
        self._update_buttons(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = ListView(self.model, "risk.register", self.ctx, translate("RiskPage", "Risks"))
        bar = self.list.filter_bar
        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translate("Risk", label), status.value)
        self.status.addItem(translate("RiskPage", "Any status"), None)
        self.category = QComboBox()
        self.category.addItem(translate("RiskPage", "Any category"), None)
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(translate("Risk", label), category.value)
        self.level = QComboBox()
        self.level.addItem(translate("RiskPage", "Any level"), None)
        self.level.addItem(translate("RiskPage", "High and very high"), HIGH_AND_ABOVE)
        for level, label in LEVEL_LABELS.items():
            self.level.addItem(translate("Risk", label), level.value)
        self.plan = QComboBox()
        self.review_overdue = QCheckBox(translate("RiskPage", "Review past due"))
        self.drill_overdue = QCheckBox(translate("RiskPage", "Drill overdue"))
        for widget in (
            self.status, self.category, self.level, self.plan, self.review_overdue,
            self.drill_overdue,
        ):  # fmt: skip
            bar.addWidget(widget)
        layout.addWidget(self.list, 1)
        self.buttons = {
            "new": QPushButton(translate("RiskPage", "New risk…")),
            "open": QPushButton(translate("RiskPage", "Open…")),
            "review": QPushButton(translate("RiskPage", "Review…")),
            "close": QPushButton(translate("RiskPage", "Close risk")),
            "reopen": QPushButton(translate("RiskPage", "Reopen")),
            "starter": QPushButton(translate("RiskPage", "Add the starter register")),
            "settings": QPushButton(translate("RiskPage", "Levels and review intervals…")),
        }
        line = QHBoxLayout()
        for key, button in self.buttons.items():
            if key == "starter":
                line.addStretch(1)
            line.addWidget(button)
        layout.addLayout(line)

    def _wire(self) -> None:
        for combo in (self.status, self.category, self.level, self.plan):
            combo.currentIndexChanged.connect(self._apply_filters)
        for box in (self.review_overdue, self.drill_overdue):
            box.toggled.connect(self._apply_filters)
        self.list.selection_changed.connect(self._update_buttons)
        self.list.activated.connect(lambda _row: self.open())
        self.model.modelReset.connect(lambda: self._update_buttons(self.list.current_row()))
        handlers = {
            "new": self.new, "open": self.open, "review": self.review, "close": self.close_risk,
            "reopen": self.reopen, "starter": self.add_starter, "settings": self.settings,
        }  # fmt: skip
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)

    # -- data -----------------------------------------------------------------------------------

    def _fetch(self, query: ListQuery) -> list[RiskRow]:
        with self.ctx.db.session() as session:
            return list_risks(session, query)

    def _count(self, query: ListQuery) -> int:
        with self.ctx.db.session() as session:
            return count_risks(session, query)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            plans = list_plans(session)
        current = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(translate("RiskPage", "Any drill scenario"), None)
        for plan in plans:
            self.plan.addItem(plan.name, plan.id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(current)))
        self.plan.blockSignals(False)
        self._apply_filters(keep_external=True)

    def _apply_filters(self, *_args, keep_external: bool = False) -> None:
        if not keep_external:
            self.external = {}
        level = self.level.currentData()
        filters = {
            "status": self.status.currentData(),
            "category": self.category.currentData(),
            "level": [Level.HIGH.value, Level.VERY_HIGH.value]
            if level == HIGH_AND_ABOVE
            else level,
            "plan_id": self.plan.currentData(),
            "review_overdue": True if self.review_overdue.isChecked() else None,
            "drill_overdue": True if self.drill_overdue.isChecked() else None,
            **self.external,
        }
        self.model.query = replace(
            self.model.query, filters={k: v for k, v in filters.items() if v is not None}
        )
        self.model.reload()

    def set_filters(self, **filters) -> None:
        """``review_overdue``, ``review_due_by``, ``level``, ``category``, ``risk_id`` …"""
        widgets = (self.status, self.category, self.level, self.review_overdue, self.drill_overdue)
        for widget in widgets:
            widget.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(RiskStatus.OPEN.value)))
        self.category.setCurrentIndex(max(0, self.category.findData(filters.get("category"))))
        self.level.setCurrentIndex(max(0, self.level.findData(filters.get("level"))))
        self.review_overdue.setChecked(bool(filters.get("review_overdue")))
        self.drill_overdue.setChecked(bool(filters.get("drill_overdue")))
        for widget in widgets:
            widget.blockSignals(False)
        self.external = {k: filters[k] for k in EXTERNAL if k in filters}
        self._apply_filters(keep_external=True)

    # -- buttons --------------------------------------------------------------------------------

    def _update_buttons(self, row: RiskRow | None) -> None:
        user = self.ctx.user
        is_open = row is not None and row.status is RiskStatus.OPEN
        gate(self.buttons["new"], user, Permission.WRITE)
        self.buttons["open"].setEnabled(row is not None)
        gate(self.buttons["review"], user, Permission.WRITE, when=is_open)
        gate(self.buttons["close"], user, Permission.APPROVE, when=is_open)
        gate(self.buttons["reopen"], user, Permission.APPROVE, when=row is not None and not is_open)
        gate(self.buttons["starter"], user, Permission.WRITE)
        gate(self.buttons["settings"], user, Permission.MANAGE)

    def new(self) -> None:
        RiskDialog(self.ctx, self).exec()

    def open(self) -> None:
        row = self.list.current_row()
        if row is not None:
            RiskDialog(self.ctx, self, risk_id=row.id).exec()

    def review(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        with self.ctx.db.session() as session:
            detail = load_risk(session, row.id)
        ReviewDialog(self.ctx, detail, self).exec()

    def close_risk(self) -> None:
        row = self.list.current_row()
        question = translate("RiskPage", "Close the risk “{title}”? It no longer applies.")
        if row is not None and confirm(
            self, translate("RiskPage", "Close risk"), question.format(title=row.title)
        ):
            run_write(
                self.ctx,
                self,
                "risk",
                lambda uow: close_risk(uow, self.ctx.user, row.id),
                opened=row_opened(Risk, row),
            )

    def reopen(self) -> None:
        row = self.list.current_row()
        if row is not None:
            run_write(
                self.ctx,
                self,
                "risk",
                lambda uow: reopen_risk(uow, self.ctx.user, row.id),
                opened=row_opened(Risk, row),
            )

    def add_starter(self) -> None:
        run_write(self.ctx, self, "risk", lambda uow: install_starter_register(uow, self.ctx.user))

    def settings(self) -> None:
        RiskSettingsDialog(self.ctx, self).exec()
