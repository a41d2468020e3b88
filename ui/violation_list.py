"""The violations list: loaded a page at a time, so 100,000 records open at once.

Filtering and sorting happen in SQL (models.inspection.violations); the view
asks for more rows as it scrolls (canFetchMore/fetchMore).

Signals (ViolationListPanel):
    status(str): something to tell in the status bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from models import access
from ops import inspection
from models.inspection.violations import (ViolationFilter, count_violations, get_violation, page_violations)
from models.numbers import format_number
from ui import inspection_labels as labels
from ui.inspection_dialogs import quick_violation_dialog, violation_dialog
from ui.export import export_with_dialog
from widgets.dialogs import confirm
from widgets.flow_layout import FlowLayout

PAGE = 200
# (field in models' LIST_COLUMNS order, sortable name)
ID, OCCURRED, OFFENDER, PLACE, FINE, STATUS, DECISION, DEADLINE, COMPLETE, MISSING = range(10)
COLUMN_FIELDS = ["occurred_at", "offender", "place", "fine", "status", "decision_number", "payment_deadline"]
SHOWN = [OCCURRED, OFFENDER, PLACE, FINE, STATUS, DECISION, DEADLINE, MISSING]  # the table's columns


class ViolationTableModel(QAbstractTableModel):
    def __init__(self, *, db, parent=None):
        super().__init__(parent)
        self._db = db
        self._filter = ViolationFilter()
        self._order = ("occurred_at", True)
        self._rows: list[tuple] = []
        self._more = False
        self._total: int | None = None  # counted only when asked: a count scans the whole table
        self._status_labels = labels.violation_statuses()
        self._today = dt.date.today().isoformat()

    @property
    def total(self) -> int:
        """How many records the filter selects (counted on first ask after a change)."""
        if self._total is None:
            self._total = count_violations(self._db, self._filter)
        return self._total

    def set_filter(self, where: ViolationFilter) -> None:
        self._filter = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = None
        self._rows, self._more = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> tuple[list[tuple], bool]:
        """A page, and whether more follow (one row more is asked for, instead of a count)."""
        rows = page_violations(self._db, self._filter, order_by=self._order[0], descending=self._order[1],
                               offset=offset, limit=PAGE + 1)
        return rows[:PAGE], len(rows) > PAGE

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()):
        if parent.isValid() or not self._more:
            return
        more, self._more = self._page(len(self._rows))
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if 0 <= column < len(COLUMN_FIELDS):
            self._order = (COLUMN_FIELDS[column], order == Qt.SortOrder.DescendingOrder)
            self.reload()

    def id_at(self, row: int) -> int:
        return self._rows[row][ID]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(SHOWN)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Date and time"), self.tr("Offender"), self.tr("Place"), self.tr("Fine (đồng)"),
                self.tr("Status"), self.tr("Penalty decision"), self.tr("Payment deadline"),
                self.tr("Still to fill for the record")][section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _overdue(self, row: tuple) -> bool:
        return row[STATUS] == "decided" and bool(row[DEADLINE]) and row[DEADLINE] < self._today

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        field = SHOWN[index.column()]
        value = row[field]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(field, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and field == MISSING and value:
            return "\n".join(value.split("; "))
        if role == Qt.ItemDataRole.TextAlignmentRole and field == FINE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._overdue(row):
                return QBrush(QColor("#fde2e1"))
            if not row[COMPLETE]:
                return QBrush(QColor("#e8eefc"))
        if role == Qt.ItemDataRole.ToolTipRole:
            flags = labels.flags()
            if self._overdue(row):
                return flags["overdue_fine"]
            if not row[COMPLETE]:
                return flags["incomplete"]
        return None

    def _text(self, field: int, value) -> str:
        if value is None or value == "":
            return ""
        if field == OCCURRED:
            return dt.datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M")
        if field == DEADLINE:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        if field == FINE:
            return format_number(value)
        if field == STATUS:
            return self._status_labels.get(value, value)
        if field == MISSING:
            count = len(value.split("; "))
            first = value.split("; ")[0]
            return first if count == 1 else self.tr("%1 and %2 more").replace("%1", first).replace("%2", str(count - 1))
        return str(value)


class ViolationListPanel(QWidget):
    status = Signal(str)

    def __init__(self, *, session, runner, org_unit: Callable[[], int], parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._db = session.db
        self._org_unit = org_unit
        self.model = ViolationTableModel(db=session.db, parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("violations")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((120, 240, 220, 100, 140, 130, 110)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (diacritics optional)"))
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code, label in labels.violation_statuses().items():
            self.status_filter.addItem(label, code)
        self.overdue_only = QCheckBox(self.tr("Unpaid past deadline"), self)
        self.incomplete_only = QCheckBox(self.tr("Incomplete"), self)
        self.count_label = QLabel(self)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(300)
        self._count_timer.timeout.connect(self._show_count)
        filters = FlowLayout()
        self.search.setMinimumWidth(240)
        filters.addWidget(self.search, 2)
        for widget in (self.status_filter, self.overdue_only, self.incomplete_only, self.count_label):
            filters.addWidget(widget)
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_only.toggled.connect(lambda _b: self.apply_filter())
        self.incomplete_only.toggled.connect(lambda _b: self.apply_filter())
        buttons = QHBoxLayout()
        for label, slot in ((self.tr("Quick entry…"), self.quick_entry), (self.tr("Add…"), self.add),
                            (self.tr("Edit…"), self.edit), (self.tr("Delete"), self.delete_selected)):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            button.setEnabled(access.allowed(self._db, "edit_inspection"))
            buttons.addWidget(button)
        buttons.addStretch()
        export = QPushButton(self.tr("Export to Excel…"), self)
        export.clicked.connect(self.export_dialog)
        buttons.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def current_filter(self) -> ViolationFilter:
        return ViolationFilter(query=self.search.text(), status=self.status_filter.currentData(),
                               overdue_only=self.overdue_only.isChecked(),
                               incomplete_only=self.incomplete_only.isChecked())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText("…")
        self._count_timer.start()  # the count, which scans every row, waits for typing to pause

    def _show_count(self) -> None:
        if not self.isVisible():  # closed meanwhile: nothing to show, and the file may be closed
            return
        self.count_label.setText(self.tr("%1 records").replace("%1", format_number(self.model.total)))

    reload = apply_filter

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _after(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.emit(self.tr("Saved"))

    def quick_entry(self) -> None:
        self._after(quick_violation_dialog(self._session, self._runner, org_unit_id=self._org_unit(), parent=self))

    def add(self) -> None:
        from models.inspection.violations import Violation

        item = Violation(None, self._org_unit(), dt.datetime.now().isoformat(timespec="minutes"))
        self._after(violation_dialog(self._session, self._runner, item, parent=self))

    def edit(self) -> None:
        violation_id = self.selected_id()
        if violation_id is not None:
            self._after(violation_dialog(self._session, self._runner, get_violation(self._db, violation_id),
                                         parent=self))

    def delete_selected(self) -> None:
        violation_id = self.selected_id()
        if violation_id is None:
            return
        item = get_violation(self._db, violation_id)
        if confirm(self, self.tr("Delete"),
                   self.tr("Move the violation of “%1” to the trash? It can be restored until the trash is "
                           "emptied.").replace("%1", item.offender),
                   yes_text=self.tr("Move to trash"), no_text=self.tr("Keep")):
            self._runner.apply(inspection.move_to_trash, self._session, "violations", violation_id, parent=self)

    def exporter(self) -> Callable[[str], int]:
        """``export(path)``: every record the filter selects (not only the rows loaded so far).
        What it needs of the screen (headers, filter, labels) is read here, so that the writing
        can run on a worker, reading through a connection of its own."""
        from models.exchange.xlsx_export import export_rows

        headers = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(self.model.columnCount())]
        where = self.current_filter()
        text, title = self.model._text, self.tr("Violations")

        def export_from(db, path: str) -> int:
            def rows():
                offset = 0
                while True:
                    page = page_violations(db, where, offset=offset, limit=5000)
                    if not page:
                        return
                    for row in page:
                        yield [row[field] if field == FINE else row[field] if field == MISSING else text(field, row[field])
                               for field in SHOWN]
                    offset += len(page)

            return export_rows(path, title=title, headers=headers, rows=rows())

        return lambda path: self._session.read(export_from, path)

    def export_dialog(self) -> None:
        export_with_dialog(self, suggested="vi-pham.xlsx", write=self.exporter(), report=self.status.emit,
                           runner=self._runner)
