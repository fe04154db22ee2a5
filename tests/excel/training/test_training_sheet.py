"""The Training sheet of the monthly HQ workbook and the training KPIs on the data sheet."""

from __future__ import annotations

from openpyxl import load_workbook

from branchops import clock, i18n
from branchops.core.period import Month
from branchops.core.training import kpis
from branchops.core.training.compliance import compliance_matrix
from branchops.core.users.permissions import SINGLE_USER
from branchops.excel.datasheet import read_data_sheet
from branchops.excel.datasheet.payload import rounded
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from tests.excel.conftest import calamine_rows


def test_training_sheet_and_kpis(demo_db, tmp_path):
    month = Month.of(clock.today()).previous
    result = export_monthly_workbook(demo_db, SINGLE_USER, ReportRequest(month, tmp_path))
    name = i18n.translate("Report", "Training")
    rows = calamine_rows(result.path, name)
    texts = [str(c) for row in rows for c in row if c not in (None, "")]
    with demo_db.session() as session:
        matrix = compliance_matrix(session, month.last_day)
        expected = {
            "training.compliance": kpis.compliance(session, month),
            "training.hours": kpis.hours_trained(session, month),
            "training.expiring": kpis.expiring_certificates(session, month),
            "training.sessions_held": kpis.sessions_held(session, month),
        }
    assert all(course.title in texts for course in matrix.courses)
    data = read_data_sheet(result.path).payload.kpi_values
    for key, value in expected.items():
        assert data[key] == rounded(value), key
    assert expected["training.hours"] > 0 and expected["training.compliance"] > 0.5
    book = load_workbook(result.path)
    assert book[name]._charts  # compliance by course as a native chart
