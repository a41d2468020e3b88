"""Writes indicator values through models/, with undo and redo.

Every edit of the grid, a single cell or a pasted block, becomes one
transaction and one entry of the undo stack. Undo writes the values that
were there before (or removes the ones that were not), again in one
transaction.

Signals:
    saved(str): a write was committed; the text says what.
    failed(str): a write was refused; nothing was stored.
    changed(): stored values changed; views reload.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.values import ValidationError, ValueChange, write_values


class _ValuesCommand(QUndoCommand):
    def __init__(self, writer: "ValueWriter", before, after, text):
        super().__init__(text)
        self._writer = writer
        self._before = before
        self._after = after
        self._done = True  # pushed after the first write succeeded

    def redo(self):
        if self._done:
            self._done = False
            return
        self._writer.write(self._after)

    def undo(self):
        self._writer.write(self._before)


class ValueWriter(QObject):
    saved = Signal(str)
    failed = Signal(str)
    changed = Signal()

    def __init__(self, *, db, undo_stack: QUndoStack, user: str = "", parent=None):
        super().__init__(parent)
        self._db = db
        self._stack = undo_stack
        self._user = user

    def apply(self, before: list[ValueChange], after: list[ValueChange], text: str) -> bool:
        """Write ``after``; on success push an undo entry that restores ``before``."""
        if not self.write(after):
            return False
        self._stack.push(_ValuesCommand(self, before, after, text))
        return True

    def write(self, changes: list[ValueChange]) -> bool:
        try:
            write_values(self._db, changes, user=self._user)
        except (ValidationError, PermissionError) as exc:  # refused, approved or not allowed
            self.failed.emit(str(exc))
            self.changed.emit()
            return False
        self.changed.emit()
        self.saved.emit(self.tr("Saved at %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))
        return True
