"""Logs, damaged settings, and errors nobody expected.

Logs rotate in the user's data folder (logs/tttt.log, 1 MB, 5 files). A
settings file Qt cannot read is logged, set aside and replaced. An
unexpected error is logged with its traceback and shown in a dialog whose
details can be copied; the program keeps running.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import sys
import traceback

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ops.logs import log, setup_logging  # noqa: F401 (the window's log is the program's)

def tolerant_settings(path: pathlib.Path) -> QSettings:
    """QSettings on ``path``; a file Qt cannot read is logged, set aside and started afresh."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.value("language")  # reading makes Qt parse the file
    if settings.status() != QSettings.Status.NoError:
        kept = path.with_name(f"{path.name}.corrupt-{dt.datetime.now():%Y%m%d-%H%M%S}")
        log.warning("settings file %s unreadable (%s); kept as %s, starting afresh", path, settings.status(), kept)
        del settings
        os.replace(path, kept)
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    return settings


def show_refusal(parent, message: str) -> None:
    """A user's error that no screen shows in place: its message, in a box."""
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("Errors", "Not done"), message,
                      parent=parent)
    box.addButton(QApplication.translate("Errors", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_bug(parent, exc: BaseException, details: str) -> None:
    """A bug: logged with its traceback, shown as unexpected with where the log is."""
    from ops.logs import log_path

    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    where = log_path()
    text = QApplication.translate("Errors", "Something went wrong; your saved work is safe.")
    if where is not None:
        text += " " + QApplication.translate("Errors", "The details are in the log file %1.").replace("%1", str(where))
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Errors", "Unexpected error"), text,
                      parent=parent)
    box.setInformativeText(str(exc))
    box.setDetailedText(details)  # selectable, so it can be copied into a message
    box.addButton(QApplication.translate("Errors", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def install_excepthook() -> None:
    """Every uncaught exception is a bug: logged and shown; the event loop goes on."""

    def hook(kind, value, tb):
        show_bug(None, value, "".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = hook
