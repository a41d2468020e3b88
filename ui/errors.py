"""Logs, damaged settings, and errors nobody expected.

Logs rotate in the user's data folder (logs/tttt.log, 1 MB, 5 files). A
settings file Qt cannot read is logged, set aside and replaced. An
unexpected error is logged with its traceback and shown in a dialog whose
details can be copied; the program keeps running.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import pathlib
import sys
import traceback

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("tttt")


def setup_logging(folder: pathlib.Path) -> pathlib.Path:
    """Rotating log file in ``folder``/logs; returns its path."""
    import logging.handlers  # only when the log file is set up, after the window shows

    logs = folder / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / "tttt.log"
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


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


def install_excepthook() -> None:
    """Log every uncaught exception and show it; the event loop goes on."""

    def hook(kind, value, tb):
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Errors", "Unexpected error"),
                          QApplication.translate("Errors", "Something went wrong; your saved work is safe. "
                                                           "The details below are also in the log file."))
        box.setInformativeText(str(value))
        box.setDetailedText(details)  # selectable, so it can be copied into a message
        box.exec()

    sys.excepthook = hook
