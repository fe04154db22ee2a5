"""A list screen's body: search, filter bar, table, row counter and export."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QIdentityProxyModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchops.i18n import translate
from branchops.ui.widgets.query_model import QueryTableModel
from branchops.ui.widgets.table_model import (
    ROW_ROLE,
    SORT_ROLE,
    InMemoryTableModel,
    _BaseTableModel,
)

if TYPE_CHECKING:
    from branchops.ui.context import AppContext

SEARCH_DELAY_MS = 250
HEADER_PADDING = 30  # cell margins and the sort indicator


class SqlSortProxy(QIdentityProxyModel):
    """Passes rows through in the source's order (an identity mapping: nothing per row, which
    matters at half a million rows); a header click re-sorts the source in SQL."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, QueryTableModel):
            source.sort(column, order)


def make_proxy(model: _BaseTableModel) -> QAbstractProxyModel:
    proxy: QAbstractProxyModel
    if isinstance(model, QueryTableModel):
        proxy = SqlSortProxy()
    else:
        proxy = QSortFilterProxyModel()
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSourceModel(model)
    return proxy


class ListView(QWidget):
    activated = Signal(object)  # the row object
    selection_changed = Signal(object)  # the row object or None

    def __init__(
        self,
        model: _BaseTableModel,
        list_key: str,
        ctx: AppContext,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.list_key = list_key
        self.ctx = ctx
        self.title = title
        self.proxy = make_proxy(model)
        self._build()
        self._wire()
        self._restore_widths()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("ListView", "Search…"))
        self.search.setMaximumWidth(260)
        top.addWidget(self.search)
        self.filter_bar = QHBoxLayout()
        top.addLayout(self.filter_bar)
        top.addStretch(1)
        self.counter = QLabel()
        top.addWidget(self.counter)
        self.export_button = QPushButton(translate("ListView", "Export to Excel…"))
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self._initial_sort_indicator()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        # one height for every row: half a million rows cost the header nothing per row
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        for index, column in enumerate(self.model.columns):
            self.table.setColumnWidth(index, max(column.width, self._header_width(column.label)))
        layout.addWidget(self.table, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _header_width(self, label: str) -> int:
        """Room for the header text in the current language, plus the sort arrow."""
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(label) + HEADER_PADDING

    def _initial_sort_indicator(self) -> None:
        column, order = -1, Qt.SortOrder.AscendingOrder
        if isinstance(self.model, QueryTableModel):
            column = self.model.sort_column()
            if self.model.query.descending:
                order = Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)

    def _wire(self) -> None:
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._apply_search)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.horizontalHeader().sectionResized.connect(self._save_widths)
        self.export_button.clicked.connect(self._export)
        signals = [self.model.modelReset, self.model.rowsInserted, self.proxy.layoutChanged]
        if isinstance(self.model, QueryTableModel):
            signals.append(self.model.counted)
        for signal in signals:
            signal.connect(self._update_counter)
        self._update_counter()

    def _apply_search(self) -> None:
        text = self.search.text()
        if isinstance(self.model, QueryTableModel):
            self.model.set_search(text)
        else:
            self.proxy.setFilterFixedString(text)  # type: ignore[attr-defined]
        self._update_counter()

    def _update_counter(self) -> None:
        if isinstance(self.model, QueryTableModel) and self.model.counting:
            # the first rows are shown; the count follows from the background
            text = translate("ListView", "{count}+ rows").format(count=self.model.rowCount())
        elif isinstance(self.model, QueryTableModel):
            text = translate("ListView", "{count} rows").format(count=self.model.total)
        else:
            text = translate("ListView", "{count} rows").format(count=self.proxy.rowCount())
        self.counter.setText(text)

    def _on_double_click(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.activated.emit(row)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection_changed.emit(
            self.proxy.data(current, ROW_ROLE) if current.isValid() else None
        )

    def showEvent(self, event) -> None:
        # Filter combos are filled after the page is first shown: let them grow with their items.
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_row() is not None:
            self.activated.emit(self.current_row())
            return
        super().keyPressEvent(event)

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def visible_rows(self) -> list[Any]:
        """Rows as the user sees them: filtered and sorted, all pages (for export)."""
        if isinstance(self.model, QueryTableModel):
            return list(self.model.all_rows())
        return [
            self.proxy.data(self.proxy.index(r, 0), ROW_ROLE) for r in range(self.proxy.rowCount())
        ]

    def visible_columns(self) -> list[int]:
        return [i for i in range(len(self.model.columns)) if not self.table.isColumnHidden(i)]

    def _export(self) -> None:
        from branchops.ui.widgets.export_list import export_list_dialog

        export_list_dialog(self, self.ctx, self)

    def _settings_key(self) -> str:
        return f"columns/{self.list_key}"

    def _save_widths(self) -> None:
        """The widths the user gave, but not the last column's: it stretches to the view, and
        a width stretched in a wider window would push the list past a narrower one."""
        widths = [self.table.columnWidth(i) for i in range(len(self.model.columns) - 1)]
        self.ctx.qsettings.setValue(self._settings_key(), ",".join(map(str, widths)))

    def _restore_widths(self) -> None:
        saved = self.ctx.qsettings.value(self._settings_key(), "")
        if not saved:
            return
        for index, width in enumerate(str(saved).split(",")):
            if width.isdigit() and index < len(self.model.columns) - 1:
                label = self.model.columns[index].label
                self.table.setColumnWidth(index, max(int(width), self._header_width(label)))


__all__ = ["InMemoryTableModel", "ListView", "QueryTableModel", "SqlSortProxy", "make_proxy"]
