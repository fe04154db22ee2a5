"""Template versions: editing a used template makes a new version; old inspections keep theirs."""

from __future__ import annotations

import pytest

from branchops.core.errors import PermissionDenied
from branchops.core.quality.inspection_view import load_inspection
from branchops.core.quality.service import complete_inspection
from branchops.core.quality.template_input import ItemInput
from branchops.core.quality.templates import (
    copy_template,
    list_templates,
    reorder_templates,
    save_template,
    set_archived,
)
from branchops.core.quality.versions import current_version_id, load_template_input, load_version
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser
from tests.core.quality.conftest import inspection, small_template


def _edit(db, manager, template_id, change) -> None:
    with db.session() as session:
        data = load_template_input(session, template_id)
    change(data)
    with db.unit_of_work(manager) as uow:
        save_template(uow, manager, data, template_id)


def _current(db, template_id):
    with db.session() as session:
        return load_version(session, current_version_id(session, template_id))


@pytest.mark.postgres
def test_editing_an_unused_template_keeps_version_one(db, manager, template_id):
    _edit(db, manager, template_id, lambda d: setattr(d.sections[0].items[0], "weight", 5))
    version = _current(db, template_id)
    assert version.number == 1
    assert version.items[0].spec.weight == 5


@pytest.mark.postgres
def test_editing_a_used_template_makes_a_new_version(db, manager, template_id, version, tmp_path):
    with db.unit_of_work(manager) as uow:
        done = complete_inspection(
            uow, manager, inspection(version, A1="pass", A2="5", B1="pass", B2="no"), tmp_path
        )

    def change(data):
        data.sections[0].items[0].text = "现金区防护门上锁"
        data.sections[1].items.append(ItemInput(text="离柜提示"))

    _edit(db, manager, template_id, change)
    new = _current(db, template_id)
    assert new.number == 2
    assert [i.key for i in new.items] == ["A1", "A2", "B1", "B2", "B3", "Q6"]
    with db.session() as session:
        past = load_inspection(session, done, tmp_path)
    assert past.version.number == 1
    assert past.version.items[0].text == "防护门上锁"
    assert len(past.version.items) == 5
    assert past.score == 100.0


@pytest.mark.postgres
def test_name_and_schedule_changes_need_no_new_version(db, manager, template_id, version, tmp_path):
    with db.unit_of_work(manager) as uow:
        complete_inspection(
            uow, manager, inspection(version, A1="pass", A2="5", B1="pass", B2="no"), tmp_path
        )

    def change(data):
        data.recurrence = data.recurrence.DAILY
        data.description = "每天开门前"

    _edit(db, manager, template_id, change)
    assert _current(db, template_id).number == 1


def test_copy_archive_and_reorder(db, manager, template_id):
    with db.unit_of_work(manager) as uow:
        copy_id = copy_template(uow, manager, template_id, "柜面检查（副本）")
    with db.session() as session:
        rows = list_templates(session)
        copied = load_template_input(session, copy_id)
    assert [r.id for r in rows] == [template_id, copy_id]
    assert copied.name == "柜面检查（副本）"
    assert len(list(copied.items())) == 5
    with db.unit_of_work(manager) as uow:
        reorder_templates(uow, manager, [copy_id, template_id])
    with db.unit_of_work(manager) as uow:
        set_archived(uow, manager, template_id, True)
    with db.session() as session:
        assert [r.id for r in list_templates(session)] == [copy_id]
        everything = list_templates(session, include_archived=True)
    assert [(r.id, r.archived) for r in everything] == [(copy_id, False), (template_id, True)]
    assert everything[0].item_count == 5


def test_a_clerk_may_not_edit_templates(db):
    clerk = CurrentUser(5, "clerk", "", Role.CLERK)
    with db.unit_of_work(clerk) as uow, pytest.raises(PermissionDenied):
        save_template(uow, clerk, small_template())
