"""Cost categories (费用类别) and their over-budget policy: add, edit, deactivate (never delete;
past budgets and expenses keep their category)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops.core.budget.defaults import DEFAULT_THRESHOLD_PCT
from branchops.core.budget.labels import category_name
from branchops.core.budget.models import BudgetCategory, Policy
from branchops.core.errors import NotFound, Problems
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_NAME = 64


@dataclass
class CategoryInput:
    name: str
    name_en: str = ""
    policy_annual: Policy = Policy.STOP
    policy_monthly: Policy = Policy.WARN
    threshold_pct: int = DEFAULT_THRESHOLD_PCT
    carry_forward: bool = True
    expected_monthly: bool = False
    active: bool = True


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def match_category(session: Session, text: str) -> BudgetCategory | None:
    """The category named ``text`` (Chinese or English name, or code), or None."""
    wanted = _norm(text)
    if not wanted:
        return None
    for category in session.scalars(select(BudgetCategory)):
        if wanted in {_norm(category.name), _norm(category.name_en), _norm(category.code)}:
            return category
    return None


def category_names(session: Session) -> str:
    rows = session.scalars(
        select(BudgetCategory)
        .where(BudgetCategory.active.is_(True))
        .order_by(BudgetCategory.sort_order, BudgetCategory.id)
    )
    return "、".join(category_name(c.name, c.name_en) for c in rows)


def _check(session: Session, data: CategoryInput, category_id: int | None) -> None:
    problems = Problems()
    name = data.name.strip()
    if not name:
        problems.add("name", translate("Budget", "Enter the category's name."))
    elif len(name) > MAX_NAME or len(data.name_en.strip()) > MAX_NAME:
        problems.add(
            "name",
            translate("Budget", "A category name has at most {limit} characters.").format(
                limit=MAX_NAME
            ),
        )
    else:
        for other in (match_category(session, name), match_category(session, data.name_en)):
            if other is not None and other.id != category_id:
                problems.add(
                    "name",
                    translate("Budget", "A category named {name} exists already.").format(
                        name=other.name
                    ),
                )
                break
    if not 1 <= data.threshold_pct <= 100:
        problems.add(
            "threshold_pct",
            translate("Budget", "The warning threshold is a percentage from 1 to 100."),
        )
    problems.raise_if_any()


def _apply(category: BudgetCategory, data: CategoryInput) -> None:
    category.name = data.name.strip()
    category.name_en = data.name_en.strip()
    category.policy_annual = Policy(data.policy_annual)
    category.policy_monthly = Policy(data.policy_monthly)
    category.threshold_pct = data.threshold_pct
    category.carry_forward = data.carry_forward
    category.expected_monthly = data.expected_monthly
    category.active = data.active


def create_category(uow: UnitOfWork, user: CurrentUser, data: CategoryInput) -> int:
    require(user, Permission.MANAGE)
    session = uow.session
    _check(session, data, None)
    last = session.scalar(select(func.max(BudgetCategory.sort_order))) or 0
    count = session.scalar(select(func.count(BudgetCategory.id))) or 0
    category = BudgetCategory(code=f"custom{count + 1}", sort_order=last + 1)
    while session.scalars(
        select(BudgetCategory).where(BudgetCategory.code == category.code)
    ).first():
        count += 1
        category.code = f"custom{count + 1}"
    _apply(category, data)
    session.add(category)
    session.flush()
    uow.commit()
    return category.id


def load_category(session: Session, category_id: int) -> BudgetCategory:
    category = session.get(BudgetCategory, category_id)
    if category is None:
        raise NotFound(translate("Budget", "This category no longer exists."))
    return category


def category_input(session: Session, category_id: int) -> CategoryInput:
    c = load_category(session, category_id)
    return CategoryInput(
        c.name,
        c.name_en,
        c.policy_annual,
        c.policy_monthly,
        c.threshold_pct,
        c.carry_forward,
        c.expected_monthly,
        c.active,
    )


def update_category(
    uow: UnitOfWork, user: CurrentUser, category_id: int, data: CategoryInput
) -> None:
    require(user, Permission.MANAGE)
    category = load_category(uow.session, category_id)
    _check(uow.session, data, category_id)
    _apply(category, data)
    uow.commit()
