"""Writes the grid's figures through ops.figures, with undo and redo where the user is.

Every edit of the grid, a single cell or a pasted block, becomes one transaction and
one entry of the undo stack, labelled with the indicator's name. Undoing or redoing
first shows the figure (its tab, org unit and period, its cell selected: ``locate``),
then writes the values that were there before, again in one transaction: Ctrl+Z on one
tab never silently changes another. An import or package clears the stack (its undo
would no longer know what it restores).

Signals:
    saved(str): a write was committed; the text says what.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.values import Change
from ops import figures
from ops.changes import IMPORTED

# Where a figure is: (sector id, org unit id, period, indicator id, column of the grid).
Place = tuple[int, int, str, int, int]


class _FiguresCommand(QUndoCommand):
    def __init__(self, writer: "ValueWriter", before: list[Change], after: list[Change], text: str, place: Place):
        super().__init__(text)
        self._writer, self._before, self._after, self._place = writer, before, after, place
        self._done = True  # pushed after the first write succeeded

    def redo(self):
        if self._done:
            self._done = False
            return
        self._writer.replay(self._after, self._place)

    def undo(self):
        self._writer.replay(self._before, self._place)


class ValueWriter(QObject):
    saved = Signal(str)

    def __init__(self, *, session, runner, undo_stack: QUndoStack, locate: Callable[..., None], parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._stack = undo_stack
        self._locate = locate
        runner.changed.connect(self._forget_after_import)

    def apply(self, before: list[Change], after: list[Change], text: str, place: Place, *,
              on_refused: Callable[[str], None]) -> bool:
        """Write ``after``; on success push an undo entry named ``text`` that restores ``before``."""
        if not self._write(after, on_refused):
            return False
        self._stack.push(_FiguresCommand(self, before, after, text, place))
        return True

    def replay(self, changes: list[Change], place: Place) -> None:
        """An undo or redo: show the figure first, then write."""
        self._locate(*place)
        self._write(changes, None)

    def _write(self, changes: list[Change], on_refused) -> bool:
        if self._runner.apply(figures.write_figures, self._session, changes, on_refused=on_refused) is None:
            return False
        self.saved.emit(self.tr("Saved at %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))
        return True

    def _forget_after_import(self, changes) -> None:
        if changes.touches(IMPORTED) and self._stack.count():
            self._stack.clear()
            self.saved.emit(self.tr("Imported: the earlier edits can no longer be undone"))
