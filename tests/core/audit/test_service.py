"""Listing the audit log for the UI: filters, SQL sort, paging, count and decoded changes."""

import os
import time
from datetime import date, datetime

import pytest
from sqlalchemy import update

from branchops.core.audit.service import (
    AuditFilter,
    SortKey,
    audit_choices,
    decode_changes,
    list_audit,
)
from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser
from branchops.db.audit import AuditEntry, append_entries
from branchops.i18n import set_language

CLERK = CurrentUser(5, "clerk_li", "", Role.CLERK)


@pytest.fixture
def shanghai():
    """Local time is China's (UTC+8) so local days differ from UTC days."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def _entries(db, username, entries, at=None):
    with db.session() as session:
        append_entries(session, username, entries)
        if at:
            last = session.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
            session.execute(update(AuditEntry).where(AuditEntry.seq == last.seq).values(at=at))
        session.commit()


@pytest.fixture
def filled(db, manager):
    """Five entries: a profile created and changed by the manager, then three by others."""
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR01", name="城东支行"))
    _entries(db, "clerk_li", [("create", "Staff", "7", {"name": [None, "王芳"]})])
    _entries(db, "clerk_li", [("update", "Staff", "7", {"phone": ["1", "2"]})])
    _entries(db, "system", [("delete", "Staff_Skill", "7,2", {"valid_until": ["x", None]})])
    return db


@pytest.mark.postgres
def test_newest_first_with_total_and_paging(filled):
    with filled.session() as session:
        everything = list_audit(session)
        page = list_audit(session, offset=2, limit=2)
    seqs = [row.seq for row in everything.rows]
    assert seqs == sorted(seqs, reverse=True)
    assert everything.total == len(seqs) > 5  # profile + opening hours + setting + 3 others
    assert page.total == everything.total
    assert [row.seq for row in page.rows] == seqs[2:4]


@pytest.mark.postgres
def test_filters_narrow_together(filled):
    with filled.session() as session:
        clerk = list_audit(session, AuditFilter(username="clerk_li"))
        updates = list_audit(session, AuditFilter(username="clerk_li", action="update"))
        staff7 = list_audit(session, AuditFilter(entity="Staff", entity_id="7"))
        profile = list_audit(session, AuditFilter(entity="BranchProfile"))
    assert clerk.total == 2
    assert [r.action for r in updates.rows] == ["update"]
    assert {r.username for r in staff7.rows} == {"clerk_li"}
    assert profile.total == 1
    assert profile.rows[0].username == "manager"


@pytest.mark.postgres
def test_free_text_finds_values_users_and_ids_literally(filled):
    with filled.session() as session:
        assert list_audit(session, AuditFilter(text="王芳")).total == 1
        assert list_audit(session, AuditFilter(text="CLERK_LI")).total == 2
        assert list_audit(session, AuditFilter(text="城东支行")).total == 1
        # "_" and "%" are taken literally, not as wildcards.
        assert list_audit(session, AuditFilter(text="f_Sk")).total == 1
        assert list_audit(session, AuditFilter(text="Sta_f")).total == 0
        assert list_audit(session, AuditFilter(text="Staff_")).total == 1
        assert list_audit(session, AuditFilter(text="%")).total == 0


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("key", "descending", "first_user"),
    [
        (SortKey.USERNAME, False, "clerk_li"),
        (SortKey.USERNAME, True, "system"),
        (SortKey.ENTITY, False, "manager"),  # BranchProfile sorts first
    ],
)
def test_sorted_in_sql_by_any_column(filled, key, descending, first_user):
    with filled.session() as session:
        page = list_audit(session, sort=key, descending=descending, limit=1)
    assert page.rows[0].username == first_user
    assert page.total > 1


def test_date_range_is_in_local_days(db, shanghai):
    _entries(db, "a", [("create", "Staff", "1", {})], at="2026-03-01T15:59:59+00:00")  # 23:59 CN
    _entries(db, "b", [("create", "Staff", "2", {})], at="2026-03-01T16:00:00+00:00")  # 2 Mar 00:00
    _entries(db, "c", [("create", "Staff", "3", {})], at="2026-03-02T15:59:59+00:00")  # 2 Mar 23:59
    _entries(db, "d", [("create", "Staff", "4", {})], at="2026-03-02T16:00:00+00:00")  # 3 Mar 00:00
    with db.session() as session:
        march2 = list_audit(
            session, AuditFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 2))
        )
        since3 = list_audit(session, AuditFilter(date_from=date(2026, 3, 3)))
        until1 = list_audit(session, AuditFilter(date_to=date(2026, 3, 1)))
    assert [r.username for r in march2.rows] == ["c", "b"]
    assert [r.username for r in since3.rows] == ["d"]
    assert [r.username for r in until1.rows] == ["a"]
    assert march2.rows[-1].at == datetime.fromisoformat("2026-03-02T00:00:00+08:00")
    assert march2.rows[-1].at.utcoffset().total_seconds() == 8 * 3600


def test_changes_are_decoded_old_to_new(filled):
    set_language("en")
    with filled.session() as session:
        row = list_audit(session, AuditFilter(entity="Staff", action="update")).rows[0]
        created = list_audit(session, AuditFilter(entity="BranchProfile")).rows[0]
    assert row.changes[0].field == "phone"
    assert (row.changes[0].old, row.changes[0].new) == ("1", "2")
    assert row.summary == "phone: 1 → 2"
    assert row.action_label == "Changed"
    fields = {c.field: c for c in created.changes}
    assert fields["name"].describe() == "name: (empty) → 城东支行"
    assert fields["mask_pii"].describe() == "mask_pii: (empty) → yes"
    assert "hq_key" not in fields or fields["hq_key"].new == "***"


def test_damaged_changes_are_shown_as_they_are():
    set_language("en")
    assert decode_changes("not json")[0].new == "not json"
    assert decode_changes("[1, 2]")[0].new == "[1, 2]"
    assert decode_changes('{"a": 5}')[0].describe() == "a: (empty) → 5"


def test_choices_for_the_filter_drop_downs(filled):
    with filled.session() as session:
        choices = audit_choices(session)
    assert choices.usernames == ["clerk_li", "manager", "system"]
    assert {"BranchProfile", "Staff", "Staff_Skill"} <= set(choices.entities)


def test_paging_limits_are_kept_sane(filled):
    with filled.session() as session:
        page = list_audit(session, offset=-5, limit=0)
    assert (page.offset, page.limit, len(page.rows)) == (0, 1, 1)
