"""Importing a template or a long table: a preview of what will be written and
of every bad cell, then all rows, only the valid ones, or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from models.exchange.importing import ImportResult, apply
from ui.tasks import TaskRunner
from widgets.dialogs import error_label


class ImportDialog(QDialog):
    def __init__(self, *, db, db_path: str | None, result: ImportResult, parent=None):
        super().__init__(parent)
        self._db, self._path, self.result = db, db_path, result
        self.setWindowTitle(self.tr("Import %1").replace("%1", result.source))
        summary = QLabel(self.tr("%1 figures and %2 activities can be imported; %3 problems.")
                         .replace("%1", str(len(result.changes))).replace("%2", str(len(result.activities)))
                         .replace("%3", str(len(result.problems))), self)
        self.table = QTableWidget(len(result.problems), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, problem in enumerate(result.problems):
            for column, text in enumerate((problem.sheet, str(problem.row or ""), problem.column or "",
                                           problem.reason)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(result.problems))
        self.message = error_label(self)
        buttons = QDialogButtonBox(self)
        self.all_button = QPushButton(self.tr("Import"), self)
        self.valid_button = QPushButton(self.tr("Import only the valid rows"), self)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.valid_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        nothing = not result.changes and not result.activities
        self.all_button.setEnabled(result.ok and not nothing)
        self.valid_button.setVisible(not result.ok)
        self.valid_button.setEnabled(not nothing)
        self.all_button.clicked.connect(lambda: self.run(valid_only=False))
        self.valid_button.clicked.connect(lambda: self.run(valid_only=True))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 420 if result.problems else 160)
        self.written = 0
        self.runner = TaskRunner(self)

    def run(self, *, valid_only: bool) -> None:
        # Writing 100,000 rows takes seconds: on a worker when the database is a file, one transaction.
        for button in (self.all_button, self.valid_button):
            button.setEnabled(False)
        self.runner.run_on_database(self._db, self._path,
                                    lambda db: apply(db, self.result, valid_only=valid_only, db_path=self._path),
                                    on_success=self._written, on_failure=self._refused,
                                    label=self.tr("Importing…"), cancel_text=self.tr("Cancel"))

    def _written(self, count: int) -> None:
        self.written = count
        self.accept()

    def _refused(self, exc: Exception, _details: str = "") -> None:
        if not isinstance(exc, (PermissionError, ValueError, OSError)):  # approved, not allowed, refused, disk
            raise exc
        self.all_button.setEnabled(self.result.ok)
        self.valid_button.setEnabled(True)
        self.message.setText(str(exc))
