"""HQ consolidation: choose branch workbooks and the output, run in the background, then list
what was merged, rejected (with the reason) and missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops.excel.consolidate import ConsolidationResult, consolidate, verification_note
from branchops.excel.consolidate.inputs import expand_inputs, read_expected, read_keys
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.reports.common import (
    excel_filter,
    pick_open,
    pick_save,
    remembered_folder,
)
from branchops.ui.reports.models import RejectedRow, rejected_model
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.workers import TaskControl

FOLDER_KEY = "reports/consolidation_folder"


class ConsolidateDialog(QDialog):
    finished_run = Signal(object)  # ConsolidationResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: ConsolidationResult | None = None
        self.setWindowTitle(translate("Consolidation", "Consolidate branch workbooks"))
        self.model = rejected_model()
        self._build()
        self._wire()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.files = QListWidget()
        self.add_files = QPushButton(translate("Consolidation", "Add workbooks…"))
        self.add_folder = QPushButton(translate("Consolidation", "Add a folder…"))
        self.remove = QPushButton(translate("Consolidation", "Remove"))
        buttons = QHBoxLayout()
        for button in (self.add_files, self.add_folder, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(QLabel(translate("Consolidation", "Branch workbooks")))
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        form = QFormLayout()
        start = remembered_folder(self.ctx, FOLDER_KEY)
        self.out = QLineEdit(str(start / "consolidated.xlsx"))
        self.expected = QLineEdit()
        self.expected.setPlaceholderText(translate("Consolidation", "optional: .txt, .csv, .xlsx"))
        self.keys = QLineEdit()
        self.keys.setPlaceholderText(translate("Consolidation", "optional: branch_code,key CSV"))
        self.into = QLineEdit()
        self.into.setPlaceholderText(
            translate("Consolidation", "optional: SQLite file or postgresql+psycopg://…")
        )
        self.pickers = {}
        for label, edit in (
            (translate("Consolidation", "Consolidated workbook"), self.out),
            (translate("Consolidation", "Expected branches"), self.expected),
            (translate("Consolidation", "Branch keys"), self.keys),
            (translate("Consolidation", "Also load into database"), self.into),
        ):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            if edit is not self.into:
                pick = QPushButton(translate("Consolidation", "Browse…"))
                self.pickers[pick] = edit
                row.addWidget(pick)
            form.addRow(label, row)
        layout.addLayout(form)
        self.advice = QLabel(verification_note())
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableView()
        self.table.setModel(make_proxy(self.model))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = self.buttons.addButton(
            translate("Consolidation", "Consolidate"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout.addWidget(self.buttons)
        self.resize(760, 600)

    def _wire(self) -> None:
        self.add_files.clicked.connect(self._add_files)
        self.add_folder.clicked.connect(self._add_folder)
        self.remove.clicked.connect(self._remove)
        for pick in self.pickers:
            pick.clicked.connect(self._browse)
        self.run_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)

    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in expand_inputs([str(p) for p in paths]):
            if path not in known:
                self.files.addItem(str(path))
                known.add(path)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def _add_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            translate("Consolidation", "Add workbooks"),
            str(remembered_folder(self.ctx, FOLDER_KEY)),
            excel_filter(),
        )
        self.add_paths([Path(c) for c in chosen])

    def _add_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            translate("Consolidation", "Add a folder"),
            str(remembered_folder(self.ctx, FOLDER_KEY)),
        )
        if chosen:
            self.ctx.qsettings.setValue(FOLDER_KEY, chosen)
            self.add_paths([Path(chosen)])

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def _browse(self) -> None:
        edit = self.pickers[self.sender()]
        start = Path(edit.text()) if edit.text() else remembered_folder(self.ctx, FOLDER_KEY)
        if edit is self.out:
            chosen = pick_save(self, translate("Consolidation", "Consolidated workbook"), start)
        else:
            chosen = pick_open(self, translate("Consolidation", "Choose a file"), start, "*")
        if chosen is not None:
            edit.setText(str(chosen))

    def run(self) -> None:
        paths = self.paths()
        out = Path(self.out.text().strip())
        expected = Path(self.expected.text().strip()) if self.expected.text().strip() else None
        keys = Path(self.keys.text().strip()) if self.keys.text().strip() else None
        into = self.into.text().strip() or None
        self.run_button.setEnabled(False)

        def work(control: TaskControl) -> ConsolidationResult:
            return consolidate(
                paths,
                out,
                keys=read_keys(keys) if keys else None,
                expected=read_expected(expected) if expected else None,
                into=into,
                progress=control.progress,
            )

        self.ctx.run_task(
            self,
            translate("Consolidation", "Consolidating…"),
            work,
            self._done,
            on_finished=self._finished,
        )

    def _finished(self) -> None:
        self.run_button.setEnabled(True)

    def _done(self, outcome: ConsolidationResult) -> None:
        self.outcome = outcome
        verified = outcome.verified
        self.model.set_rows([RejectedRow(r.path.name, r.reason) for r in verified.rejected])
        if outcome.out is None:
            self.summary.setText(
                translate(
                    "Consolidation",
                    "No workbook could be merged ({rejected} rejected, reasons below): nothing "
                    "was written and no database was changed.",
                ).format(rejected=len(verified.rejected))
            )
            self.finished_run.emit(outcome)
            return
        lines = [
            translate(
                "Consolidation",
                "{merged} branches merged for {period}, {rejected} files rejected, {missing} "
                "branches missing. Written to {path}.",
            ).format(
                merged=len(verified.accepted),
                period=verified.period or "—",
                rejected=len(verified.rejected),
                missing=len(verified.missing),
                path=outcome.out,
            )
        ]
        if verified.missing:
            lines.append(
                translate("Consolidation", "Missing: {codes}").format(
                    codes=", ".join(b.code for b in verified.missing)
                )
            )
        self.summary.setText("\n".join(lines))
        self.finished_run.emit(outcome)
