"""Training page (培训管理): the compliance matrix, sessions, attendance, courses, outside
certificates, reminders, the yearly view and where skills come from, one tab each.

Each tab is built the first time it is shown (or asked for): the page paints before the
database opens and opening it builds and loads only the tab in front.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.lazy_tabs import LazyTabs
from branchops.ui.widgets.permissions import gate

AREAS = ("training", "staff", "imports")


class TrainingPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._build()
        self.tab_keys = self.tabs.keys
        self._stale: set[str] = set(self.tab_keys)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        self.ctx.events.data_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(translate("TrainingPage", "Training"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.settings_button = QPushButton(translate("TrainingPage", "Settings…"))
        self.settings_button.clicked.connect(self.open_settings)
        top.addWidget(self.settings_button)
        layout.addLayout(top)
        package = "branchops.ui.training"
        self.tabs = LazyTabs(
            self.ctx,
            [
                (
                    "matrix",
                    translate("TrainingPage", "Compliance matrix"),
                    f"{package}.matrix_tab:MatrixTab",
                ),
                (
                    "sessions",
                    translate("TrainingPage", "Sessions"),
                    f"{package}.sessions_tab:SessionsTab",
                ),
                (
                    "attendance",
                    translate("TrainingPage", "Attendance"),
                    f"{package}.attendance_tab:AttendanceTab",
                ),
                (
                    "reminders",
                    translate("TrainingPage", "Reminders"),
                    f"{package}.reminders_tab:RemindersTab",
                ),
                (
                    "certificates",
                    translate("TrainingPage", "Outside certificates"),
                    f"{package}.certificates_tab:CertificatesTab",
                ),
                (
                    "yearly",
                    translate("TrainingPage", "Yearly view"),
                    f"{package}.yearly_tab:YearlyTab",
                ),
                ("skills", translate("TrainingPage", "Skills"), f"{package}.skills_tab:SkillsTab"),
                (
                    "courses",
                    translate("TrainingPage", "Courses"),
                    f"{package}.courses_tab:CoursesTab",
                ),
            ],
        )
        layout.addWidget(self.tabs, 1)

    # -- the tabs, built on first use ----------------------------------------------------------

    @property
    def matrix(self):
        return self.tabs.tab("matrix")

    @property
    def sessions(self):
        return self.tabs.tab("sessions")

    @property
    def attendance(self):
        return self.tabs.tab("attendance")

    @property
    def reminders(self):
        return self.tabs.tab("reminders")

    @property
    def certificates(self):
        return self.tabs.tab("certificates")

    @property
    def yearly(self):
        return self.tabs.tab("yearly")

    @property
    def skills(self):
        return self.tabs.tab("skills")

    @property
    def courses(self):
        return self.tabs.tab("courses")

    def current_key(self) -> str:
        return self.tabs.current_key()

    def refresh(self) -> None:
        """Shown again: everything may have changed elsewhere; reload the tab in view. The
        settings are gated here: the frame is built before the user signs in."""
        gate(self.settings_button, self.ctx.user, Permission.MANAGE)
        self._stale = set(self.tab_keys)
        self._refresh_current()

    def _refresh_current(self) -> None:
        key = self.current_key()
        if key in self._stale:
            self._stale.discard(key)
            self.tabs.tab(key).refresh()  # type: ignore[attr-defined]

    def _on_data_changed(self, area: str) -> None:
        if area in AREAS:
            self._stale = set(self.tab_keys)
            if self.isVisible():
                self._refresh_current()

    def show_tab(self, key: str) -> None:
        self.tabs.show_tab(key)
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
        from branchops.ui.training.settings_dialog import TrainingSettingsDialog

        TrainingSettingsDialog(self.ctx, self).exec()
