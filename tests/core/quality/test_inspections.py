"""Running inspections: drafts, completing, locking, amendments with their log, bad input."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from branchops.core.errors import UserError, ValidationError
from branchops.core.quality.inspection_input import AnswerInput
from branchops.core.quality.inspection_view import load_inspection, to_input
from branchops.core.quality.models import (
    InspectionResult,
    InspectionStatus,
    QcAnswer,
    QcInspection,
)
from branchops.core.quality.service import (
    amend_inspection,
    complete_inspection,
    delete_draft,
    save_draft,
)
from tests.core.quality.conftest import answers, inspection


def _load(db, inspection_id, tmp_path):
    with db.session() as session:
        return load_inspection(session, inspection_id, tmp_path)


@pytest.mark.postgres
def test_draft_resume_and_complete(db, manager, version, tmp_path):
    with db.unit_of_work(manager) as uow:
        draft_id = save_draft(uow, manager, inspection(version, A1="pass"), tmp_path)
    draft = _load(db, draft_id, tmp_path)
    assert draft.status is InspectionStatus.DRAFT and draft.result is None
    assert not draft.locked
    with db.session() as session:
        resumed = to_input(session, draft_id)
    resumed.answers |= answers(version, A2="4", B1="fail", B2="yes", B3="serious")
    with db.unit_of_work(manager) as uow:
        assert complete_inspection(uow, manager, resumed, tmp_path, draft_id) == draft_id
    done = _load(db, draft_id, tmp_path)
    assert done.locked and done.completed_by == manager.username
    # weights 4, 2, 2, 1, 1: pass, 4/5, fail, yes (bad), serious (0)
    assert done.score == pytest.approx((4 + 2 * 0.8) / 10 * 100)
    assert done.result is InspectionResult.FAILED
    assert done.failed_items == 3 and done.critical_failures == 0


@pytest.mark.postgres
def test_critical_failure_fails_a_good_score(db, manager, version, tmp_path):
    data = inspection(version, A1="fail", A2="5", B1="pass", B2="no")
    with db.unit_of_work(manager) as uow:
        done = _load(db, complete_inspection(uow, manager, data, tmp_path), tmp_path)
    assert done.critical_failures == 1
    assert done.result is InspectionResult.FAILED
    assert done.answers[version.items[0].id].critical_failed


def test_completing_with_unanswered_required_items_is_refused(db, manager, version, tmp_path):
    data = inspection(version, A1="pass", B2="yes")
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        complete_inspection(uow, manager, data, tmp_path)
    ids = {item.key: item.id for item in version.items}
    assert {p.field for p in caught.value.problems} == {
        f"answers[{ids['A2']}]",
        f"answers[{ids['B1']}]",
        f"answers[{ids['B3']}]",  # shown because B2 is yes
    }
    with db.session() as session:
        assert session.scalar(select(func.count(QcInspection.id))) == 0


def test_impossible_answer_and_missing_inspector_save_nothing(db, manager, version, tmp_path):
    data = inspection(version, A1="pass", A2="9")
    data.inspector_name = ""
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        save_draft(uow, manager, data, tmp_path)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"inspector", f"answers[{version.items[1].id}]"}
    with db.session() as session:
        assert session.scalar(select(func.count(QcAnswer.id))) == 0


def test_hidden_answers_are_dropped(db, manager, version, tmp_path):
    data = inspection(version, A1="pass", A2="5", B1="pass", B2="no", B3="serious")
    with db.unit_of_work(manager) as uow:
        done = _load(db, complete_inspection(uow, manager, data, tmp_path), tmp_path)
    assert version.items[4].id not in done.answers
    assert done.score == 100.0


def test_staff_is_kept_only_for_items_about_a_person(db, manager, version, staff_ids, tmp_path):
    data = inspection(
        version,
        A1=AnswerInput("pass", staff_id=staff_ids[0]),
        B1=AnswerInput("fail", comment="未起身", staff_id=staff_ids[1]),
    )
    with db.unit_of_work(manager) as uow:
        draft = _load(db, save_draft(uow, manager, data, tmp_path), tmp_path)
    assert draft.answers[version.items[0].id].staff_id is None
    finding = draft.answers[version.items[2].id]
    assert (finding.staff_name, finding.comment, finding.failed) == ("李强", "未起身", True)


def test_completed_inspection_is_locked(db, manager, version, tmp_path):
    data = inspection(version, A1="pass", A2="5", B1="pass", B2="no")
    with db.unit_of_work(manager) as uow:
        done_id = complete_inspection(uow, manager, data, tmp_path)
    with db.unit_of_work(manager) as uow, pytest.raises(UserError):
        save_draft(uow, manager, data, tmp_path, done_id)
    with db.unit_of_work(manager) as uow, pytest.raises(UserError):
        delete_draft(uow, manager, done_id)


@pytest.mark.postgres
def test_amendment_needs_a_reason_and_is_logged(db, manager, version, tmp_path):
    data = inspection(version, A1="pass", A2="5", B1="pass", B2="no")
    with db.unit_of_work(manager) as uow:
        done_id = complete_inspection(uow, manager, data, tmp_path)
    change = answers(version, B1=AnswerInput("fail", comment="复核监控发现未起身"))
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        amend_inspection(uow, manager, done_id, change, " ", tmp_path)
    assert [p.field for p in caught.value.problems] == ["reason"]
    with db.unit_of_work(manager) as uow:
        amend_inspection(uow, manager, done_id, change, "调阅监控后更正", tmp_path)
    amended = _load(db, done_id, tmp_path)
    assert amended.score == pytest.approx(7 / 9 * 100, abs=0.01)  # B1 (weight 2 of 9) failed
    assert amended.result is InspectionResult.FAILED
    (log,) = amended.amendments
    assert (log.username, log.reason) == (manager.username, "调阅监控后更正")
    assert isinstance(log.at, datetime)
    assert {(c["item"], c["field"], c["old"], c["new"]) for c in log.changes} == {
        ("B1", "value", "pass", "fail"),
        ("B1", "comment", "", "复核监控发现未起身"),
    }


def test_amendment_that_changes_nothing_is_refused(db, manager, version, tmp_path):
    data = inspection(version, A1="pass", A2="5", B1="pass", B2="no")
    with db.unit_of_work(manager) as uow:
        done_id = complete_inspection(uow, manager, data, tmp_path)
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError):
        amend_inspection(uow, manager, done_id, answers(version, B1="pass"), "核对", tmp_path)
    assert _load(db, done_id, tmp_path).amendments == ()


def test_amendment_cannot_blank_a_required_answer(db, manager, version, tmp_path):
    data = inspection(version, A1="pass", A2="5", B1="pass", B2="no")
    with db.unit_of_work(manager) as uow:
        done_id = complete_inspection(uow, manager, data, tmp_path)
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError):
        amend_inspection(uow, manager, done_id, answers(version, A2=AnswerInput()), "x", tmp_path)


def test_deleting_a_draft(db, manager, version, tmp_path):
    with db.unit_of_work(manager) as uow:
        draft_id = save_draft(uow, manager, inspection(version, A1="pass"), tmp_path)
    with db.unit_of_work(manager) as uow:
        delete_draft(uow, manager, draft_id)
    with db.session() as session:
        assert session.scalar(select(func.count(QcAnswer.id))) == 0
