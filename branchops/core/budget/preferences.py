"""The budget area's branch-wide setting: which forecast method gives the headline figure."""

from __future__ import annotations

from sqlalchemy.orm import Session

from branchops.core import settings
from branchops.core.budget.forecast import DEFAULT_METHOD, Method
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork

FORECAST_METHOD = settings.declare("budget.forecast_method", DEFAULT_METHOD.value).key


def headline_method(session: Session) -> Method:
    value = settings.get(session, FORECAST_METHOD)
    return Method(value) if value in set(Method) else DEFAULT_METHOD


def set_headline_method(uow: UnitOfWork, user: CurrentUser, method: Method) -> None:
    require(user, Permission.MANAGE)
    settings.put(uow.session, FORECAST_METHOD, Method(method).value)
    uow.commit()
