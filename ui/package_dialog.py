"""Importing a data package: the preview (new, changed, conflicting, identical),
each conflict side by side with a choice, then all or nothing."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from models.exchange.packages import CONFLICT, Package
from ops import exchange
from widgets.dialogs import error_label
from ui.checks_panel import ChecksPanel
from ui import labels


def _brief(data: dict | None) -> str:
    if not data:
        return "—"
    shown = {k: v for k, v in data.items() if k not in ("uid", "updated_at", "updated_by", "search", "sample")}
    # What differs most often first, so that both sides show it before the text is cut.
    first = ("value", "status", "note")
    shown = dict(sorted(shown.items(), key=lambda kv: first.index(kv[0]) if kv[0] in first else len(first)))
    return json.dumps(shown, ensure_ascii=False)[:160]


class PackageDialog(QDialog):
    """After it closes, ``outcome`` says what happened (empty when the user just closed it)."""

    def __init__(self, *, session, runner, package: Package, items: list, checks: list | None = (),
                 trust_new: bool = False, parent=None):
        super().__init__(parent)
        self._session, self._runner, self._package = session, runner, package
        self._trust_new = trust_new  # the unit's first package: its key is kept as trusted on import
        manifest = package.manifest
        self.setWindowTitle(self.tr("Import a data package"))
        states = {}
        for item in items:
            states[item.state] = states.get(item.state, 0) + 1
        words = {"new": self.tr("new"), "changed": self.tr("changed"), "conflict": self.tr("conflicting"),
                  "identical": self.tr("identical")}
        summary = QLabel(self.tr("From %1, period %2, made %3: %4").replace("%1", manifest["origin"])
                         .replace("%2", labels.period(manifest["period"])).replace("%3", labels.moment(manifest["created_at"]))
                         .replace("%4", ", ".join(f"{count} {words.get(state, state)}"
                                                  for state, count in sorted(states.items()))), self)
        summary.setWordWrap(True)
        self.conflicts = [i for i in items if i.state == CONFLICT]
        self.table = QTableWidget(len(self.conflicts), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Ours"), self.tr("Theirs"), self.tr("Keep")])
        self.choices: list[QComboBox] = []
        for row, item in enumerate(self.conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(item.label))
            self.table.setItem(row, 1, QTableWidgetItem(_brief(item.ours)))
            self.table.setItem(row, 2, QTableWidgetItem(_brief(item.theirs)))
            choice = QComboBox(self)
            choice.addItem(self.tr("— choose —"), None)
            choice.addItem(self.tr("ours"), "ours")
            choice.addItem(self.tr("theirs"), "theirs")
            self.table.setCellWidget(row, 3, choice)
            self.choices.append(choice)
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 220), (1, 240), (2, 240)):  # the choice stays in view; full text as tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        for row in range(self.table.rowCount()):
            for column in (0, 1, 2):
                self.table.item(row, column).setToolTip(self.table.item(row, column).text())
        self.table.setVisible(bool(self.conflicts))
        self.checks = ChecksPanel(list(checks) if checks is not None else None, self)
        self.message = error_label(self)
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.run)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(self.checks)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 460 if self.conflicts or checks else 160)
        self.taken = 0
        self.outcome = ""

    def run(self) -> None:
        resolutions = {f"{item.kind}:{item.key}": choice.currentData()
                       for item, choice in zip(self.conflicts, self.choices) if choice.currentData()}
        # A backup of the whole file comes first; all on the runner, one transaction.
        self.import_button.setEnabled(False)
        self._runner.run(lambda progress: exchange.import_package(self._session, self._package,
                                                                  resolutions=resolutions, progress=progress,
                                                                  trust_new=self._trust_new),
                         label=self.tr("Importing…"), on_done=self._imported, on_refused=self._refused,
                         on_cancelled=self._cancelled, on_over=self._over, parent=self)

    def _imported(self, changes) -> None:
        self.taken = changes.count
        self.outcome = self.tr("%1 records imported from the package").replace("%1", str(changes.count))
        self.accept()

    def _cancelled(self) -> None:
        self.outcome = self.tr("Import cancelled: nothing was written")
        self.reject()

    def _refused(self, message: str) -> None:
        self.message.setText(message)

    def _over(self) -> None:
        self.import_button.setEnabled(True)
