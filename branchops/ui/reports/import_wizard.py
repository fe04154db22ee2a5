"""Import from Excel: choose the kind and the file, preview every row with its problems, then
commit all rows or none (§10)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from branchops.core.errors import UserError, ValidationError
from branchops.core.imports.common import FieldChange, ImportSummary
from branchops.excel.imports import (
    ParsedImport,
    available_kinds,
    commit_parsed,
    parse_file,
    write_template,
)
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.reports.common import (
    excel_filter,
    pick_open,
    pick_save,
    remembered_folder,
)
from branchops.ui.reports.models import changes_model, preview_model
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.workers import TaskControl

FOLDER_KEY = "reports/import_folder"
# (parsed file or None, problems, summary text, fields an update changes)
_Preview = tuple[ParsedImport | None, list[str], str, tuple[FieldChange, ...]]


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("Import", "What to import"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for key, kind in available_kinds().items():
            self.kind.addItem(kind.label, key)
        form.addRow(translate("Import", "Kind"), self.kind)
        self.path = QLineEdit()
        browse = QPushButton(translate("Import", "Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(translate("Import", "File"), row)
        self.template = QPushButton(translate("Import", "Save a blank template…"))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template)
        template_row.addStretch(1)
        form.addRow("", template_row)
        browse.clicked.connect(self._browse)
        self.template.clicked.connect(self._save_template)
        self.path.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def kind_key(self) -> str:
        return self.kind.currentData()

    def _browse(self) -> None:
        chosen = pick_open(
            self,
            translate("Import", "Choose the file"),
            remembered_folder(self.wiz.ctx, FOLDER_KEY),
            excel_filter(),
        )
        if chosen is not None:
            self.wiz.ctx.qsettings.setValue(FOLDER_KEY, str(chosen.parent))
            self.path.setText(str(chosen))

    def _save_template(self) -> None:
        kind = available_kinds()[self.kind_key()]
        start = remembered_folder(self.wiz.ctx, FOLDER_KEY) / f"{kind.label}.xlsx"
        chosen = pick_save(self, translate("Import", "Save the template"), start)
        if chosen is not None:
            write_template(kind, chosen)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("Import", "Check the rows"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 2)
        self.problems = QListWidget()
        layout.addWidget(self.problems, 1)
        self.changes_label = QLabel(
            translate("Import", "Fields the import changes on people already in BranchOps:")
        )
        layout.addWidget(self.changes_label)
        self.changes = QTableView()
        self.changes.setSortingEnabled(True)
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes_model = changes_model()
        self.changes.setModel(make_proxy(self.changes_model))
        layout.addWidget(self.changes, 1)
        self.show_changes(())

    def initializePage(self) -> None:
        self.wiz.load_preview()

    def isComplete(self) -> bool:
        return self.wiz.ready

    def show_changes(self, changes: Sequence[FieldChange]) -> None:
        self.changes_model = changes_model(changes)
        self.changes.setModel(make_proxy(self.changes_model))
        for column, spec in enumerate(self.changes_model.columns):
            self.changes.setColumnWidth(column, spec.width)
        self.changes_label.setVisible(bool(changes))
        self.changes.setVisible(bool(changes))

    def show_result(self, parsed: ParsedImport | None, problems: list[str], text: str) -> None:
        self.summary.setText(text)
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        if parsed is not None:
            self.model = preview_model(parsed)
            self.table.setModel(make_proxy(self.model))
        self.completeChanged.emit()


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("Import", "Imported"))
        layout = QVBoxLayout(self)
        self.text = QLabel(translate("Import", "Importing…"))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)

    def initializePage(self) -> None:
        self.wiz.commit()

    def isComplete(self) -> bool:
        return self.wiz.summary is not None


class ImportWizard(QWizard):
    preview_ready = Signal()
    committed = Signal(object)  # ImportSummary

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parsed: ParsedImport | None = None
        self.ready = False
        self.summary: ImportSummary | None = None
        self.busy = False  # a background task is running
        self.setWindowTitle(translate("Import", "Import from Excel"))
        self.choose = ChoosePage(self)
        self.preview = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose, self.preview, self.done_page):
            self.addPage(page)
        self.preview.setCommitPage(True)  # no way back once the rows are imported
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("Import", "Import"))
        self.resize(900, 600)

    def load_preview(self) -> None:
        self.ready = False
        self.parsed = None
        self.preview.show_result(None, [], translate("Import", "Reading the file…"))
        kind = available_kinds()[self.choose.kind_key()]
        path = Path(self.choose.path.text().strip())
        db, user = self.ctx.db, self.ctx.user

        def work(_control: TaskControl) -> _Preview:
            try:
                parsed = parse_file(kind, path)
            except UserError as error:
                return None, [], str(error), ()
            try:
                outcome = commit_parsed(db, user, parsed, dry_run=True)
            except ValidationError as error:
                parsed.problems = list(error.problems)  # the core's too, shown on their rows
                problems = [p.message for p in error.problems]
                text = translate(
                    "Import",
                    "{rows} rows read; {count} problems. Correct the file, then choose Back and "
                    "Next to read it again. Nothing has been imported.",
                ).format(rows=len(parsed.values), count=len(problems))
                return parsed, problems, text, ()
            text = translate(
                "Import",
                "{rows} rows, no problems: {created} to add, {updated} to update, {unchanged} "
                "unchanged. Choose Import to import them.",
            ).format(
                rows=len(parsed.values),
                created=outcome.created,
                updated=outcome.updated,
                unchanged=outcome.unchanged,
            )
            return parsed, [], text, outcome.changes

        self.busy = True
        self.ctx.run_task(
            self,
            translate("Import", "Reading the file…"),
            work,
            self._previewed,
            on_finished=self._task_finished,
        )

    def _task_finished(self) -> None:
        self.busy = False

    def _previewed(self, result: _Preview) -> None:
        parsed, problems, text, changes = result
        self.parsed = parsed
        self.ready = parsed is not None and not problems
        self.preview.show_result(parsed, problems, text)
        self.preview.show_changes(changes)
        self.preview_ready.emit()

    def commit(self) -> None:
        parsed, db, user = self.parsed, self.ctx.db, self.ctx.user
        if parsed is None:
            return

        def work(_control: TaskControl) -> ImportSummary:
            return commit_parsed(db, user, parsed)

        self.busy = True
        self.ctx.run_task(
            self,
            translate("Import", "Importing…"),
            work,
            self._committed,
            cancellable=False,
            on_finished=self._task_finished,
        )

    def _committed(self, summary: ImportSummary) -> None:
        self.summary = summary
        lines = [
            translate(
                "Import", "Done: {created} added, {updated} updated, {unchanged} unchanged."
            ).format(created=summary.created, updated=summary.updated, unchanged=summary.unchanged),
            *summary.notes,
        ]
        self.done_page.text.setText("\n".join(lines))
        self.done_page.completeChanged.emit()
        self.ctx.events.data_changed.emit("imports")
        self.committed.emit(summary)
