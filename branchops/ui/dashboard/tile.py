"""One KPI tile: value, comparisons, a traffic light and a trend arrow; a click opens its list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from branchops.i18n import translate
from branchops.ui.dashboard.format import format_value

STATUS_COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828", "none": "#b0bec5"}
GOOD, BAD, NEUTRAL = "#2e7d32", "#c62828", "#607d8b"
TILE_WIDTH, TILE_HEIGHT = 186, 74


class KpiTile(QFrame):
    clicked = Signal(object)  # the tile data

    def __init__(self, tile, parent=None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setObjectName("kpiTile")
        self.setFixedSize(TILE_WIDTH, TILE_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        colour = STATUS_COLOURS[str(tile.status)]
        self.setStyleSheet(
            "#kpiTile { background: palette(base); border: 1px solid palette(mid);"
            f" border-left: 6px solid {colour}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(0)
        self.title = QLabel()
        self.title.setStyleSheet("color: palette(dark); font-size: 11px;")
        self.title.setText(
            self.title.fontMetrics().elidedText(
                tile.title, Qt.TextElideMode.ElideRight, TILE_WIDTH - 18
            )
        )
        self.value = QLabel(self._value_text())
        self.value.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.target = QLabel(self._target_text())
        self.target.setStyleSheet("color: palette(dark); font-size: 10px;")
        self.target.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.detail = QLabel(self._detail_text())
        self.detail.setStyleSheet("color: palette(dark); font-size: 10px;")
        value_row = QHBoxLayout()
        value_row.setContentsMargins(0, 0, 0, 0)
        value_row.addWidget(self.value)
        value_row.addStretch(1)
        value_row.addWidget(self.target)
        for label in (self.title, self.value, self.target, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.title)
        layout.addLayout(value_row)
        layout.addWidget(self.detail)
        self.setToolTip(self._tooltip())
        self.setAccessibleName(f"{tile.title}: {format_value(str(tile.unit), tile.value)}")

    def _value_text(self) -> str:
        text = format_value(str(self.tile.unit), self.tile.value)
        arrow = {1: "▲", -1: "▼"}.get(self.tile.trend)
        if arrow is None:
            return text
        improving = self.tile.improving
        colour = NEUTRAL if improving is None else GOOD if improving else BAD
        return f'{text} <span style="color:{colour}; font-size:12px">{arrow}</span>'

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
