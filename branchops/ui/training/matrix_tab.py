"""The compliance matrix tab (合规矩阵): staff × required courses on a chosen day, colour-coded with
a legend, shares compliant per person, per course and overall; a cell opens its history."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops.core.staff import catalog
from branchops.core.training.compliance import COMPLIANT, Matrix, compliance_matrix
from branchops.core.training.labels import CellState, state_label
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.training.cell_dialog import CellDialog
from branchops.ui.training.common import (
    STATE_BACKGROUNDS,
    STATE_FOREGROUNDS,
    date_edit,
    from_qdate,
    to_qdate,
    widest_piece,
    wrap_to_width,
)
from branchops.ui.training.matrix_model import CELL_ROLE, ComplianceMatrixModel
from branchops.ui.widgets.export_list import ask_path

MIN_COURSE_WIDTH = 72
MAX_HEADER_LINES = 4
MAX_COURSE_WIDTH = 150  # a long English title widens its column up to this
HEADER_PADDING = 12


def filtered(matrix: Matrix, position_id: int | None, gaps_only: bool) -> Matrix:
    """The matrix of the people of one position, or of those with a cell not compliant."""
    people = [
        p
        for p in matrix.people
        if (position_id is None or p.position_id == position_id)
        and (
            not gaps_only
            or any(c.state not in COMPLIANT for (pid, _), c in matrix.cells.items() if pid == p.id)
        )
    ]
    ids = {p.id for p in people}
    cells = {k: c for k, c in matrix.cells.items() if k[0] in ids}
    return replace(matrix, people=people, cells=cells)


class MatrixTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ComplianceMatrixModel(self)
        self.full: Matrix | None = None
        self.course_widths: list[int] = []
        self._build()
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("TrainingPage", "On")))
        self.day = date_edit()
        bar.addWidget(self.day)
        self.position = QComboBox()
        self.position.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.position)
        self.gaps_only = QCheckBox(translate("TrainingPage", "Only people with gaps"))
        bar.addWidget(self.gaps_only)
        bar.addStretch(1)
        self.overall = QLabel()
        bar.addWidget(self.overall)
        self.export_button = QPushButton(translate("TrainingPage", "Export to Excel…"))
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._legend())

    def _legend(self) -> QHBoxLayout:
        line = QHBoxLayout()
        line.addWidget(QLabel(translate("TrainingPage", "Legend:")))
        for state in CellState:
            chip = QLabel(state_label(state))
            chip.setStyleSheet(
                f"background: {STATE_BACKGROUNDS[state].name()}; "
                f"color: {STATE_FOREGROUNDS[state].name()}; padding: 2px 8px;"
            )
            line.addWidget(chip)
        self.window_note = QLabel()
        line.addWidget(self.window_note)
        line.addStretch(1)
        hint = QLabel(translate("TrainingPage", "Double-click a cell for its history."))
        line.addWidget(hint)
        return line

    def _wire(self) -> None:
        self.day.dateChanged.connect(self.reload)
        self.position.currentIndexChanged.connect(self._apply_filter)
        self.gaps_only.toggled.connect(self._apply_filter)
        self.table.activated.connect(self.open_cell)  # a double-click, or Enter on a cell
        self.export_button.clicked.connect(self.export)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            positions = catalog.list_positions(session)
        current = self.position.currentData()
        self.position.blockSignals(True)
        self.position.clear()
        self.position.addItem(translate("TrainingPage", "All positions"), None)
        for position in positions:
            self.position.addItem(position.name, position.id)
        self.position.setCurrentIndex(max(0, self.position.findData(current)))
        self.position.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.session() as session:
            self.full = compliance_matrix(session, from_qdate(self.day.date()))
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self.full is None:
            return
        shown = filtered(self.full, self.position.currentData(), self.gaps_only.isChecked())
        self.course_widths, headers = self._course_headers([c.title for c in shown.courses])
        self.model.set_matrix(shown, self._header_chars(), headers)
        share = shown.overall
        rate = "" if share.rate is None else f"{share.rate * 100:.1f}%"
        self.overall.setText(
            translate(
                "TrainingPage", "Compliant: {rate} ({compliant} of {required} required)"
            ).format(rate=rate, compliant=share.compliant, required=share.required)
        )
        self.window_note.setText(
            translate("TrainingPage", "(due for renewal: within {days} days)").format(
                days=shown.renewal_days
            )
        )
        self._size_columns()

    def _course_width(self) -> int:
        return max(self.table.fontMetrics().horizontalAdvance("2026-10-29") + 10, MIN_COURSE_WIDTH)

    def _header_metrics(self) -> QFontMetrics:
        """The header's font made bold, as the current section is drawn."""
        font = self.table.horizontalHeader().font()
        font.setBold(True)
        return QFontMetrics(font)

    def _course_headers(self, titles: list[str]) -> tuple[list[int], list[str]]:
        """Each course column's width and wrapped title: room for a date, for the title's
        longest word, and for the title on at most MAX_HEADER_LINES lines where it can."""
        metrics = self._header_metrics()
        advance = metrics.horizontalAdvance
        base = self._course_width()
        widths, headers = [], []
        for title in titles:
            width = min(max(base, widest_piece(title, advance) + HEADER_PADDING), MAX_COURSE_WIDTH)
            text = wrap_to_width(title, width - HEADER_PADDING, advance)
            while text.count("\n") >= MAX_HEADER_LINES and width < MAX_COURSE_WIDTH:
                width += 8
                text = wrap_to_width(title, width - HEADER_PADDING, advance)
            widths.append(width)
            headers.append(text)
        return widths, headers

    def _header_chars(self) -> int:
        """How many half-width characters fit on a line of a course column's title."""
        wide = self.table.horizontalHeader().fontMetrics().horizontalAdvance("中")
        return max(4, int((self._course_width() - 12) * 2 / max(wide, 1)))

    def _size_columns(self) -> None:
        """Room for a date in each course column, so 12 courses fit a 1366-pixel screen."""
        cells = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        names = [p.name for p in self.model.people] or ["—"]
        self.table.setColumnWidth(0, max(cells.horizontalAdvance(n) for n in names) + 16)
        share = translate("TrainingPage", "Compliant")
        self.table.setColumnWidth(1, max(metrics.horizontalAdvance(share), 40) + 14)
        width = self._course_width()
        for column in range(2, self.model.columnCount()):
            widths = self.course_widths
            shown = widths[column - 2] if column - 2 < len(widths) else width
            self.table.setColumnWidth(column, shown)
        lines = [
            str(self.model.headerData(c, Qt.Orientation.Horizontal)).count("\n") + 1
            for c in range(self.model.columnCount())
        ]
        shown = min(max(lines, default=1), MAX_HEADER_LINES)
        header.setFixedHeight(metrics.lineSpacing() * shown + 10)

    def set_day(self, day) -> None:
        self.day.setDate(to_qdate(day))

    def open_cell(self, index: QModelIndex) -> None:
        found = index.data(CELL_ROLE) if index.isValid() else None
        if not found:
            return
        person, course, cell = found
        dialog = CellDialog(self.ctx, person, course, cell, self)
        if dialog.exec() and dialog.recorded is not None:
            self.reload()

    def export(self) -> None:
        if self.model.matrix is None:
            return
        title = translate("Training", "Compliance matrix")
        path = ask_path(self, self.ctx, title)
        if path is None:
            return
        self.ctx.qsettings.setValue("export/last_folder", str(path.parent))
        matrix = self.model.matrix

        def work(_control) -> Path:
            from branchops.excel.training_matrix import write_matrix

            return write_matrix(path, matrix)

        def done(written: Path) -> None:
            QMessageBox.information(
                self,
                title,
                translate("TrainingPage", "The matrix was written to {path}.").format(path=written),
            )

        self.ctx.run_task(self, translate("TrainingPage", "Exporting the matrix…"), work, done)
