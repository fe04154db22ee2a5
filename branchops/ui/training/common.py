"""Small pieces shared by the training tabs and dialogs: state colours, dates, choices."""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit

from branchops import clock
from branchops.core.training.labels import CellState

STATE_BACKGROUNDS = {
    CellState.VALID: QColor("#c6efce"),
    CellState.DUE: QColor("#ffeb9c"),
    CellState.EXPIRED: QColor("#ffc7ce"),
    CellState.MISSING: QColor("#d9d9d9"),
}
STATE_FOREGROUNDS = {
    CellState.VALID: QColor("#006100"),
    CellState.DUE: QColor("#9c5700"),
    CellState.EXPIRED: QColor("#9c0006"),
    CellState.MISSING: QColor("#404040"),
}


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day or clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def wrap_header(text: str, width: int = 12) -> str:
    """A column title over lines of about ``width`` half-width characters (a CJK character
    counts two), breaking Chinese anywhere and English between words."""
    if not any(_wide(ch) for ch in text):
        return "\n".join(textwrap.wrap(text, width)) or text
    lines, line, used = [], "", 0
    for ch in text:
        step = 2 if _wide(ch) else 1
        if used + step > width and line:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += step
    if line:
        lines.append(line)
    return "\n".join(lines)


def _pieces(text: str) -> list[str]:
    """The units a title may break between: each CJK character, each word (with its trailing
    space or hyphen)."""
    pieces: list[str] = []
    word = ""
    for ch in text:
        if _wide(ch):
            if word:
                pieces.append(word)
                word = ""
            pieces.append(ch)
        else:
            word += ch
            if ch in " -":
                pieces.append(word)
                word = ""
    if word:
        pieces.append(word)
    return pieces


def widest_piece(text: str, advance: Callable[[str], int]) -> int:
    """Pixels of the widest unit ``wrap_to_width`` never breaks."""
    return max((advance(p.rstrip()) for p in _pieces(text)), default=0)


def wrap_to_width(text: str, pixels: int, advance: Callable[[str], int]) -> str:
    """``text`` over lines of at most ``pixels`` as ``advance`` measures them, breaking Chinese
    anywhere and other text between words or after a hyphen (a longer word keeps its line)."""
    lines: list[str] = []
    line = ""
    for piece in _pieces(text):
        if line and advance((line + piece).rstrip()) > pixels:
            lines.append(line.rstrip())
            line = piece.lstrip()
        else:
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines) or text
