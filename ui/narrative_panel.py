"""The sector's report text for the period, in three parts, saved as typed.

Each part is saved a moment after typing stops, when the scope changes and
when the window closes (:meth:`flush`), so an edit is never lost.

Signals:
    saved(str): a part was stored; the text says when.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from models import access, approvals
from models.narratives import get_narrative, save_narrative

SAVE_DELAY_MS = 800


class NarrativeEditor(QPlainTextEdit):
    """One part of the text (results, difficulties or tasks)."""

    saved = Signal(str)

    def __init__(self, *, db, sector_id: int, part: str, parent=None):
        super().__init__(parent)
        self._db = db
        self._sector_id = sector_id
        self._part = part
        self._scope: tuple[int, str] | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._edited)
        self.setTabChangesFocus(True)
        self.setReadOnly(not access.allowed("edit_text"))

    def set_scope(self, org_unit_id: int, period: str) -> None:
        self.flush()
        self._scope = (org_unit_id, period)
        body = get_narrative(self._db, self._sector_id, org_unit_id, period)[self._part]
        locked = approvals.current(self._db, org_unit_id, period) is not None
        self.setReadOnly(locked or not access.allowed("edit_text"))
        self.blockSignals(True)
        self.setPlainText(body)
        self.blockSignals(False)
        self._dirty = False

    def _edited(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Save now if there are unsaved edits."""
        self._timer.stop()
        if not self._dirty or self._scope is None:
            return
        try:
            save_narrative(self._db, self._sector_id, *self._scope, self._part, self.toPlainText())
        except PermissionError as exc:  # approved meanwhile, or not allowed: keep the text on screen
            self.saved.emit(str(exc))
            return
        self._dirty = False
        self.saved.emit(self.tr("Text saved at %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))
