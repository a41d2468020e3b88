"""Asking where to export, writing the file off the UI thread, and saying how it went.

A list of 100,000 violations takes openpyxl about fourteen seconds to write: the window
must not freeze meanwhile, so every export runs on the window's runner, with a progress
box after half a second. The file is written beside its target under a temporary name
and takes the target's place only when complete: a failed or cancelled export leaves
whatever was there.
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from models.errors import StorageError


def export_with_dialog(parent: QWidget, *, suggested: str, write: Callable[[str], object], runner,
                       report: Callable[[str], None], filter_: str = "Excel (*.xlsx)", title: str | None = None,
                       done: Callable[[str, object], str] | None = None) -> bool:
    """Ask for a file name, then ``write(path)`` on a worker and ``report`` what happened.

    ``write`` must need nothing of the UI thread (an operation reading through the session
    uses a connection of the worker's own). It returns the count of rows written, or
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

    def work(progress):
        try:
            result = write(partial)
            progress.step()  # cancelled meanwhile: the target stays as it was
            os.replace(partial, path)
        except OSError as exc:  # a full disk, a folder without the right: the message names the file
            discard()
            raise StorageError(f"{path}: {exc.strerror or exc}") from exc
        except BaseException:
            discard()
            raise
        return result

    def succeeded(result) -> None:
        report(done(path, result) if done else translate("Export", "%1 rows exported to %2")
               .replace("%1", str(result)).replace("%2", path))

    return runner.run(work, label=translate("Export", "Writing %1…").replace("%1", target.name),
                      on_done=succeeded, on_cancelled=discard, parent=parent)
