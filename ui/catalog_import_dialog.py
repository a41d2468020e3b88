"""What a catalog file would change, before anything is written: added, changed, retired, or
every problem by sheet, row and column (then only Close)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ui import labels


class CatalogImportDialog(QDialog):
    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import the catalog from %1").replace("%1", plan.source))
        if plan.problems:
            text = self.tr("%1 problems: nothing can be imported until the file is corrected.").replace(
                "%1", str(len(plan.problems)))
            rows = [(p.sheet, str(p.row or ""), p.column or "", labels.message(p.reason)) for p in plan.problems]
            headers = [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        else:
            text = (self.tr("Nothing to change: the catalog already holds this file.") if plan.empty else
                    self.tr("%1 to add, %2 to change, %3 of them retired.").replace("%1", str(len(plan.added)))
                    .replace("%2", str(len(plan.changed))).replace("%3", str(len(plan.retired))))
            retired = set(plan.retired)
            rows = [(self.tr("add"), table, code, "") for table, code in plan.added]
            rows += [(self.tr("retire") if (table, code) in retired else self.tr("change"), table, code,
                      "; ".join(f"{field}: {before if before not in (None, '') else '—'} → "
                                f"{after if after not in (None, '') else '—'}"
                                for field, (before, after) in diff.items()))
                     for table, code, diff in plan.changed]
            headers = [self.tr("What"), self.tr("Table"), self.tr("Code"), self.tr("Fields")]
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, cells in enumerate(rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(rows))
        buttons = QDialogButtonBox(self)
        self.import_button = None
        if plan.ok and not plan.empty:
            self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel") if self.import_button else self.tr("Close"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 460 if rows else 140)
