"""The data sheet's schema versions: v2 round trip, v1 files (saved by the v1 writer) still read,
per-version dispatch, an unknown or newer version refused."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from branchops.excel import datasheet
from branchops.excel.datasheet import DataSheetError, parse_rows, read_data_sheet, v1, v2
from branchops.excel.datasheet.payload import DataPayload
from tests.excel.branch_files import FIXTURES, payload, write_branch, write_rows

NEW_AREAS = ("training.", "feedback.", "budget.", "risk.")


def test_v2_round_trip_keeps_every_value(tmp_path):
    original = payload("BR0001", **{"quality__average_score": 87.123456789012345})
    read = read_data_sheet(write_branch(tmp_path / "a.xlsx", original))
    assert read.version == datasheet.CURRENT_VERSION == 2
    assert read.payload.branch_code == "BR0001" and read.payload.period == "2026-10"
    assert read.payload.kpi_values["quality.average_score"] == pytest.approx(87.1234567890)
    assert read.verifies()


def test_a_v1_file_saved_by_the_v1_writer_is_still_read():
    plain = read_data_sheet(FIXTURES / "v1_plain_BR0002_2026-10.xlsx")
    assert plain.version == 1 and plain.verifies()
    assert plain.payload.kpi_values["actions.overdue"] == 5.0
    assert plain.payload.audit_entries is None and plain.payload.figures_sha256 == ""


def test_a_v1_monthly_export_keeps_its_new_kpis_digest_and_chain_head():
    """A whole monthly workbook exported by the last v1 writer (with the optional v1 rows)."""
    read = read_data_sheet(FIXTURES / "v1_export_BR0123_2026-05.xlsx")
    assert read.version == 1 and read.verifies()
    keys = read.payload.kpi_values
    assert all(any(k.startswith(area) for k in keys) for area in NEW_AREAS)
    assert len(read.payload.figures_sha256) == 64
    assert read.payload.audit_entries and len(read.payload.audit_head) == 64


def test_v2_has_every_row_and_covers_them_all_with_the_checksum():
    data = payload("BR1")
    assert all(name in {r[0] for r in v2.rows(data, "sha256", "") if r} for name in v2.HEADER)
    assert v2.content(data, "sha256") != v2.content(
        replace(data, figures_sha256="f" * 64), "sha256"
    )
    headed = replace(data, audit_entries=3, audit_head="a" * 64)
    assert v2.content(headed, "sha256") != v2.content(replace(headed, audit_entries=4), "sha256")


def test_a_v2_sheet_missing_a_row_is_refused_naming_it():
    rows = [r for r in v2.rows(payload("BR1"), "sha256", "0" * 64) if not r or r[0] != "audit_head"]
    with pytest.raises(DataSheetError) as error:
        parse_rows(rows)
    assert "audit_head" in error.value.reason


def test_unknown_schema_version_is_refused_with_its_reason(tmp_path):
    rows = [["format", "branchops.monthly-hq"], ["schema_version", 99], ["kpi", "value"]]
    with pytest.raises(DataSheetError) as error:
        read_data_sheet(write_rows(tmp_path / "v99.xlsx", rows))
    assert "99" in error.value.reason and "1, 2" in error.value.reason


def test_version_zero_is_refused_too():
    with pytest.raises(DataSheetError) as error:
        parse_rows([["schema_version", 0], ["kpi", "value"]])
    assert "0" in error.value.reason


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

    fake_v3 = SimpleNamespace(parse=parse_v2, content=lambda p, a: b"")
    monkeypatch.setitem(datasheet.FORMATS, 3, fake_v3)
    v3_rows = [["schema_version", 3], ["branch", "BR9"], ["month", "2027-01"]]
    assert parse_rows(v3_rows).payload.branch_code == "BR9"
    current = read_data_sheet(write_branch(tmp_path / "v2.xlsx", payload("BR1")))
    assert current.version == 2 and current.verifies()
    old = read_data_sheet(FIXTURES / "v1_plain_BR0002_2026-10.xlsx")
    assert old.version == 1 and old.verifies()


@pytest.mark.parametrize("version", [v1, v2])
def test_each_version_rejects_a_text_where_a_number_belongs(version):
    rows = version.rows(payload("BR1"), "sha256", "0" * 64)
    rows[-1][1] = "many"
    with pytest.raises(DataSheetError):
        parse_rows(rows)
