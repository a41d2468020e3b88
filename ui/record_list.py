"""A list of records with search (diacritics ignored), sorting, flags, forms and export.

Used for establishments, inspections, petitions and legal bases; the
violations, which may number 100,000, have their own lazily loaded list
(violation_list.py).

The panel writes nothing itself: its form and delete callbacks call operations through
the runner, and the page reloads the lists from the changes they report.

Signals (RecordListPanel):
    status(str): something to tell in the status bar.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from ui.export import export_with_dialog
from widgets.dialogs import confirm
from widgets.flow_layout import FlowLayout
from widgets.search import FoldingFilterProxy, SearchBox

FLAG_COLOURS = {"expired": "#fde2e1", "overdue_fine": "#fde2e1", "overdue_petition": "#fde2e1",
                "expiring": "#fff4c2", "incomplete": "#e8eefc"}


@dataclasses.dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[object], str]
    sort: Callable[[object], object] | None = None
    numeric: bool = False
    searched: bool = False  # the search box looks here (names and places, not statuses)


class RecordListModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], *, flag: Callable[[object], str | None] | None = None,
                 flag_labels: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self._columns = columns
        self._flag = flag
        self._flag_labels = flag_labels or {}
        self._records: list = []

    def set_records(self, records: list) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int):
        return self._records[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.EditRole:  # what sorting compares
            return column.sort(record) if column.sort else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        flag = self._flag(record) if self._flag else None
        if role == Qt.ItemDataRole.BackgroundRole and flag in FLAG_COLOURS:
            return QBrush(QColor(FLAG_COLOURS[flag]))
        if role == Qt.ItemDataRole.ToolTipRole and flag:
            return self._flag_labels.get(flag, flag)
        return None


class RecordListPanel(QWidget):
    status = Signal(str)

    def __init__(self, *, runner, columns: list[Column], load: Callable[[], list],
                 open_form: Callable[[object | None], QDialog] | None,
                 delete: Callable[[object], object] | None, export_title: str, writable: bool = True,
                 flag: Callable[[object], str | None] | None = None, flag_labels: dict | None = None,
                 describe: Callable[[object], str] = str, parent=None):
        super().__init__(parent)
        self._runner = runner
        self._load = load
        self._open_form = open_form
        self._delete = delete
        self._describe = describe
        self._writable = writable
        self.export_title = export_title
        self.model = RecordListModel(columns, flag=flag, flag_labels=flag_labels, parent=self)
        self.proxy = FoldingFilterProxy(self, columns=[n for n, c in enumerate(columns) if c.searched] or None)
        self.proxy.setSourceModel(self.model)
        self.search = SearchBox(self.proxy, self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.filters = FlowLayout()  # a row of filters wraps rather than widen the window
        self.search.setMinimumWidth(240)
        self.filters.addWidget(self.search, 2)
        self.buttons = QHBoxLayout()
        if open_form is not None:
            self._button(self.tr("Add…"), lambda: self.edit(new=True))
            self._button(self.tr("Edit…"), self.edit)
        if delete is not None:
            self._button(self.tr("Delete"), self.delete_selected)
        self.buttons.addStretch()
        self._button(self.tr("Export to Excel…"), self.export_dialog, writes=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def _button(self, label: str, slot, *, writes: bool = True) -> QPushButton:
        button = QPushButton(label, self)
        button.setEnabled(not writes or self._writable)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def reload(self) -> None:
        self.model.set_records(self._load())
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.view.columnWidth(column) > 320:
                self.view.setColumnWidth(column, 320)

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def edit(self, *, new: bool = False) -> None:
        record = None if new else self.selected()
        if self._open_form is None or (not new and record is None):
            return
        dialog = self._open_form(record)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.emit(self.tr("Saved"))

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or self._delete is None:
            return
        if confirm(self, self.tr("Delete"),
                   self.tr("Move “%1” to the trash? It can be restored until the trash is emptied.")
                   .replace("%1", self._describe(record)),
                   yes_text=self.tr("Move to trash"), no_text=self.tr("Keep")):
            if self._runner.apply(self._delete, record, parent=self) is not None:
                self.status.emit(self.tr("Moved to the trash"))

    def visible_rows(self) -> tuple[list[str], list[list[str]]]:
        """Headers and the rows as shown (filtered, sorted)."""
        headers = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(self.model.columnCount())]
        rows = [[self.proxy.index(r, c).data() for c in range(self.proxy.columnCount())]
                for r in range(self.proxy.rowCount())]
        return headers, rows

    def exporter(self) -> Callable[[str], int]:
        """``export(path)``: the rows as shown (filtered, sorted), read here so that the
        file can be written on a worker."""
        from models.exchange.xlsx_export import export_rows

        headers, rows = self.visible_rows()
        title = self.export_title
        return lambda path: export_rows(path, title=title, headers=headers, rows=rows)

    def export_dialog(self) -> None:
        export_with_dialog(self, suggested=f"{self.export_title}.xlsx", report=self.status.emit,
                           runner=self._runner, write=self.exporter())
