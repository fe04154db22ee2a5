"""The data sheet carries the branch's audit chain head as optional rows of schema version 1:
written and read back, tolerated when absent, and outside the v1 checksum (so that a v1 reader
that does not know the rows still verifies the file)."""

from __future__ import annotations

from dataclasses import replace

from branchops.db.chain_head import ChainHead
from branchops.excel.datasheet import parse_rows, read_data_sheet, v1
from tests.excel.branch_files import payload, write_branch

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
    assert read.version == 1
    assert (read.payload.audit_entries, read.payload.audit_head) == (1234, "ab" * 32)
    assert read.payload.audit_head_hmac == HEAD.signature(KEY)
    assert read.verifies(KEY)


def test_a_sheet_without_the_head_reads_as_before(tmp_path):
    read = read_data_sheet(write_branch(tmp_path / "old.xlsx", payload("BR1")))
    assert read.payload.audit_entries is None and read.payload.audit_head == ""
    assert read.verifies()


def test_the_v1_checksum_is_the_same_with_or_without_the_head():
    assert v1.content(_with_head(), "sha256") == v1.content(payload("BR1"), "sha256")


def test_a_reader_that_does_not_know_the_rows_still_parses_the_sheet():
    rows = v1.rows(_with_head(), "sha256", "0" * 64)
    known = [r for r in rows if not r or r[0] not in v1.OPTIONAL_HEADER]
    assert parse_rows(known).payload.branch_code == "BR1"
    assert parse_rows(rows).payload.audit_entries == 1234
