"""Personal data in the HQ workbook: every mobile form and ID number in free text is masked by
default, and the summary states what was masked, counted — or that it was written in full."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import update

from branchops import i18n
from branchops.core.actions.models import CorrectiveAction
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database
from branchops.excel.cells import MaskCount, mask_free_text
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from tests.excel.conftest import calamine_rows, sheet_names

SECRETS = (
    "+8613812345672",
    "8613812345673",
    "１３８１２３４５６７４",
    "138 1234 5675",
    "110101199003071234",
    "11010119900307123X",
)


def test_free_text_masking_covers_every_mobile_form_and_id_numbers():
    count = MaskCount()
    text = "；".join(f"客户{n} {s}" for n, s in enumerate(SECRETS))
    masked = mask_free_text(text, count)
    assert (count.phones, count.id_numbers) == (4, 2)
    assert not any(s in masked for s in SECRETS)
    assert "138****5672" in masked and "110101********1234" in masked
    assert mask_free_text("订单 20260115000012345678") == "订单 20260115000012345678"


@pytest.fixture
def leaky_db(demo_db, tmp_path):
    path = tmp_path / "leaky.sqlite3"
    with sqlite3.connect(demo_db.target.path) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    db, _ = open_database(DatabaseTarget.parse(path), tmp_path / "backups")
    with db.engine.begin() as connection:
        rows = connection.execute(CorrectiveAction.__table__.select()).fetchall()
        for row, secret in zip(rows, SECRETS * 10, strict=False):
            title = f"回访客户 {secret} 投诉处理"
            connection.execute(
                update(CorrectiveAction).where(CorrectiveAction.id == row.id).values(title=title)
            )
    yield db
    db.dispose()


def _texts(path):
    return [str(v) for name in sheet_names(path) for row in calamine_rows(path, name) for v in row]


def test_the_hq_workbook_masks_by_default_and_counts_what_it_masked(
    leaky_db, manager, report_month, tmp_path
):
    i18n.set_language("en")
    request = ReportRequest(report_month, tmp_path, language="en")
    result = export_monthly_workbook(leaky_db, manager, request)
    texts = _texts(result.path)
    assert not [t for t in texts if any(s in t for s in SECRETS)]
    claim = next(t for t in texts if t.startswith("masked"))
    assert "phone numbers" in claim and not claim.startswith("masked where found")


def test_unmasking_writes_in_full_and_says_so(leaky_db, manager, report_month, tmp_path):
    i18n.set_language("en")
    request = ReportRequest(report_month, tmp_path, language="en", unmask=True)
    result = export_monthly_workbook(leaky_db, manager, request)
    texts = _texts(result.path)
    assert any(any(s in t for s in SECRETS) for t in texts)
    assert any(t.startswith("NOT masked") and "written in full" in t for t in texts)
