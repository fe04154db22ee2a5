"""Printed-page geometry of a rendered sheet: A4 landscape, one fixed scale, row heights.

Pagination is decided here, not left to the spreadsheet program: every row gets an explicit
height, the scale is a fixed percentage (not "fit to width", which Excel combines badly with
manual page breaks), so Excel, WPS and LibreOffice break the pages at the same rows — the ones the
renderer chose so that no chart and no table's first rows straddle a break.
"""

from __future__ import annotations

import math

MM = 72 / 25.4  # points per millimetre
A4_LONG, A4_SHORT = 297 * MM, 210 * MM
MARGIN_SIDE, MARGIN_TOP = 0.4 * 72, 0.6 * 72  # inches → points, as written in the page set-up
# What a row of one line takes, by font size; generous so real rows are never taller.
LINE_HEIGHT = {11: 15.0, 12: 16.5, 14: 19.5}
# A column of width w (characters) prints about 5.25w + 4 points wide in Excel (7 pixels a
# character at 96 dpi) and 7w points in LibreOffice (measured on its PDF): plan for the wider.
POINTS_PER_WIDTH_UNIT = 7.0
WIDTH_PADDING = 1.0
SAFETY = 0.93  # use 93 % of the printable height: different fonts never push a row over
MIN_SCALE, MAX_SCALE = 40, 100


def printable(landscape: bool = True) -> tuple[float, float]:
    """(width, height) in points inside the margins."""
    width, height = (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
    return width - 2 * MARGIN_SIDE, height - 2 * MARGIN_TOP


def columns_width(widths: dict[int, float]) -> float:
    """Printed width in points (at 100 %) of columns 1…max of the sheet."""
    last = max(widths, default=0)
    return sum(
        widths.get(i, 8.43) * POINTS_PER_WIDTH_UNIT + WIDTH_PADDING for i in range(1, last + 1)
    )


def scale_for(widths: dict[int, float], landscape: bool = True) -> int:
    """The largest whole percentage at which every column fits the page width."""
    content = columns_width(widths) * 1.02  # a little slack for wider rendering
    if content <= 0:
        return MAX_SCALE
    fit = math.floor(100 * printable(landscape)[0] / content)
    return max(MIN_SCALE, min(MAX_SCALE, fit))


def page_capacity(scale: int, landscape: bool = True) -> float:
    """Points of sheet rows (at 100 %) that one printed page holds at ``scale`` percent."""
    return printable(landscape)[1] * SAFETY * 100 / scale


def line_height(font_size: int) -> float:
    return LINE_HEIGHT.get(font_size, font_size * 1.4)


def lines_needed(text_width: float, column_width: float) -> int:
    """Lines a wrapped text of ``text_width`` characters takes in a column that wide."""
    usable = max(column_width - 1.5, 1.0)
    return max(1, math.ceil(text_width / usable))
