"""Two windows (two PCs) opened the same record: the second Save is refused in words, its form
keeps what was typed, and the database keeps the first save."""

from __future__ import annotations

from sqlalchemy import select

from branchops.core.budget.categories import CategoryInput, create_category
from branchops.core.budget.models import BudgetCategory
from branchops.core.users.permissions import SINGLE_USER
from branchops.ui.budget.category_dialog import CategoryDialog


def test_a_stale_dialog_is_refused_and_keeps_its_contents(ui_ctx, qtbot, message_boxes):
    with ui_ctx.db.unit_of_work(SINGLE_USER) as uow:
        ident = create_category(uow, SINGLE_USER, CategoryInput("印刷费"))
    first, second = (
        CategoryDialog(ui_ctx, category_id=ident),
        CategoryDialog(ui_ctx, category_id=ident),
    )
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.name.setText("宣传费")
    first.save()
    assert first.result() == 1
    second.name.setText("办公费")
    second.save()
    assert second.result() == 0 and second.name.text() == "办公费"
    assert len(message_boxes) == 1 and "manager" in message_boxes[0].text
    with ui_ctx.db.session() as session:
        assert (
            session.scalar(select(BudgetCategory.name).where(BudgetCategory.id == ident))
            == "宣传费"
        )
    reopened = CategoryDialog(ui_ctx, category_id=ident)
    qtbot.addWidget(reopened)
    reopened.name.setText("办公费")
    reopened.save()
    assert reopened.result() == 1
