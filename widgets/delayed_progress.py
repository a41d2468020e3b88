"""A progress dialog that appears only when work takes longer than a moment."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QProgressDialog

SHOW_AFTER_MS = 500


class DelayedProgress(QProgressDialog):
    """Busy indicator with a Cancel button, shown by Qt after SHOW_AFTER_MS.

    Qt's own timer decides when to show it (``minimumDuration``, started by
    ``setValue``); :meth:`finish` stops that timer before hiding. Qt starts the
    same timer, at four seconds, when the dialog is made: a dialog shown and
    hidden by other means came back four seconds after its work began, over
    whatever the work had opened next.
    """

    def __init__(self, label: str, cancel_text: str, parent=None):
        super().__init__(label, cancel_text, 0, 0, parent)
        self.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setValue(0)  # (re)starts Qt's show timer with that delay

    def finish(self) -> None:
        self.reset()  # stops Qt's show timer
        self.hide()
        self.deleteLater()
