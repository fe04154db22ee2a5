"""Files an import must refuse as a whole, with a message saying what to do; nothing changes."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from branchops import i18n
from branchops.core.staff.models import Staff
from branchops.excel.chosen_file import MAX_BYTES, OLE_MAGIC
from branchops.excel.imports import FileRejected, run_import, write_template
from branchops.excel.imports.kinds import available_kinds, get_kind

OLE_BODY = OLE_MAGIC + b"\x00" * 504


def _xls(path):
    path.write_bytes(OLE_BODY + "Workbook".encode("utf-16-le") + b"\x00" * 512)
    return path


def _encrypted(path):
    body = "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(OLE_BODY + body + b"\x00" * 512)
    return path


def _oversize(path):
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(MAX_BYTES + 1)
    return path


def _bytes(data: bytes):
    def make(path):
        path.write_bytes(data)
        return path

    return make


def _headers_only(path):
    wb = Workbook()
    wb.active.append(["工号", "姓名"])
    wb.save(path)
    return path


def _unrelated(path):
    wb = Workbook()
    wb.active.append(["日期", "金额"])
    wb.active.append(["2026-01-01", 3])
    wb.save(path)
    return path


CASES = {
    "old.xls": (_xls, "97"),
    "locked.xlsx": (_encrypted, "password"),
    "empty.xlsx": (_bytes(b""), "empty"),
    "big.xlsx": (_oversize, "20"),
    "list.csv": (_bytes("工号,姓名\nE1,王芳\n".encode()), "CSV"),
    "damaged.xlsx": (_bytes(b"PK\x03\x04 not really a zip"), "damaged"),
    "nothing.xlsx": (_headers_only, "no rows"),
    "other.xlsx": (_unrelated, "template"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_unusable_files_are_refused_and_change_nothing(db, manager, tmp_path, name):
    i18n.set_language("en")  # the words below are English; zh_CN has its own catalogue test
    make, word = CASES[name]
    path = make(tmp_path / name)
    with pytest.raises(FileRejected) as error:
        run_import(db, manager, "staff", path)
    message = str(error.value)
    assert message.startswith(name) and word.lower() in message.lower()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0


def test_missing_file_and_folder(tmp_path, db, manager):
    with pytest.raises(FileRejected):
        run_import(db, manager, "staff", tmp_path / "nope.xlsx")
    with pytest.raises(FileRejected):
        run_import(db, manager, "staff", tmp_path)


@pytest.mark.parametrize("kind", sorted(available_kinds()))
def test_template_has_drop_downs_instructions_and_imports_once_filled(kind, tmp_path):
    spec = get_kind(kind)
    path = write_template(spec, tmp_path / f"{kind}.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[0] == spec.sheet_name and wb["lists"].sheet_state == "hidden"
    data = wb[spec.sheet_name]
    headers = [c.value for c in data[1]]
    assert headers[0].endswith("*") and len(headers) == len(spec.columns)
    assert data.freeze_panes == "A2"
    lists = [dv for dv in data.data_validations.dataValidation if dv.type == "list"]
    choice_columns = [c for c in spec.columns if c.type in ("choice", "bool")]
    assert len(lists) == len(choice_columns) > 0
    instructions = [r for r in wb.worksheets[1].iter_rows(values_only=True) if any(r)]
    labels = {r[0] for r in instructions}
    assert all(c.label in labels for c in spec.columns)


def test_filled_staff_template_imports(db, manager, tmp_path):
    path = write_template(get_kind("staff"), tmp_path / "t.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    ws.append(["E7", "周芷若", "柜员", "Full time", 40, "2023-05-06", None, "是", "柜员上岗", ""])
    ws.append([None] * 10)
    wb.save(path)
    summary = run_import(db, manager, "staff", path)
    assert summary.created == 1
