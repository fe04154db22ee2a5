"""The export log and the completeness registry, without Excel."""

from __future__ import annotations

from datetime import datetime

import pytest

from branchops import clock
from branchops.core.areas import area_keys
from branchops.core.branch.checks import month_over
from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.errors import UserError
from branchops.core.period import Month
from branchops.core.reports import completeness
from branchops.core.reports.service import NewExport, export_log, next_revision, record_export


def _export(month: Month, revision: int) -> NewExport:
    return NewExport(
        month,
        revision,
        datetime(2026, 11, 2, 9, 30),
        f"r{revision}.xlsx",
        "0" * 64,
        "zh_CN",
        False,
        1,
    )


@pytest.mark.postgres
def test_revisions_count_per_month(db, manager):
    october, november = Month(2026, 10), Month(2026, 11)
    with db.unit_of_work(manager) as uow:
        record_export(uow, manager, _export(october, 1))
    with db.unit_of_work(manager) as uow:
        record_export(uow, manager, _export(october, 2))
    with db.session() as session:
        assert next_revision(session, october) == 3
        assert next_revision(session, november) == 1
        assert [r.revision for r in export_log(session, october)] == [2, 1]
    with db.unit_of_work(manager) as uow, pytest.raises(UserError):
        record_export(uow, manager, _export(october, 2))  # taken meanwhile


def test_only_listed_areas_contribute_checks():
    keys = [c.key for c in completeness.all_checks()]
    assert len(keys) == len(set(keys))
    areas = {c.area for c in completeness.all_checks()}
    assert areas <= set(area_keys()) and "branch" in areas


def test_branch_checks_name_what_is_missing(db, manager):
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR01", name="城东支行"))
    with db.session() as session:
        gaps = completeness.run_checks(session, Month(2020, 1))
        assert [g.check for g in gaps if g.area == "branch"] == ["branch.profile"]
        current = Month.of(clock.today())
        assert month_over(session, current)
        assert not month_over(session, current.previous)
