"""A progress dialog that appears only when work takes longer than a moment."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

SHOW_AFTER_MS = 500


class DelayedProgress(QProgressDialog):
    """Busy indicator with a Cancel button, shown after SHOW_AFTER_MS."""

    def __init__(self, label: str, cancel_text: str, parent=None):
        super().__init__(label, cancel_text, 0, 0, parent)
        self.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.show)
        self._timer.start(SHOW_AFTER_MS)

    def finish(self) -> None:
        self._timer.stop()
        self.hide()
        self.deleteLater()
