"""The Register page: the documents issued (sổ văn bản đi), filtered by year and type, each
reprinted exactly as issued."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from models import register
from ops import reports
from ops.changes import REGISTER
from ui import labels
from widgets.dialogs import error_label


class RegisterPage(QWidget):
    status = Signal(str)

    def __init__(self, *, session, runner, scope, parent=None):
        super().__init__(parent)
        self._session, self._runner, self._db = session, runner, session.db
        self._stale = True
        self.year = QComboBox(self)
        self.year.setObjectName("registerYear")
        self.kind = QComboBox(self)
        self.kind.setObjectName("registerType")
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("registerTable")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Date"), self.tr("Summary"),
                                              self.tr("Signer"), self.tr("Recipients"), self.tr("Issued by"),
                                              self.tr("Digest of the PDF")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reprint_button = QPushButton(self.tr("Reprint as issued…"), self)
        self.reprint_button.clicked.connect(self.reprint)
        self.message = error_label(self)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Year"), self.year), (self.tr("Type"), self.kind)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.year.currentIndexChanged.connect(lambda _i: self._fill())
        self.kind.currentIndexChanged.connect(lambda _i: self._fill())

    def on_changes(self, changes) -> None:
        if changes.touches(REGISTER):
            self._stale = True

    def refresh(self) -> None:
        if not self._stale:
            return
        self._stale = False
        everything = register.entries(self._db)
        for combo, values in ((self.year, sorted({e.year for e in everything}, reverse=True)),
                              (self.kind, sorted({e.doc_type for e in everything}))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        self.entries = register.entries(self._db, year=self.year.currentData(), doc_type=self.kind.currentData())
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry.number_text, labels.day(entry.issued_on), entry.summary, entry.signer,
                                           "; ".join(entry.recipients), entry.issued_by, entry.pdf_sha256[:16])):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.reprint_button.setEnabled(bool(self.entries))

    def reprint(self, path: str | None = None) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose the document to reprint in the list"))
            return False
        entry = self.entries[rows[0].row()]
        if not path:
            suggested = f"{entry.number_text.replace('/', '-')}-{entry.issued_on}.pdf"
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Reprint as issued"), suggested, "PDF (*.pdf)")
            if not path:
                return False
        if self._runner.apply(reports.reprint, self._session, entry.id, path, on_refused=self.message.setText) is None:
            return False
        self.message.clear()
        self.status.emit(self.tr("%1 written as issued on %2").replace("%1", path).replace(
            "%2", dt.date.fromisoformat(entry.issued_on).strftime("%d/%m/%Y")))
        return True
