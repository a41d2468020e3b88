"""Importing a template or a long table: a preview of what will be written, of every bad
cell, and of what the figure checks would find once written (warnings: never a refusal);
then all rows, only the valid ones, or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from models.exchange.importing import ImportResult
from ops import exchange
from ui.checks_panel import ChecksPanel
from ui.labels import message
from widgets.dialogs import error_label


class ImportDialog(QDialog):
    """After it closes, ``outcome`` says what happened (empty when the user just closed it)."""

    def __init__(self, *, session, runner, result: ImportResult, parent=None):
        super().__init__(parent)
        self._session, self._runner, self.result = session, runner, result
        self.setWindowTitle(self.tr("Import %1").replace("%1", result.source))
        summary = QLabel(self.tr("%1 figures and %2 activities can be imported; %3 problems.")
                         .replace("%1", str(len(result.changes))).replace("%2", str(len(result.activities)))
                         .replace("%3", str(len(result.problems))), self)
        self.table = QTableWidget(len(result.problems), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, problem in enumerate(result.problems):
            for column, text in enumerate((problem.sheet, str(problem.row or ""), problem.column or "",
                                           message(problem.reason))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(result.problems))
        self.checks = ChecksPanel(result.checks, self)
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
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 420 if result.problems or result.checks else 160)
        self.written = 0
        self.outcome = ""

    def run(self, *, valid_only: bool) -> None:
        """Write on the runner (100,000 rows take seconds), one transaction; Cancel rolls it back."""
        for button in (self.all_button, self.valid_button):
            button.setEnabled(False)
        self._runner.run(lambda progress: exchange.import_spreadsheet(self._session, self.result,
                                                                      valid_only=valid_only, progress=progress),
                         label=self.tr("Importing…"), on_done=self._written, on_refused=self._refused,
                         on_cancelled=self._cancelled, on_over=self._over, parent=self)

    def _written(self, changes) -> None:
        self.written = changes.count
        self.outcome = self.tr("%1 rows imported").replace("%1", str(changes.count))
        self.accept()

    def _cancelled(self) -> None:
        self.outcome = self.tr("Import cancelled: nothing was written")
        self.reject()

    def _refused(self, message: str) -> None:
        self.message.setText(message)

    def _over(self) -> None:
        nothing = not self.result.changes and not self.result.activities
        self.all_button.setEnabled(self.result.ok and not nothing)
        self.valid_button.setEnabled(not nothing)
