"""The data sheet carries the branch's audit chain head: in schema version 2 as required rows
under the checksum; in version 1 (still read) as optional rows outside the v1 checksum."""

from __future__ import annotations

from dataclasses import replace

from branchops.db.chain_head import ChainHead
from branchops.excel.datasheet import checksum, parse_rows, read_data_sheet, v1, v2
from tests.excel.branch_files import payload, write_branch, write_rows

HEAD = ChainHead(1234, "ab" * 32)
KEY = "hq-key"


def _with_head(code: str = "BR1"):
    return replace(
        payload(code),
        audit_entries=HEAD.count,
        audit_head=HEAD.last_hash,
        audit_head_hmac=HEAD.signature(KEY),
    )


def test_the_head_round_trips(tmp_path):
    read = read_data_sheet(write_branch(tmp_path / "a.xlsx", _with_head(), KEY))
    assert read.version == 2
    assert (read.payload.audit_entries, read.payload.audit_head) == (1234, "ab" * 32)
    assert read.payload.audit_head_hmac == HEAD.signature(KEY)
    assert read.verifies(KEY)


def test_a_changed_head_breaks_the_v2_checksum(tmp_path):
    rows = v2.rows(_with_head(), *checksum(v2.content(_with_head(), "sha256")))
    next(r for r in rows if r and r[0] == "audit_head")[1] = "cd" * 32
    read = read_data_sheet(write_rows(tmp_path / "changed.xlsx", rows))
    assert read.payload.audit_head == "cd" * 32 and not read.verifies()


def test_a_sheet_without_a_head_reads_as_none(tmp_path):
    read = read_data_sheet(write_branch(tmp_path / "none.xlsx", payload("BR1")))
    assert read.payload.audit_entries is None and read.payload.audit_head == ""
    assert read.verifies()


def test_a_v1_sheet_with_or_without_the_head_still_verifies(tmp_path):
    for name, data in (("with", _with_head()), ("without", payload("BR1"))):
        rows = v1.rows(data, *checksum(v1.content(data, "sha256")))
        read = read_data_sheet(write_rows(tmp_path / f"{name}.xlsx", rows))
        assert read.version == 1 and read.verifies()
        assert read.payload.audit_entries == data.audit_entries


def test_the_v1_checksum_is_the_same_with_or_without_the_head():
    assert v1.content(_with_head(), "sha256") == v1.content(payload("BR1"), "sha256")


def test_a_reader_that_does_not_know_the_rows_still_parses_the_sheet():
    rows = v1.rows(_with_head(), "sha256", "0" * 64)
    known = [r for r in rows if not r or r[0] not in v1.OPTIONAL_HEADER]
    assert parse_rows(known).payload.branch_code == "BR1"
    assert parse_rows(rows).payload.audit_entries == 1234
