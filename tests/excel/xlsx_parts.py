"""Build odd .xlsx files for import tests: a normal workbook whose package parts are then
rewritten (damaged XML, Strict namespaces, error cells, renamed Word documents …)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL_TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def workbook(path: Path, rows: list[list], title: str = "人员名单", **sheets: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for name, more in sheets.items():
        extra = wb.create_sheet(name)
        for row in more:
            extra.append(row)
    wb.save(path)
    return path


def rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """Pass every part through ``change(name, data)``; None drops the part."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            new = change(name, data)
            if new is not None:
                target.writestr(name, new)
    return path


def in_sheet(old: str, new: str, sheet: str = "xl/worksheets/sheet1.xml"):
    def change(name: str, data: bytes) -> bytes:
        if name != sheet:
            return data
        text = data.decode("utf-8")
        assert old in text, (old, text[:500])
        return text.replace(old, new, 1).encode("utf-8")

    return change


def strict(name: str, data: bytes) -> bytes:
    """The same package in Strict OOXML namespaces."""
    if not name.endswith((".xml", ".rels")):
        return data
    text = data.decode("utf-8").replace(TRANSITIONAL, STRICT).replace(REL_TRANSITIONAL, REL_STRICT)
    return text.encode("utf-8")


def word_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path
