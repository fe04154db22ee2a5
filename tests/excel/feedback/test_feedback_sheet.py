"""The feedback sheet of the monthly HQ workbook: figures, the month's complaints, PII masked
unless unmasked on purpose, native charts; and it is quick on five years of data (benchmarks)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook

from branchops import clock, i18n
from branchops.core.branch.queries import DayHours, ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.feedback import workflow as wf
from branchops.core.feedback.models import Channel, FeedbackKind
from branchops.core.feedback.service import RecordInput, complaint_of, create_record
from branchops.core.period import Month
from branchops.core.users.permissions import SINGLE_USER
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from tests.excel.conftest import calamine_rows

MARCH = Month(2026, 3)


@pytest.fixture
def march(db):
    with clock.frozen("2026-06-15T10:00:00"):
        hours = [DayHours(d, d < 5, time(9), time(17)) for d in range(7)]
        with db.unit_of_work(SINGLE_USER) as uow:
            save_profile(uow, SINGLE_USER, ProfileData(code="BR0001", name="测试支行", hours=hours))

        def add(**values) -> int:
            with db.unit_of_work(SINGLE_USER) as uow:
                return create_record(uow, SINGLE_USER, RecordInput(**values))

        record_id = add(
            received_at=datetime(2026, 3, 2, 10, 0),
            kind=FeedbackKind.COMPLAINT,
            channel=Channel.REGULATOR,
            customer_name="赵敏",
            customer_phone="13900001111",
            description="转账失败但已扣款，联系 13900001111",
        )
        for rating, nps in ((5, 10), (4, 9), (2, 3)):
            add(
                received_at=datetime(2026, 3, 3, 10, 0),
                kind=FeedbackKind.RATING,
                channel=Channel.SURVEY,
                rating=rating,
                nps=nps,
            )
        with db.session() as session:
            complaint = complaint_of(session, record_id).id
        with db.unit_of_work(SINGLE_USER) as uow:
            wf.resolve(uow, SINGLE_USER, complaint, "已退款并致歉", date(2026, 3, 9))
        yield db


def _sheet(db, tmp_path, unmask: bool) -> list[list]:
    with clock.frozen("2026-06-15T10:00:00"):
        out = tmp_path / ("open.xlsx" if unmask else "masked.xlsx")
        request = ReportRequest(MARCH, out, unmask=unmask)
        result = export_monthly_workbook(db, SINGLE_USER, request)
    return result.path, calamine_rows(result.path, i18n.translate("Report", "Customer feedback"))


def _cells(rows: list[list]) -> list:
    return [cell for row in rows for cell in row if cell not in ("", None)]


def test_sheet_masks_customers_unless_unmasked(march, tmp_path):
    _, masked = _sheet(march, tmp_path, unmask=False)
    cells = [str(c) for c in _cells(masked)]
    assert "TS-2026-0001" in cells
    assert "139****1111" in cells and "赵*" in cells
    assert not any("13900001111" in c or "赵敏" in c for c in cells)
    _, plain = _sheet(march, tmp_path, unmask=True)
    cells = [str(c) for c in _cells(plain)]
    assert "13900001111" in cells and "赵敏" in cells


def test_sheet_shows_csat_nps_days_taken_and_charts(march, tmp_path):
    path, rows = _sheet(march, tmp_path, unmask=False)
    header = next(i for i, r in enumerate(rows) if i18n.translate("Report", "CSAT") in r)
    values = rows[header + 1]
    labels = rows[header]
    assert values[labels.index(i18n.translate("Report", "CSAT"))] == pytest.approx(2 / 3)
    assert values[labels.index(i18n.translate("Report", "NPS"))] == pytest.approx(100 / 3)
    complaint = next(r for r in rows if "TS-2026-0001" in r)
    assert 5 in complaint  # decided on 9 March: 3, 4, 5, 6, 9 March counted
    wb = load_workbook(path)
    assert len(wb[i18n.translate("Report", "Customer feedback")]._charts) == 2
