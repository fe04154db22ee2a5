"""The smaller Settings tabs: language and data folder, backups, KPI targets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops.core import kpi, settings
from branchops.db.backup import list_backups
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.backups import backup_now, restore_from_file
from branchops.ui.context import AppContext
from branchops.ui.widgets.list_view import make_proxy
from branchops.ui.widgets.table_model import Column, ColumnKind, InMemoryTableModel

LANGUAGE_NAMES = {"": None, "zh_CN": "简体中文", "en": "English"}


class GeneralTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(translate("Settings", "Follow the system"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.language)))
        form.addRow(translate("Settings", "Language"), self.language)
        folder_row = QHBoxLayout()
        self.folder = QLabel(str(ctx.settings.data_path()))
        self.folder.setWordWrap(True)
        change = QPushButton(translate("Settings", "Change…"))
        change.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(change)
        form.addRow(translate("Settings", "Data folder"), folder_row)
        database = QLabel(ctx.db.target.display())
        database.setWordWrap(True)
        form.addRow(translate("Settings", "Database in use"), database)
        self._chosen_folder = ctx.settings.data_dir

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            translate("Settings", "Choose the data folder"),
            str(self.ctx.settings.data_path()),
        )
        if chosen:
            self._chosen_folder = chosen
            self.folder.setText(chosen)

    def save(self) -> bool:
        """Saves this PC's settings; True when a restart is needed to apply them."""
        language = str(self.language.currentData())
        changed = (
            language != self.ctx.settings.language
            or self._chosen_folder != self.ctx.settings.data_dir
        )
        self.ctx.settings.language = language
        self.ctx.settings.data_dir = self._chosen_folder
        self.ctx.settings.save()
        return changed


@dataclass(frozen=True)
class BackupRow:
    name: str
    size_mb: float


BACKUP_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Backup file"), width=380),
    Column("size_mb", QT_TRANSLATE_NOOP("Columns", "Size (MB)"), ColumnKind.NUMBER, width=90),
)


class BackupsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        with ctx.db.session() as session:
            self.keep.setValue(int(settings.get(session, settings.BACKUP_KEEP)))
        form.addRow(translate("Settings", "Backups to keep"), self.keep)
        form.addRow(translate("Settings", "Backups folder"), QLabel(str(ctx.paths.backups)))
        layout.addLayout(form)
        hint = QLabel(
            translate(
                "Settings",
                "BranchOps backs up at the first start of each day and when it closes.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = InMemoryTableModel(BACKUP_COLUMNS, self._rows())
        table = QTableView()
        table.setModel(make_proxy(self.model))
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        for index, column in enumerate(BACKUP_COLUMNS):
            table.setColumnWidth(index, column.width)
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        now = QPushButton(translate("Settings", "Back up now"))
        now.clicked.connect(lambda: backup_now(ctx, self))
        restore = QPushButton(translate("Settings", "Restore…"))
        restore.clicked.connect(lambda: restore_from_file(ctx, self))
        buttons.addWidget(now)
        buttons.addWidget(restore)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _rows(self) -> list[BackupRow]:
        return [
            BackupRow(p.name, round(p.stat().st_size / 1_048_576, 2))
            for p in list_backups(self.ctx.paths.backups)
        ]

    def values(self) -> dict[str, object]:
        return {settings.BACKUP_KEEP: self.keep.value()}


NO_TARGET = -1  # a target field's minimum, shown as "No target"


class TargetsTab(QScrollArea):
    """One field per KPI of the registry; empty (the minimum) means no target."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWidgetResizable(True)
        body = QWidget()
        form = QFormLayout(body)
        with ctx.db.session() as session:
            current = kpi.targets(session)
        self.fields: dict[str, tuple[QDoubleSpinBox, kpi.KpiDef]] = {}
        for definition in kpi.all_kpis():
            spin = QDoubleSpinBox()
            spin.setRange(NO_TARGET, 1_000_000_000)
            spin.setSpecialValueText(translate("Settings", "No target"))
            percent = definition.unit is kpi.Unit.PERCENT
            spin.setDecimals(1)
            spin.setSuffix(" %" if percent else "")
            value = current.get(definition.key)
            spin.setValue(NO_TARGET if value is None else value * (100 if percent else 1))
            form.addRow(definition.title, spin)
            self.fields[definition.key] = (spin, definition)
        self.setWidget(body)

    def values(self) -> dict[str, float | None]:
        values: dict[str, float | None] = {}
        for key, (spin, definition) in self.fields.items():
            if spin.value() < 0:  # between NO_TARGET and zero: no target
                values[key] = None
            else:
                scale = 100 if definition.unit is kpi.Unit.PERCENT else 1
                values[key] = spin.value() / scale
        return values
