"""The roster grid view: type a shift code into the selected cells, Delete clears them, arrows
move, Ctrl+C / Ctrl+V copy and paste ranges. It never saves: it asks with ``edits_requested``."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from branchops.ui.staff.roster_model import RosterGridModel

CODE_TIMEOUT_MS = 800
DAY_WIDTH = 38


class RosterTable(QTableView):
    edits_requested = Signal(object)  # list[CellEdit]

    def __init__(self, model: RosterGridModel, parent=None) -> None:
        super().__init__(parent)
        self.grid_model = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setDefaultSectionSize(DAY_WIDTH)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setMinimumHeight(36)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setWordWrap(False)
        self._typed = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CODE_TIMEOUT_MS)
        self._timer.timeout.connect(self._commit_typed)

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.request_for_selection(None)
            return
        text = event.text().upper()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if len(text) == 1 and text.isalnum() and modifiers == Qt.KeyboardModifier.NoModifier:
            self._type(text)
            return
        super().keyPressEvent(event)

    def _codes(self) -> list[str]:
        return sorted(self.grid_model.shifts)

    def _type(self, char: str) -> None:
        candidate = self._typed + char
        codes = self._codes()
        if not any(code.startswith(candidate) for code in codes):
            candidate = char
        self._typed = candidate
        longer = [c for c in codes if c.startswith(candidate) and c != candidate]
        if candidate in codes and not longer:
            self._commit_typed()
        elif any(c.startswith(candidate) for c in codes):
            self._timer.start()
        else:
            self._typed = ""

    def _commit_typed(self) -> None:
        self._timer.stop()
        code, self._typed = self._typed, ""
        if code in self.grid_model.shifts:
            self.request_for_selection(code)
            self._advance()

    def _advance(self) -> None:
        current = self.currentIndex()
        if len(self.selectionModel().selectedIndexes()) > 1 or not current.isValid():
            return
        following = self.grid_model.index(current.row(), current.column() + 1)
        if following.isValid() and self.grid_model.day_at(following.column()) is not None:
            self.setCurrentIndex(following)

    # -- edits ---------------------------------------------------------------------------------

    def selected_cells(self) -> list[tuple[int, object]]:
        cells = []
        for index in self.selectionModel().selectedIndexes() or [self.currentIndex()]:
            cell = self.grid_model.cell_at(index)
            if cell is not None and self.grid_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                cells.append(cell)
        return sorted(set(cells), key=lambda c: (c[1], c[0]))

    def request_for_selection(self, code: str | None) -> None:
        from branchops.core.staff.roster_store import CellEdit

        edits = [
            CellEdit(pid, day, code)
            for pid, day in self.selected_cells()
            if self.grid_model.code((pid, day)) != (code or "")
        ]
        if edits:
            self.edits_requested.emit(edits)

    def copy_selection(self) -> None:
        indexes = [i for i in self.selectionModel().selectedIndexes() if self.grid_model.cell_at(i)]
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        lines = []
        for row in range(rows[0], rows[-1] + 1):
            values = []
            for column in range(columns[0], columns[-1] + 1):
                cell = self.grid_model.cell_at(self.grid_model.index(row, column))
                values.append(self.grid_model.code(cell) if cell else "")
            lines.append("\t".join(values))
        QGuiApplication.clipboard().setText("\n".join(lines))

    def paste(self) -> None:
        from branchops.core.staff.roster_store import CellEdit

        text = QGuiApplication.clipboard().text().strip("\n")
        start = self.currentIndex()
        if not text or not start.isValid():
            return
        edits = []
        for r, line in enumerate(text.split("\n")):
            for c, value in enumerate(line.split("\t")):
                index = self.grid_model.index(start.row() + r, start.column() + c)
                cell = self.grid_model.cell_at(index)
                code = value.strip().upper()
                if cell is None or not self.grid_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    continue
                if code and code not in self.grid_model.shifts:
                    continue
                if self.grid_model.code(cell) != code:
                    edits.append(CellEdit(cell[0], cell[1], code or None))
        if edits:
            self.edits_requested.emit(edits)

    def select_cell(self, person_id: int, day) -> None:
        index = self.grid_model.index_of(person_id, day)
        if index.isValid():
            self.setCurrentIndex(index)
            self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)

    def week_start_of_current(self):
        day = self.grid_model.day_at(self.currentIndex().column()) or (
            self.grid_model.days[0] if self.grid_model.days else None
        )
        return None if day is None else day - timedelta(days=day.weekday())
