"""Painting the roster for the wall: A4 landscape, staff × days, shift colours, legend.

Used by the roster page (print and PDF) and by ``branchops roster --out FILE.pdf``, which calls
``write_roster_pdf`` after ``ensure_gui_application`` (offscreen, no window needed).
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from branchops.core.errors import UserError
from branchops.core.staff.roster_sheet import RosterSheet, weekday_short
from branchops.i18n import translate

CJK_FAMILIES = [
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Source Han Sans SC",
    "DejaVu Sans",
]
MARGIN_MM = 10
NUMBER_W, NAME_W, POSITION_W, HOURS_W = 40.0, 56.0, 46.0, 30.0
TITLE_H, SUBTITLE_H, HEADER_H = 20.0, 14.0, 22.0
LEGEND_LINE_H = 11.0
MIN_ROW_H, MAX_ROW_H = 12.0, 18.0
GRID_COLOUR = QColor("#a6a6a6")
CLOSED_COLOUR = QColor("#f2f2f2")
HEADER_COLOUR = QColor("#ddebf7")
CHANGED_COLOUR = QColor("#c00000")


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one for the command line."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["branchops"])
    return app  # type: ignore[return-value]


def font(size: float, bold: bool = False) -> QFont:
    result = QFont()
    result.setFamilies(CJK_FAMILIES)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def a4_landscape_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def write_roster_pdf(sheet: RosterSheet, target: Path) -> Path:
    ensure_gui_application()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("ab"):
            pass
    except OSError as exc:
        raise UserError(
            translate("RosterPrint", "Cannot write {path}: {reason}.").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc
    writer = QPdfWriter(str(target))
    writer.setPageLayout(a4_landscape_layout())
    writer.setResolution(300)
    writer.setTitle(translate("RosterPrint", "Roster {period}").format(period=sheet.period_label))
    writer.setCreator("BranchOps")
    paint_roster(writer, sheet)
    return target


def paint_roster(device: QPagedPaintDevice, sheet: RosterSheet) -> int:
    """Paint on a PDF writer or printer; returns the number of pages."""
    painter = QPainter(device)
    try:
        points = device.pageLayout().paintRect(QPageLayout.Unit.Point)
        return paint_pages(
            painter, device.logicalDpiX() / 72.0, points.size(), sheet, device.newPage
        )
    finally:
        painter.end()


def paint_pages(
    painter: QPainter, scale: float, size: QSizeF, sheet: RosterSheet, new_page, only: int = 0
) -> int:
    """Paint every page (or only page ``only``, 1-based) in points scaled by ``scale``."""
    painter.scale(scale, scale)
    # fonts are sized by the device's resolution, then scaled again with the painter
    font_factor = 72.0 / max(painter.device().logicalDpiY(), 1)
    page = _Page(painter, QRectF(0, 0, size.width(), size.height()), sheet, font_factor)
    chunks = page.row_chunks()
    first = True
    for index, rows in enumerate(chunks):
        if only and index + 1 != only:
            continue
        if not first:
            new_page()
        first = False
        page.draw(rows, index + 1, len(chunks))
    return len(chunks)


def render_page(sheet: RosterSheet, page: int = 1, dpi: int = 110) -> QImage:
    """One page as an image (print preview, tests)."""
    points = a4_landscape_layout().paintRect(QPageLayout.Unit.Point)
    scale = dpi / 72.0
    image = QImage(
        int(points.width() * scale), int(points.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_pages(painter, scale, points.size(), sheet, lambda: None, only=page)
    finally:
        painter.end()
    return image


class _Page:
    def __init__(
        self, painter: QPainter, area: QRectF, sheet: RosterSheet, font_factor: float
    ) -> None:
        self.p = painter
        self.font_factor = font_factor
        self.area = area
        self.sheet = sheet
        self.legend_h = LEGEND_LINE_H * (2 + math.ceil(len(sheet.legend) / 3))
        self.legend_h += LEGEND_LINE_H * min(len(sheet.changes), 6)
        fixed = NUMBER_W + NAME_W + POSITION_W + HOURS_W
        self.day_w = (area.width() - fixed) / max(len(sheet.days), 1)
        body = area.height() - TITLE_H - SUBTITLE_H - HEADER_H - self.legend_h
        rows = max(len(sheet.rows), 1)
        self.row_h = max(MIN_ROW_H, min(MAX_ROW_H, body / rows))
        self.rows_per_page = max(1, int(body // self.row_h))

    def row_chunks(self) -> list[list]:
        rows = self.sheet.rows
        size = self.rows_per_page
        return [rows[i : i + size] for i in range(0, len(rows), size)] or [[]]

    def draw(self, rows: list, page: int, pages: int) -> None:
        self._title(page, pages)
        y = self.area.top() + TITLE_H + SUBTITLE_H
        self._header(y)
        y += HEADER_H
        for row in rows:
            self._row(row, y)
            y += self.row_h
        self._legend(y + 6)

    def _text(self, rect: QRectF, text: str, size: float, bold=False, align=None, colour=None):
        self.p.setFont(font(size * self.font_factor, bold))
        self.p.setPen(colour or QColor("black"))
        flags = align if align is not None else Qt.AlignmentFlag.AlignCenter
        self.p.drawText(rect, int(flags), text)

    def _box(self, rect: QRectF, fill: QColor | None) -> None:
        if fill is not None:
            self.p.fillRect(rect, fill)
        self.p.setPen(QPen(GRID_COLOUR, 0.4))
        self.p.drawRect(rect)

    def _title(self, page: int, pages: int) -> None:
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        top = self.area.top()
        title = translate("RosterPrint", "{branch} roster {period}").format(
            branch=self.sheet.branch_name, period=self.sheet.period_label
        )
        self._text(QRectF(0, top, self.area.width(), TITLE_H), title, 13, True, left)
        status = self.sheet.status_label
        self._text(QRectF(0, top + TITLE_H, self.area.width(), SUBTITLE_H), status, 8, False, left)
        pages_text = translate("RosterPrint", "Page {page} of {pages}").format(
            page=page, pages=pages
        )
        self._text(QRectF(0, top, self.area.width(), TITLE_H), pages_text, 8, False, right)

    def _columns(self) -> list[tuple[float, float]]:
        x = self.area.left()
        spans = []
        for width in (NUMBER_W, NAME_W, POSITION_W):
            spans.append((x, width))
            x += width
        for _ in self.sheet.days:
            spans.append((x, self.day_w))
            x += self.day_w
        spans.append((x, HOURS_W))
        return spans

    def _header(self, y: float) -> None:
        spans = self._columns()
        heads = [
            translate("RosterPrint", "No."),
            translate("RosterPrint", "Name"),
            translate("RosterPrint", "Position"),
        ]
        for (x, w), text in zip(spans[:3], heads, strict=True):
            rect = QRectF(x, y, w, HEADER_H)
            self._box(rect, HEADER_COLOUR)
            self._text(rect, text, 7.5, True)
        for (x, w), day in zip(spans[3:-1], self.sheet.days, strict=True):
            rect = QRectF(x, y, w, HEADER_H)
            closed = day in self.sheet.closed_days
            self._box(rect, CLOSED_COLOUR if closed else HEADER_COLOUR)
            self._text(rect, f"{day.day}\n{weekday_short(day)}", 6.5, True)
        x, w = spans[-1]
        rect = QRectF(x, y, w, HEADER_H)
        self._box(rect, HEADER_COLOUR)
        self._text(rect, translate("RosterPrint", "Hours"), 7.5, True)

    def _row(self, row, y: float) -> None:
        spans = self._columns()
        size = 7.5 if self.row_h >= 14 else 6.5
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for (x, w), text in zip(spans[:3], (row.employee_no, row.name, row.position), strict=True):
            rect = QRectF(x, y, w, self.row_h)
            self._box(rect, None)
            self._text(rect.adjusted(2, 0, -1, 0), text, size, False, left)
        for (x, w), cell, day in zip(spans[3:-1], row.cells, self.sheet.days, strict=True):
            rect = QRectF(x, y, w, self.row_h)
            fill = QColor(cell.colour) if cell.colour else None
            if fill is None and day in self.sheet.closed_days:
                fill = CLOSED_COLOUR
            self._box(rect, fill)
            colour = CHANGED_COLOUR if cell.changed else None
            self._text(rect, cell.text, size, cell.changed, None, colour)
        x, w = spans[-1]
        rect = QRectF(x, y, w, self.row_h)
        self._box(rect, None)
        self._text(rect, f"{row.hours:.1f}", size)

    def _legend(self, y: float) -> None:
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        width = self.area.width() / 3
        for index, item in enumerate(self.sheet.legend):
            x = self.area.left() + (index % 3) * width
            line = y + (index // 3) * LEGEND_LINE_H
            swatch = QRectF(x, line + 1, 18, LEGEND_LINE_H - 2)
            self._box(swatch, QColor(item.colour))
            self._text(swatch, item.code, 7, True)
            text = translate("RosterPrint", "{name} {times}, {hours:g} h paid").format(
                name=item.name, times=item.times, hours=round(item.paid_hours, 2)
            )
            self._text(QRectF(x + 22, line, width - 24, LEGEND_LINE_H), text, 7, False, left)
        y += LEGEND_LINE_H * math.ceil(len(self.sheet.legend) / 3)
        marks = "   ".join(f"{mark} = {meaning}" for mark, meaning in self.sheet.leave_legend)
        leave = translate("RosterPrint", "Leave: {marks}   * changed after publication").format(
            marks=marks
        )
        self._text(
            QRectF(self.area.left(), y, self.area.width(), LEGEND_LINE_H), leave, 7, False, left
        )
        for index, sentence in enumerate(self.sheet.changes[:6]):
            line = QRectF(
                self.area.left(), y + LEGEND_LINE_H * (index + 1), self.area.width(), LEGEND_LINE_H
            )
            self._text(line, "* " + sentence, 7, False, left, CHANGED_COLOUR)
