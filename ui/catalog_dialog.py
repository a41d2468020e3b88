"""The catalog dialog: sectors, indicators and org units, edited by the office.

Add, rename (edit), reorder, deactivate or reactivate; delete only what no
record refers to. Each page has a search box that ignores diacritics.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from models import catalog
from models.catalog import CatalogError
from models.numbers import NumberError, format_number, parse_number
from ops import catalog as catalog_ops
from widgets.dialogs import button_box, confirm, error_label
from widgets.search import FoldingFilterProxy, SearchBox
from ui import labels

# (field, header) per entity; the first columns are shown in the list.
COLUMNS = {
    "sector": [("code", "Code"), ("name_vi", "Vietnamese name"), ("name_en", "English name"),
               ("report_group", "Report section"), ("report_heading", "Report heading")],
    "indicator": [("code", "Code"), ("name_vi", "Vietnamese name"), ("name_en", "English name"),
                  ("unit", "Unit"), ("unit_en", "Unit in English"), ("kind", "Kind"), ("rollup", "Roll-up"),
                  ("time_rule", "Over time"), ("change_rule", "Change"), ("min_value", "Minimum"), ("max_value", "Maximum")],
    "org_unit": [("code", "Code"), ("name_vi", "Vietnamese name"), ("name_en", "English name"),
                 ("level", "Level")],
}
CHOICES = {"kind": catalog.KINDS, "rollup": catalog.ROLLUPS, "time_rule": catalog.TIME_RULES,
           "change_rule": catalog.CHANGE_RULES,
           "level": catalog.LEVELS}


class CatalogTableModel(QAbstractTableModel):
    def __init__(self, *, db, entity: str, parent=None):
        super().__init__(parent)
        self._db = db
        self.entity = entity
        self._columns = COLUMNS[entity]
        self._rows: list = []
        self._depth: dict[int, int] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.entity == "sector":
            self._rows = catalog.sectors(self._db, include_inactive=True)
        elif self.entity == "indicator":
            order = {s.id: i for i, s in enumerate(catalog.sectors(self._db, include_inactive=True))}
            self._rows = sorted(catalog.indicators(self._db, include_inactive=True),
                                key=lambda i: (order.get(i.sector_id, 0), i.position, i.id))
        else:
            tree = catalog.org_unit_tree(self._db, include_inactive=True)
            self._rows = [u for u, _d in tree]
            self._depth = {u.id: d for u, d in tree}
        self.endResetModel()

    def record_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._columns) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == len(self._columns):
            return self.tr("In use")
        return _header(self, self._columns[section][0])

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == len(self._columns):
                return self.tr("yes") if record.active else self.tr("no")
            field = self._columns[index.column()][0]
            value = getattr(record, field)
            if role == Qt.ItemDataRole.EditRole:
                return value
            if isinstance(value, float):
                return format_number(value)
            if field == "name_vi" and self.entity == "org_unit":
                return "    " * self._depth.get(record.id, 0) + value
            if field in CHOICES:
                return choice_label(field, value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return QBrush(QColor("#8a8a8a"))
        return None


def choice_label(field: str, value: str) -> str:
    """How a coded choice (kind, roll-up, change rule, level) reads on screen."""
    translate = QCoreApplication.translate
    if field == "time_rule":
        return {"sum": translate("CatalogFields", "added up (flows)"),
                "last": translate("CatalogFields", "latest figure (stocks)"),
                "mean": translate("CatalogFields", "averaged"),
                "none": translate("CatalogFields", "not accumulated")}.get(value, value)
    labels = {
        "count": translate("CatalogFields", "count"),
        "decimal": translate("CatalogFields", "decimal number"),
        "percent": translate("CatalogFields", "percentage"),
        "money": translate("CatalogFields", "money (đồng)"),
        "sum": translate("CatalogFields", "sum"),
        "mean": translate("CatalogFields", "mean"),
        "none": translate("CatalogFields", "not rolled up"),
        "relative": translate("CatalogFields", "relative (%)"),
        "absolute": translate("CatalogFields", "difference (points, units)"),
        "province": translate("CatalogFields", "province"),
        "district": translate("CatalogFields", "district"),
        "commune": translate("CatalogFields", "commune"),
        "office": translate("CatalogFields", "office"),
    }
    return labels.get(value, value) if field in CHOICES else value


def _header(_owner, field: str) -> str:
    translate = QCoreApplication.translate
    labels = {"code": translate("CatalogFields", "Code"),
              "name_vi": translate("CatalogFields", "Vietnamese name"),
              "name_en": translate("CatalogFields", "English name"),
              "unit": translate("CatalogFields", "Unit"),
              "unit_en": translate("CatalogFields", "Unit in English"),
              "time_rule": translate("CatalogFields", "Over time"),
              "kind": translate("CatalogFields", "Kind"),
              "rollup": translate("CatalogFields", "Roll-up"),
              "change_rule": translate("CatalogFields", "Change"),
              "min_value": translate("CatalogFields", "Minimum"),
              "max_value": translate("CatalogFields", "Maximum"),
              "level": translate("CatalogFields", "Level"),
              "sector_id": translate("CatalogFields", "Sector"),
              "parent_id": translate("CatalogFields", "Parent unit"),
              "report_group": translate("CatalogFields", "Report section"),
              "report_heading": translate("CatalogFields", "Report heading")}
    return labels.get(field, field)


class RecordDialog(QDialog):
    """Add or edit one catalog record; refusals are shown in the dialog."""

    def __init__(self, *, session, runner, entity: str, record=None, parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        db = session.db
        self._entity = entity
        self._record = record
        self.setWindowTitle(self.tr("Edit") if record else self.tr("Add"))
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        for field, _header_text in COLUMNS[entity]:
            current = getattr(record, field) if record else None
            if field in CHOICES:
                widget = QComboBox(self)
                for choice in CHOICES[field]:
                    widget.addItem(choice_label(field, choice), choice)
                if current:
                    widget.setCurrentIndex(widget.findData(current))
            else:
                text = format_number(current) if isinstance(current, float) else (current or "")
                widget = QLineEdit(str(text), self)
            self.fields[field] = widget
            form.addRow(_header(self, field), widget)
        if entity == "indicator":
            widget = QComboBox(self)
            for sector in catalog.sectors(db, include_inactive=True):
                widget.addItem(labels.name(sector), sector.id)
            if record:
                widget.setCurrentIndex(widget.findData(record.sector_id))
            self.fields["sector_id"] = widget
            form.addRow(_header(self, "sector_id"), widget)
        if entity == "org_unit":
            widget = QComboBox(self)
            widget.addItem(self.tr("(none: top of the tree)"), None)
            for unit, depth in catalog.org_unit_tree(db, include_inactive=True):
                if not record or unit.id != record.id:
                    widget.addItem("    " * depth + labels.name(unit), unit.id)
            if record:
                widget.setCurrentIndex(max(0, widget.findData(record.parent_id)))
            self.fields["parent_id"] = widget
            form.addRow(_header(self, "parent_id"), widget)
        self.error = error_label(self)
        buttons = button_box(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict:
        out = {}
        for field, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[field] = widget.currentData()
            elif field in ("min_value", "max_value"):
                text = widget.text().strip()
                try:
                    out[field] = parse_number(text) if text else None
                except NumberError as exc:
                    raise CatalogError(f"{_header(self, field)}: {exc}") from None
            else:
                out[field] = widget.text()
        return out

    def accept(self):
        try:
            values = self.values()
        except CatalogError as exc:
            self.error.setText(labels.message(exc))
            return
        if self._record is None:
            done = self._runner.apply(catalog_ops.add, self._session, self._entity, on_refused=self.error.setText,
                                      **values)
        else:
            done = self._runner.apply(catalog_ops.update, self._session, self._entity, self._record.id,
                                      on_refused=self.error.setText, **values)
        if done is not None:
            super().accept()


class CatalogPage(QWidget):
    def __init__(self, *, session, runner, entity: str, parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._db = session.db
        self._entity = entity
        self.model = CatalogTableModel(db=session.db, entity=entity, parent=self)
        self.proxy = FoldingFilterProxy(self, columns=[0, 1, 2])  # the code and the two names
        self.proxy.setSourceModel(self.model)
        self.search = SearchBox(self.proxy, self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for column, width in ((1, 320), (2, 220)):  # the two names
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QVBoxLayout()
        for label, slot in ((self.tr("Add…"), self.add), (self.tr("Edit…"), self.edit),
                            (self.tr("Move up"), lambda: self.move(-1)),
                            (self.tr("Move down"), lambda: self.move(1)),
                            (self.tr("Stop / resume using"), self.toggle_active),
                            (self.tr("Delete"), self.delete)):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.view)
        left.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record_at(self.proxy.mapToSource(rows[0]).row())

    def _select(self, record_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record_at(row).id == record_id:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def add(self) -> None:
        if RecordDialog(session=self._session, runner=self._runner, entity=self._entity, parent=self).exec():
            self.model.reload()

    def edit(self) -> None:
        record = self.selected()
        if record and RecordDialog(session=self._session, runner=self._runner, entity=self._entity, record=record,
                                   parent=self).exec():
            self.model.reload()
            self._select(record.id)

    def move(self, step: int) -> None:
        record = self.selected()
        if record is None:
            return
        siblings = [self.model.record_at(r) for r in range(self.model.rowCount())]
        if self._entity == "indicator":
            siblings = [r for r in siblings if r.sector_id == record.sector_id]
        elif self._entity == "org_unit":
            siblings = [r for r in siblings if r.parent_id == record.parent_id]
        ids = [r.id for r in siblings]
        index = ids.index(record.id)
        target = index + step
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        self._runner.apply(catalog_ops.reorder, self._session, self._entity, ids, on_refused=self.message.setText)
        self.model.reload()
        self._select(record.id)

    def toggle_active(self) -> None:
        record = self.selected()
        if record:
            self._runner.apply(catalog_ops.update, self._session, self._entity, record.id, active=not record.active,
                               on_refused=self.message.setText)
            self.model.reload()
            self._select(record.id)

    def delete(self) -> None:
        record = self.selected()
        if record is None:
            return
        if catalog.has_data(self._db, self._entity, record.id):
            self.message.setText(self.tr("“%1” has data: it can only be taken out of use.").replace(
                "%1", labels.name(record)))
            return
        if confirm(self, self.tr("Delete"), self.tr("Delete “%1”?").replace("%1", labels.name(record)),
                   yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
            self._runner.apply(catalog_ops.delete, self._session, self._entity, record.id,
                               on_refused=self.message.setText)
            self.model.reload()


class CatalogDialog(QDialog):
    def __init__(self, *, session, runner, language: str = "vi", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catalog"))
        self.pages = QTabWidget(self)
        pages = {"session": session, "runner": runner, "parent": self}
        self.sector_page = CatalogPage(entity="sector", **pages)
        self.indicator_page = CatalogPage(entity="indicator", **pages)
        self.org_unit_page = CatalogPage(entity="org_unit", **pages)
        self.pages.addTab(self.sector_page, self.tr("Sectors"))
        self.pages.addTab(self.indicator_page, self.tr("Indicators"))
        self.pages.addTab(self.org_unit_page, self.tr("Org units"))
        self._session, self._runner = session, runner
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import from a file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = buttons.addButton(self.tr("Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1100, 640)

    def import_file(self) -> None:
        """A workbook or one CSV: its preview first, written only on Import, all or nothing."""
        from PySide6.QtWidgets import QFileDialog

        from ui.catalog_import_dialog import CatalogImportDialog

        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import the catalog"), "",
                                                    self.tr("Catalog (*.xlsx *.csv)"))
        if not path:
            return
        found = self._runner.apply(catalog_ops.plan_import, self._session, path, on_refused=self.message.setText,
                                   parent=self)
        if found is None or not CatalogImportDialog(found, self).exec():
            return
        if self._runner.apply(catalog_ops.import_catalog, self._session, path, on_refused=self.message.setText,
                              parent=self) is not None:
            for page in (self.sector_page, self.indicator_page, self.org_unit_page):
                page.model.reload()
            self.message.setText(self.tr("Catalog imported from %1: %2.").replace("%1", found.source)
                                 .replace("%2", labels.message(found.summary())))

    def export_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the catalog"), "danh-muc.xlsx",
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        count = self._runner.apply(catalog_ops.export_catalog, self._session, path, on_refused=self.message.setText,
                                   parent=self)
        if count is not None:
            self.message.setText(self.tr("%1 records written to %2.").replace("%1", str(count)).replace("%2", path))
