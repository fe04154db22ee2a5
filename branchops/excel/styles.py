"""Number formats, fonts, fills and print set-up shared by every workbook BranchOps writes."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins

from branchops.excel.sheetmodel import Kind

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

NUMBER_FORMATS: dict[Kind, str] = {
    Kind.INT: "#,##0",
    Kind.NUMBER: "#,##0.0",
    Kind.DECIMAL: "#,##0.00",
    Kind.PERCENT: "0.0%",
    Kind.MONEY: "¥#,##0.00",
    Kind.SCORE: "0.0",
    Kind.HOURS: "#,##0.0",
    Kind.DATE: "yyyy-mm-dd",
    Kind.DATETIME: "yyyy-mm-dd hh:mm",
}
# Typical rendered widths (characters) of values whose text is not known before Excel draws them.
VALUE_WIDTHS: dict[Kind, int] = {
    Kind.INT: 8,
    Kind.NUMBER: 9,
    Kind.DECIMAL: 11,
    Kind.PERCENT: 8,
    Kind.MONEY: 14,
    Kind.SCORE: 7,
    Kind.HOURS: 8,
    Kind.DATE: 11,
    Kind.DATETIME: 17,
}
MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
# How a number of each kind is shown (as its number format draws it), to measure its width.
_SHOWN = {
    Kind.INT: "{:,.0f}",
    Kind.NUMBER: "{:,.1f}",
    Kind.HOURS: "{:,.1f}",
    Kind.DECIMAL: "{:,.2f}",
    Kind.SCORE: "{:.1f}",
    Kind.MONEY: "¥{:,.2f}",
}
PAPERSIZE_A4 = "9"

TITLE_FONT = Font(bold=True, size=14)
SUBTITLE_FONT = Font(italic=True, color="595959")
SECTION_FONT = Font(bold=True, size=12, color="1F4E78")
LABEL_FONT = Font(bold=True)
NOTE_FONT = Font(italic=True, color="595959")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F7F7F"))
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
HEADER_ALIGNMENT_NUMBER = Alignment(wrap_text=True, vertical="center", horizontal="right")
WRAP_ALIGNMENT = Alignment(wrap_text=True, vertical="top")

ROLE_FONTS = {
    "title": TITLE_FONT,
    "subtitle": SUBTITLE_FONT,
    "section": SECTION_FONT,
    "label": LABEL_FONT,
    "note": NOTE_FONT,
}

STATUS_FILLS = {
    "green": PatternFill("solid", fgColor="C6EFCE"),
    "amber": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
}
STATUS_FONTS = {
    "green": Font(color="006100"),
    "amber": Font(color="9C5700"),
    "red": Font(color="9C0006"),
}


def shown_text(value: object, kind: Kind) -> str | None:
    """The text a number cell shows under its kind's format, or None when it cannot be told."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    if kind is Kind.PERCENT:
        return f"{float(value) * 100:.1f}%"
    pattern = _SHOWN.get(kind)
    return pattern.format(float(value)) if pattern else None


_WIDE = re.compile("[^\x00-\u2e7f]")  # characters above U+2E7F: CJK and full-width


def text_width(text: str) -> float:
    """Approximate column width of ``text``: CJK and full-width characters count double."""
    if text.isascii():
        return float(len(text))
    return float(len(text) + len(_WIDE.findall(text)))


def printable(ws: WriteOnlyWorksheet) -> Worksheet:
    """``ws`` with its print settings and charts: a write-only sheet takes them from Worksheet
    (its ``_setup`` and ``add_chart`` are Worksheet's own), but openpyxl's type stubs leave them
    out of WriteOnlyWorksheet."""
    return cast("Worksheet", ws)


def a4_landscape(sheet: WriteOnlyWorksheet, scale: int) -> None:
    """Print on A4 landscape at a fixed ``scale`` (the layout planned its page breaks for it)."""
    ws = printable(sheet)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPERSIZE_A4
    ws.page_setup.scale = scale
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.print_options.horizontalCentered = True
    page_footer(sheet)


def fit_to_width(sheet: WriteOnlyWorksheet, *, landscape: bool, pages_tall: int = 0) -> None:
    """Print on A4, every column on one page width (sheets without planned page breaks), and on
    at most ``pages_tall`` pages (0: as many as the rows need)."""
    ws = printable(sheet)
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = pages_tall
    properties = ws.sheet_properties.pageSetUpPr
    assert properties is not None  # a worksheet's properties always carry the page set-up
    properties.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    page_footer(sheet)


def page_footer(ws: WriteOnlyWorksheet) -> None:
    """Sheet name and page number on every printed page, so a loose page says where it is from."""
    footer = ws.oddFooter
    assert footer is not None and footer.center is not None, "openpyxl makes every footer part"
    footer.center.text = "&A · &P / &N"
