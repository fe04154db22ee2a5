"""A fresh database with the built-in plans, the starter register and four staff."""

from __future__ import annotations

import pytest

from branchops.core.risk.builtin import install_builtin_plans, install_starter_register
from branchops.core.staff.models import Staff


@pytest.fixture
def risk_ctx(ui_ctx):
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        uow.session.add_all([Staff(employee_no=f"E{i}", name=f"员工{i}") for i in range(1, 5)])
        uow.commit()
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        install_builtin_plans(uow, ui_ctx.user)
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        install_starter_register(uow, ui_ctx.user)
    return ui_ctx
