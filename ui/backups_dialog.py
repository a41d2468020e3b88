"""The Backups dialog: the backups of the open database; back up now; restore one.

Restoring closes the database first: the dialog hands the chosen backup to
``restore`` (the shell), which keeps the current file aside, puts the backup
in place and opens it again.
"""

from __future__ import annotations

import datetime as dt

from collections.abc import Callable

from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from models import backup
from models.numbers import format_number
from ops import safety
from ui.runner import Runner
from widgets.dialogs import confirm


def back_up_when_changed(window, reason: str) -> bool:
    """The backups at start and every 30 minutes: when something changed since the newest, on
    a worker with its own connection (a file of hundreds of MB, with its photos, takes seconds
    the window must not freeze for), beside the user's own work and without a progress box.
    A failure is logged and shown in the status bar. False while the previous backup still
    runs: the next turn takes it."""
    from ops.logs import log

    def done(taken) -> None:
        if taken is not None:
            log.info("backup taken (%s)", reason)

    def failed(message: str) -> None:
        log.error("backup failed: %s", message)  # a failed backup must be seen, not fatal
        window.show_status(message)

    return window.background.run(lambda _progress: safety.back_up_if_changed(window.session, reason),
                                 on_done=done, on_refused=failed, label=None)


class BackupsDialog(QDialog):
    def __init__(self, *, session, restore: Callable[[backup.Backup], None], parent=None):
        super().__init__(parent)
        self._session = session
        self._path = session.path
        self._restore = restore
        self.runner = Runner(self)
        self.setWindowTitle(self.tr("Backups"))
        self.folder = QLabel(self)
        self.folder.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Size (KB)"), self.tr("Why")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        now = QPushButton(self.tr("Back up now"), self)
        now.clicked.connect(self.back_up_now)
        self.restore_button = restore_button = QPushButton(self.tr("Restore…"), self)
        restore_button.clicked.connect(self.restore_selected)
        from models import access

        if not access.allowed(session.db, "restore"):  # an administrator's: it replaces every account too
            restore_button.setEnabled(False)
            restore_button.setToolTip(self.tr("Only an administrator may restore a backup"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(now)
        buttons.addWidget(restore_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(620, 460)
        self.reload()

    def _reasons(self) -> dict[str, str]:
        return {"start": self.tr("at start"), "timer": self.tr("every 30 minutes"),
                "migration": self.tr("before a schema upgrade"), "import": self.tr("before an import"),
                "repair": self.tr("before a repair"), "manual": self.tr("by hand"),
                "restore": self.tr("before a restore")}

    def reload(self) -> None:
        self.backups = backup.list_backups(self._path)
        total = sum(b.size for b in self.backups)
        self.folder.setText(self.tr("Folder: %1").replace("%1", str(backup.backup_dir(self._path))) + "\n"
                            + self.tr("%1 backups take %2 MB; the last five taken before an import are kept, "
                                      "besides today's and yesterday's and one a day, week and month before")
                            .replace("%1", str(len(self.backups)))
                            .replace("%2", format_number(round(total / 1024 / 1024, 1))))
        reasons = self._reasons()
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            for column, text in enumerate((item.taken_at.strftime("%d/%m/%Y %H:%M:%S"),
                                           format_number(round(item.size / 1024)),
                                           reasons.get(item.reason, item.reason))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def back_up_now(self) -> None:
        """On a worker, with a progress box after half a second (a large file takes seconds)."""
        def done(path) -> None:
            self.reload()
            size = next((b.size for b in self.backups if b.path == path), 0)
            self.message.setText(self.tr("Backed up at %1 (%2 KB)")
                                 .replace("%1", dt.datetime.now().strftime("%H:%M"))
                                 .replace("%2", format_number(round(size / 1024))))
            self.table.selectRow(0)

        self.runner.run(lambda _progress: safety.back_up(self._session, "manual"), on_done=done,
                        on_refused=self.message.setText, label=self.tr("Backing up…"), parent=self)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.backups[rows[0].row()]
        if confirm(self, self.tr("Restore"),
                   self.tr("Replace the database with the backup of %1? The current file is kept aside first.")
                   .replace("%1", chosen.taken_at.strftime("%d/%m/%Y %H:%M")),
                   yes_text=self.tr("Restore"), no_text=self.tr("Cancel")):
            self.accept()
            self._restore(chosen)
