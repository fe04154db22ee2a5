"""Training page (培训管理): the compliance matrix, sessions, attendance, courses, outside
certificates, reminders, the yearly view and where skills come from, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.training.attendance_tab import AttendanceTab
from branchops.ui.training.certificates_tab import CertificatesTab
from branchops.ui.training.courses_tab import CoursesTab
from branchops.ui.training.matrix_tab import MatrixTab
from branchops.ui.training.reminders_tab import RemindersTab
from branchops.ui.training.sessions_tab import SessionsTab
from branchops.ui.training.settings_dialog import TrainingSettingsDialog
from branchops.ui.training.skills_tab import SkillsTab
from branchops.ui.training.yearly_tab import YearlyTab
from branchops.ui.widgets.permissions import gate

AREAS = ("training", "staff", "imports")


class TrainingPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.matrix = MatrixTab(ctx)
        self.sessions = SessionsTab(ctx)
        self.attendance = AttendanceTab(ctx)
        self.courses = CoursesTab(ctx)
        self.certificates = CertificatesTab(ctx)
        self.reminders = RemindersTab(ctx)
        self.yearly = YearlyTab(ctx)
        self.skills = SkillsTab(ctx)
        self.tab_keys = {
            "matrix": (self.matrix, translate("TrainingPage", "Compliance matrix")),
            "sessions": (self.sessions, translate("TrainingPage", "Sessions")),
            "attendance": (self.attendance, translate("TrainingPage", "Attendance")),
            "reminders": (self.reminders, translate("TrainingPage", "Reminders")),
            "certificates": (self.certificates, translate("TrainingPage", "Outside certificates")),
            "yearly": (self.yearly, translate("TrainingPage", "Yearly view")),
            "skills": (self.skills, translate("TrainingPage", "Skills")),
            "courses": (self.courses, translate("TrainingPage", "Courses")),
        }
        self._stale: set[str] = set(self.tab_keys)
        self._build()
        self.ctx.events.data_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(translate("TrainingPage", "Training"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.settings_button = QPushButton(translate("TrainingPage", "Settings…"))
        gate(self.settings_button, self.ctx.user, Permission.MANAGE)
        self.settings_button.clicked.connect(self.open_settings)
        top.addWidget(self.settings_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        for widget, label in self.tab_keys.values():
            self.tabs.addTab(widget, label)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        layout.addWidget(self.tabs, 1)

    def current_key(self) -> str:
        widget = self.tabs.currentWidget()
        return next(key for key, (w, _) in self.tab_keys.items() if w is widget)

    def refresh(self) -> None:
        """Shown again: everything may have changed elsewhere; reload the tab in view."""
        self._stale = set(self.tab_keys)
        self._refresh_current()

    def _refresh_current(self) -> None:
        key = self.current_key()
        if key in self._stale:
            self._stale.discard(key)
            self.tab_keys[key][0].refresh()

    def _on_data_changed(self, area: str) -> None:
        if area in AREAS:
            self._stale = set(self.tab_keys)
            if self.isVisible():
                self._refresh_current()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.tab_keys[key][0])
        self._refresh_current()

    def open_filtered(self, **filters) -> None:
        """``tab`` (matrix, sessions, attendance, reminders, …), with ``staff_id``,
        ``session_id`` or ``course_id`` as the dashboard's agenda asks."""
        key = str(filters.get("tab") or "matrix")
        self.show_tab(key if key in self.tab_keys else "matrix")
        if key == "reminders":
            self.reminders.show_person(filters.get("staff_id"))
        elif key == "attendance" and "staff_id" in filters:
            self.attendance.show_person(filters.get("staff_id"))
        elif key == "sessions":
            self.sessions.show_filtered(filters.get("course_id"))
            if filters.get("session_id") is not None:
                self.sessions.open_session(int(filters["session_id"]))

    def open_settings(self) -> None:
        TrainingSettingsDialog(self.ctx, self).exec()
