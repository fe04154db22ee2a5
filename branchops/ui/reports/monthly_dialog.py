"""Reports → Monthly HQ workbook…: month, language, personal data, completeness, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.branch.queries import load_profile
from branchops.core.period import Month
from branchops.core.users.permissions import Permission
from branchops.excel.workbook import (
    ReportCancelled,
    ReportRequest,
    ReportResult,
    completeness,
    export_monthly_workbook,
)
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.reports.common import pick_folder, remembered_folder
from branchops.ui.workers import Cancelled, TaskControl

FOLDER_KEY = "reports/folder"
MONTHS_OFFERED = 24


class MonthlyReportDialog(QDialog):
    exported = Signal(object)  # ReportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_info: ReportResult | None = None
        self.setWindowTitle(translate("Report", "Monthly HQ workbook"))
        self._build()
        self._wire()
        self._refresh_gaps()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.month = QComboBox()
        latest = Month.of(clock.today())
        for offset in range(MONTHS_OFFERED):
            month = latest.shift(-offset)
            self.month.addItem(str(month), str(month))  # text data: findData works on it
        self.month.setCurrentIndex(1)  # last month: the one usually reported
        form.addRow(translate("Report", "Month"), self.month)
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        with self.ctx.db.session() as session:
            profile = load_profile(session)
        if profile is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(profile.report_language)))
        form.addRow(translate("Report", "Language"), self.language)
        self.folder = QLineEdit(str(remembered_folder(self.ctx, FOLDER_KEY)))
        self.browse = QPushButton(translate("Report", "Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form.addRow(translate("Report", "Save in"), row)
        self.unmask = QCheckBox(translate("Report", "Write customers' names and phones in full"))
        form.addRow("", self.unmask)
        layout.addLayout(form)
        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        layout.addWidget(self.gaps_label)
        self.gaps = QListWidget()
        self.gaps.setMinimumHeight(90)
        self.gaps.setWordWrap(True)  # a gap is a sentence: wrap it, never scroll sideways
        self.gaps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.gaps, 1)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            translate("Report", "Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button = self.buttons.addButton(
            translate("Report", "Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(False)
        if not self.ctx.user.allowed(Permission.WRITE):
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(self.ctx.user.why_not(Permission.WRITE))
        layout.addWidget(self.buttons)
        self.resize(560, 460)

    def _wire(self) -> None:
        self.month.currentIndexChanged.connect(self._refresh_gaps)
        self.unmask.toggled.connect(self._unmask_toggled)
        self.browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self._open_folder)
        self.buttons.rejected.connect(self.reject)

    # --- behaviour --------------------------------------------------------------------------
    def chosen_month(self) -> Month:
        return Month.parse(self.month.currentData() or self.month.itemData(1))

    def _refresh_gaps(self) -> None:
        gaps = completeness(self.ctx.db, self.chosen_month())
        self.gaps.clear()
        self.gaps.addItems([gap.message for gap in gaps])
        self.gaps.setVisible(bool(gaps))
        if gaps:
            self.gaps_label.setText(
                translate(
                    "Report",
                    "Completeness check: {count} gaps. You can export anyway; they are then "
                    "listed on the summary sheet.",
                ).format(count=len(gaps))
            )
            self.export_button.setText(translate("Report", "Export anyway"))
        else:
            self.gaps_label.setText(
                translate("Report", "Completeness check: nothing is missing for this month.")
            )
            self.export_button.setText(translate("Report", "Export"))

    def _unmask_toggled(self, checked: bool) -> None:
        if checked and not self.confirm_unmask():
            self.unmask.blockSignals(True)
            self.unmask.setChecked(False)
            self.unmask.blockSignals(False)

    def confirm_unmask(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("Report", "Personal data"),
            translate(
                "Report",
                "The workbook will show customers' full names and phone numbers. Send it only "
                "where the rules allow. Continue?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _browse(self) -> None:
        chosen = pick_folder(self, translate("Report", "Save the workbook in"), self._folder())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _folder(self) -> Path:
        return Path(self.folder.text().strip() or str(Path.home()))

    def request(self) -> ReportRequest:
        return ReportRequest(
            month=self.chosen_month(),
            out=self._folder(),
            language=self.language.currentData(),
            unmask=self.unmask.isChecked(),
        )

    def export(self) -> None:
        request = self.request()
        self.ctx.qsettings.setValue(FOLDER_KEY, str(request.out))
        self.export_button.setEnabled(False)
        db, user = self.ctx.db, self.ctx.user

        def work(control: TaskControl) -> ReportResult:
            try:
                return export_monthly_workbook(
                    db,
                    user,
                    request,
                    progress=control.progress,
                    should_stop=lambda: control.cancelled,
                )
            except ReportCancelled:
                raise Cancelled from None

        self.ctx.run_task(
            self,
            translate("Report", "Exporting the monthly HQ workbook…"),
            work,
            self._done,
            on_error=self._failed,
            on_finished=self._finished,
        )

    def _finished(self) -> None:
        self.export_button.setEnabled(self.ctx.user.allowed(Permission.WRITE))

    def _done(self, result: ReportResult) -> None:
        self.result_info = result
        self.open_button.setEnabled(True)
        self.done_label.setText(
            translate("Report", "Written: {path} (revision {rev}).").format(
                path=result.path, rev=result.revision
            )
        )
        self.ctx.events.data_changed.emit("reports")
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        from branchops.ui.widgets.messages import show_error

        show_error(self, error)

    def _open_folder(self) -> None:
        if self.result_info is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_info.path.parent)))
