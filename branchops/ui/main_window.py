"""The main window: sidebar of pages, the page area, menus and the status bar.

Built in two steps so that it shows at once: the frame (sidebar, menus) needs no database, and
``show_frame`` builds the page left last with it when that page is ``frame_first``; ``attach``
hands it the open database and shows (refreshes) the last page.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from branchops.i18n import translate
from branchops.ui.context import AppContext, gui_settings
from branchops.ui.icons import icon
from branchops.ui.pages.registry import PageSpec, all_pages

SIDEBAR_WIDTH = 176


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self.qsettings = ctx.qsettings if ctx else gui_settings()
        self.pages: list[PageSpec] = all_pages()
        self._widgets: dict[str, QWidget] = {}
        self.setWindowTitle(translate("MainWindow", "BranchOps"))
        self.setMinimumSize(QSize(1000, 640))
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: enable the window and show the last page."""
        self.ctx = ctx
        self.qsettings = ctx.qsettings
        ctx.events.profile_changed.connect(self._update_status)
        ctx.events.user_changed.connect(self._update_status)
        self.sidebar.setEnabled(True)
        self.menuBar().setEnabled(True)
        for widget in self._widgets.values():
            widget.setEnabled(True)
        self._update_status()
        self._show_last_page()

    def show_frame(self, ctx: AppContext) -> None:
        """Before the database opens: the page left last paints with the window when it can
        (``PageSpec.frame_first``), disabled until ``attach``, which loads it."""
        index = self._last_index()
        if index is None or not self.pages[index].frame_first:
            return
        widget = self._build_page(index, ctx)
        widget.setEnabled(False)
        self.stack.setCurrentWidget(widget)

    # --- building -------------------------------------------------------------------------
    def _build_body(self) -> None:
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setEnabled(False)
        # Long labels (other languages) are elided with the full text as a tooltip.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        for spec in self.pages:
            item = QListWidgetItem(icon(spec.icon), spec.label)
            item.setToolTip(spec.label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        for _ in self.pages:
            self.stack.addWidget(QWidget())  # replaced by the page on first visit
        self.opening = QLabel(translate("MainWindow", "Opening the database…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.sidebar.currentRowChanged.connect(self._show_page)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.backup_action = self._action(
            translate("MainWindow", "&Back up now"), "Ctrl+B", self._backup_now
        )
        self.restore_action = self._action(
            translate("MainWindow", "&Restore from backup…"), None, self._restore
        )
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                translate("MainWindow", "E&xit"), QKeySequence.StandardKey.Quit, self.close
            )
        )
        go_menu = bar.addMenu(translate("MainWindow", "&Go"))
        for index, spec in enumerate(self.pages):
            shortcut = f"Ctrl+{index + 1}" if index < 9 else None
            go_menu.addAction(
                self._action(spec.label, shortcut, lambda _=False, i=index: self.show_page(i))
            )
        go_menu.addSeparator()
        go_menu.addAction(
            self._action(translate("MainWindow", "Re&fresh"), "F5", self.refresh_current_page)
        )
        reports = bar.addMenu(translate("MainWindow", "&Reports"))
        reports.addAction(
            self._action(
                translate("MainWindow", "&Monthly HQ workbook…"), "Ctrl+R", self.open_monthly_report
            )
        )
        tools = bar.addMenu(translate("MainWindow", "&Tools"))
        tools.addAction(
            self._action(translate("MainWindow", "&Settings…"), "Ctrl+,", self.open_settings)
        )
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(
            self._action(translate("MainWindow", "&About BranchOps"), "F1", self.open_about)
        )
        bar.setEnabled(False)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_status_bar(self) -> None:
        self.branch_label = QLabel()
        self.db_label = QLabel()
        self.user_label = QLabel()
        for label in (self.branch_label, self.db_label, self.user_label):
            self.statusBar().addPermanentWidget(label)
        self._update_status()

    def _update_status(self) -> None:
        if self.ctx is None:
            return
        from branchops.core.branch.queries import load_profile

        with self.ctx.db.session() as session:
            profile = load_profile(session)
        branch = (
            f"{profile.code} {profile.name}"
            if profile
            else translate("MainWindow", "Branch not set up")
        )
        self.branch_label.setText(translate("MainWindow", "Branch: {branch}").format(branch=branch))
        self.db_label.setText(
            translate("MainWindow", "Database: {db}").format(db=self.ctx.db.target.display())
        )
        user = self.ctx.user
        self.user_label.setText(
            translate("MainWindow", "User: {user}").format(user=user.display_name or user.username)
        )

    # --- pages ----------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def show_page_key(self, key: str) -> QWidget | None:
        for index, spec in enumerate(self.pages):
            if spec.key == key:
                self.show_page(index)
                return self.page_widget(index)
        return None

    def refresh_current_page(self) -> None:
        """F5: read the current page again (other PCs may have changed the data)."""
        index = self.sidebar.currentRow()
        if 0 <= index < len(self.pages) and self.pages[index].key in self._widgets:
            refresh = getattr(self._widgets[self.pages[index].key], "refresh", None)
            if refresh is not None:
                refresh()

    def page_widget(self, index: int) -> QWidget:
        if self.pages[index].key not in self._widgets:
            assert self.ctx is not None
            self._build_page(index, self.ctx)
        return self._widgets[self.pages[index].key]

    def drop_built_pages(self) -> None:
        """Before ``attach`` (the language changed in the setup wizard): pages built so far
        are built again when shown."""
        for index, spec in enumerate(self.pages):
            widget = self._widgets.pop(spec.key, None)
            if widget is not None:
                self.stack.insertWidget(index, QWidget())
                self.stack.removeWidget(widget)
                widget.deleteLater()
        self.stack.setCurrentWidget(self.opening)

    def _build_page(self, index: int, ctx: AppContext) -> QWidget:
        spec = self.pages[index]
        widget = spec.create(ctx)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._widgets[spec.key] = widget
        return widget

    def _show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages) or self.ctx is None:
            return
        widget = self.page_widget(index)
        self.stack.setCurrentWidget(widget)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
        self.qsettings.setValue("main/last_page", self.pages[index].key)

    # --- dialogs --------------------------------------------------------------------------
    def open_settings(self) -> None:
        from branchops.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def open_monthly_report(self) -> None:
        from branchops.ui.reports.reports_page import open_monthly_workbook_dialog

        open_monthly_workbook_dialog(self.ctx, self)

    def open_about(self) -> None:
        from branchops.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def _backup_now(self) -> None:
        from branchops.ui.backups import backup_now

        backup_now(self.ctx, self)

    def _restore(self) -> None:
        from branchops.ui.backups import restore_from_file

        restore_from_file(self.ctx, self)

    # --- state ----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.qsettings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)

    def _last_index(self) -> int | None:
        last = self.qsettings.value("main/last_page", "")
        keys = [p.key for p in self.pages]
        if not self.pages:
            return None
        return keys.index(last) if last in keys else 0

    def _show_last_page(self) -> None:
        index = self._last_index()
        if index is not None:
            self.show_page(index)

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.qsettings.setValue("main/geometry", self.saveGeometry())
        self.qsettings.sync()
        super().closeEvent(event)
