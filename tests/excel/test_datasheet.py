"""The data sheet's schema versions: v1 round trip, per-version dispatch, unknown refused."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from branchops.excel import datasheet
from branchops.excel.datasheet import DataSheetError, parse_rows, read_data_sheet, v1
from branchops.excel.datasheet.payload import DataPayload
from tests.excel.branch_files import payload, write_branch, write_rows


def test_v1_round_trip_keeps_every_value(tmp_path):
    original = payload("BR0001", **{"quality__average_score": 87.123456789012345})
    read = read_data_sheet(write_branch(tmp_path / "a.xlsx", original))
    assert read.version == 1
    assert read.payload.branch_code == "BR0001" and read.payload.period == "2026-10"
    assert read.payload.kpi_dict()["quality.average_score"] == pytest.approx(87.1234567890)
    assert read.verifies()


def test_unknown_schema_version_is_refused_with_its_reason(tmp_path):
    rows = [["format", "branchops.monthly-hq"], ["schema_version", 99], ["kpi", "value"]]
    with pytest.raises(DataSheetError) as error:
        read_data_sheet(write_rows(tmp_path / "v99.xlsx", rows))
    assert "99" in error.value.reason


def test_missing_data_sheet_or_version_is_refused(tmp_path):
    with pytest.raises(DataSheetError):
        read_data_sheet(write_rows(tmp_path / "other.xlsx", [["a", 1]], sheet="Sheet1"))
    with pytest.raises(DataSheetError):
        read_data_sheet(write_rows(tmp_path / "nover.xlsx", [["format", "x"]]))
    with pytest.raises(DataSheetError):
        read_data_sheet(tmp_path / "does-not-exist.xlsx")


def test_readers_are_a_table_by_version(tmp_path, monkeypatch):
    """A new version is one more entry; files of the older version are still read by v1."""

    def parse_v2(rows):
        fields = {r[0]: r[1] for r in rows if r and r[0]}
        data = DataPayload(fields["branch"], "", "", fields["month"], "9", "", 1, "en", True, 0)
        return data, "sha256", ""

    fake_v2 = SimpleNamespace(parse=parse_v2, content=lambda p, a: b"")
    monkeypatch.setitem(datasheet.FORMATS, 2, fake_v2)
    v2_rows = [["schema_version", 2], ["branch", "BR9"], ["month", "2027-01"]]
    assert parse_rows(v2_rows).payload.branch_code == "BR9"
    old = read_data_sheet(write_branch(tmp_path / "v1.xlsx", payload("BR1")))
    assert old.version == 1 and old.verifies()


def test_v1_rejects_a_text_where_a_number_belongs():
    rows = v1.rows(payload("BR1"), "sha256", "0" * 64)
    rows[-1][1] = "many"
    with pytest.raises(DataSheetError):
        parse_rows(rows)
