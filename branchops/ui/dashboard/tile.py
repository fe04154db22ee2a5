"""One KPI tile: name, value with trend arrow and target, the comparisons; a click opens its list.

Compact so that every area's tiles fit the window: the name is one line, elided, with the full
name, formula and comparisons in the tooltip; the traffic light is the coloured left bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy

from branchops.i18n import translate
from branchops.ui.dashboard.format import format_value
from branchops.ui.dashboard.tile_plan import MIN_TILE_WIDTH, TILE_HEIGHT

STATUS_COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828", "none": "#b0bec5"}
GOOD, BAD, NEUTRAL = "#2e7d32", "#c62828", "#607d8b"
BAR, LEFT, RIGHT = 5, 7, 5  # the status bar's width, the text's margins
TITLE_Y, VALUE_Y, DETAIL_Y = 1, 15, 34
TITLE_H, VALUE_H, DETAIL_H = 15, 20, 13
SMALL = "color: #5a6675; font-size: 10px; background: transparent;"


class KpiTile(QFrame):
    clicked = Signal(object)  # the tile data

    def __init__(self, tile, parent=None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setObjectName("kpiTile")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.colour = STATUS_COLOURS[str(tile.status)]
        self.setStyleSheet(
            "#kpiTile { background: #ffffff; border: 1px solid #d5dce4;"
            f" border-left: {BAR}px solid {self.colour}; border-radius: 3px; }}"
            "#kpiTile:focus { border-top-color: #2b6cb0; border-right-color: #2b6cb0;"
            " border-bottom-color: #2b6cb0; }"
        )
        self.title = QLabel(self)
        self.title.setStyleSheet("color: #3c4653; font-size: 11px; background: transparent;")
        self.value = QLabel(self._value_text(), self)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.value.setStyleSheet("font-size: 16px; font-weight: 600; background: transparent;")
        self.target = QLabel(self._target_text(), self)
        self.target.setStyleSheet(SMALL)
        self.target.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.detail = QLabel(self)
        self.detail.setStyleSheet(SMALL)
        for label in (self.title, self.value, self.target, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setToolTip(self._tooltip())
        self.setAccessibleName(f"{tile.title}: {format_value(str(tile.unit), tile.value)}")
        self.laid_out_for: int | None = None
        self.set_width(MIN_TILE_WIDTH)

    def set_width(self, width: int) -> None:
        """Lays the labels out for ``width``; texts that do not fit are elided (tooltip: all)."""
        if self.laid_out_for == width:
            return  # every area that arrives places all tiles again, most at the same width
        self.laid_out_for = width
        self.setFixedSize(width, TILE_HEIGHT)
        inner = width - BAR - LEFT - RIGHT
        x = BAR + LEFT - 1
        self.title.setGeometry(x, TITLE_Y, inner, TITLE_H)
        self.title.setText(self._elided(self.title, self.tile.title, inner))
        value_width = min(self.value.sizeHint().width(), inner)
        self.value.setGeometry(x, VALUE_Y, value_width, VALUE_H)
        target_width = max(inner - value_width - 4, 0)
        self.target.setGeometry(x + inner - target_width, VALUE_Y + 3, target_width, DETAIL_H + 2)
        self.target.setText(self._elided(self.target, self._target_text(), target_width))
        self.detail.setGeometry(x, DETAIL_Y, inner, DETAIL_H)
        self.detail.setText(self._elided(self.detail, self._detail_text(), inner))

    @staticmethod
    def _elided(label: QLabel, text: str, width: int) -> str:
        return label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    def _value_text(self) -> str:
        text = format_value(str(self.tile.unit), self.tile.value)
        arrow = {1: "▲", -1: "▼"}.get(self.tile.trend)
        if arrow is None:
            return text
        improving = self.tile.improving
        colour = NEUTRAL if improving is None else GOOD if improving else BAD
        return f'{text} <span style="color:{colour}; font-size:11px">{arrow}</span>'

    def _target_text(self) -> str:
        if self.tile.target is None:
            return translate("Dashboard", "No target")
        return translate("Dashboard", "Target {target}").format(
            target=format_value(str(self.tile.unit), self.tile.target)
        )

    def _detail_text(self) -> str:
        unit = str(self.tile.unit)
        return translate("Dashboard", "Prev. {previous} · Last yr {year}").format(
            previous=format_value(unit, self.tile.previous),
            year=format_value(unit, self.tile.same_month_last_year),
        )

    def _tooltip(self) -> str:
        lines = [f"<b>{self.tile.title}</b>"]
        if self.tile.explanation:
            lines.append(self.tile.explanation)
        lines.append(
            f"{format_value(str(self.tile.unit), self.tile.value)} · {self._target_text()}"
        )
        lines.append(self._detail_text())
        if self.tile.target is None:
            lines.append(translate("Dashboard", "No target — set one in Settings."))
        lines.append(translate("Dashboard", "Click to open the list."))
        return "<br>".join(lines)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.tile)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.tile)
            return
        super().keyPressEvent(event)
