"""Cheap password hashes (the real cost is tested once in test_passwords) and a fake clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from branchops.core.users import passwords, service
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser

FAST = passwords.Cost(n=2**4, r=1, p=1)
PASSWORD = "s3cret-pass"


@pytest.fixture(autouse=True)
def fast_hashes(monkeypatch: pytest.MonkeyPatch) -> passwords.Cost:
    monkeypatch.setattr(passwords, "COST", FAST)
    return FAST


@dataclass
class FakeClock:
    now: datetime

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, 0))


@pytest.fixture
def add_user(db, manager: CurrentUser):
    """``add_user(name, role, password=PASSWORD) -> id``, created by the manager."""

    def add(username: str, role: Role, password: str = PASSWORD) -> int:
        with db.unit_of_work(manager) as uow:
            data = service.UserData(username, username.title(), role)
            return service.create_user(uow, manager, data, password)

    return add
