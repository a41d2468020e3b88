"""Asking where to export, writing the file off the UI thread, and saying how it went.

A list of 100,000 violations takes openpyxl about fourteen seconds to write:
the window must not freeze meanwhile, so every export runs on the caller's
TaskRunner, with a progress dialog after half a second. The file is written
beside its target under a temporary name and takes the target's place only
when complete: a failed or cancelled export leaves whatever was there.
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def export_with_dialog(parent: QWidget, *, suggested: str, export_to: Callable[..., int],
                       report: Callable[[str], None], tasks, db=None, filter_: str = "Excel (*.xlsx)",
                       title: str | None = None, done: Callable[[str, object], str] | None = None) -> bool:
    """Ask for a file name, then write it on a worker and ``report`` what happened.

    With ``db``, ``export_to(connection, path)`` runs on a connection of the worker's
    own (an in-memory database is used here, at once); without, ``export_to(path)``
    must need nothing of the UI thread. It returns the count of rows written, or
    whatever ``done(path, result)`` turns into the message. False when nothing started.
    """
    translate = QCoreApplication.translate
    path, _filter = QFileDialog.getSaveFileName(parent, title or translate("Export", "Export to Excel"),
                                                suggested, filter_)
    if not path:
        return False

    target = pathlib.Path(path)  # the suffix stays last: some writers choose the format by it
    partial = str(target.with_name(f"{target.stem}.{os.getpid()}.part{target.suffix}"))

    def discard() -> None:
        try:
            os.remove(partial)
        except OSError:
            pass

    def succeeded(result) -> None:
        try:
            os.replace(partial, path)
        except OSError as exc:
            discard()
            QMessageBox.warning(parent, translate("Export", "Could not export"), f"{path}: {exc}")
            return
        report(done(path, result) if done else translate("Export", "%1 rows exported to %2")
               .replace("%1", str(result)).replace("%2", path))

    def failed(exc: Exception, _details: str = "") -> None:
        discard()
        if not isinstance(exc, OSError):
            raise exc  # a bug: the error dialog and the log take it
        QMessageBox.warning(parent, translate("Export", "Could not export"), f"{path}: {exc}")

    label = translate("Export", "Writing %1…").replace("%1", target.name)
    callbacks = {"on_success": succeeded, "on_failure": failed, "on_cancelled": discard, "label": label,
                 "cancel_text": translate("Export", "Cancel")}
    if db is not None:
        from models.database import file_of

        return tasks.run_on_database(db, file_of(db), lambda connection: export_to(connection, partial),
                                     **callbacks)
    return tasks.run(lambda: export_to(partial), **callbacks)
