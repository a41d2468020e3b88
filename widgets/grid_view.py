"""A spreadsheet-like table view: Enter moves down, Tab to the next cell that takes typing,
Ctrl+V pastes a block.

Signals:
    pasteRequested(QModelIndex, list[list[str]]): a block of text was
        pasted at the index (rows of tab-separated cells, as Excel copies).
    typedIntoReadOnly(QModelIndex): a key that would type was pressed on a cell that takes
        no typing (the screen says why, where the user is looking).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text copied out of a spreadsheet."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.split("\t") for line in text.split("\n")]


class GridView(QTableView):
    pasteRequested = Signal(QModelIndex, list)
    typedIntoReadOnly = Signal(QModelIndex)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)

    def closeEditor(self, editor, hint):
        # Enter in an editor: commit, then move down like a spreadsheet.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
            return
        current = self.currentIndex()
        if (event.text().strip() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
                and current.isValid() and not current.flags() & Qt.ItemFlag.ItemIsEditable):
            self.typedIntoReadOnly.emit(current)
            return
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers):
        # Tab and Shift+Tab go to the next (previous) cell that takes typing, row after row.
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        model, current = self.model(), self.currentIndex()
        columns, rows = model.columnCount(), model.rowCount()
        if not current.isValid() or not rows:
            return super().moveCursor(action, modifiers)
        position = current.row() * columns + current.column()
        for step in range(1, rows * columns):
            at = (position + (step if forward else -step)) % (rows * columns)
            candidate = model.index(at // columns, at % columns)
            if candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                return candidate
        return current  # nothing takes typing (an approved period): stay

    def _move_down(self):
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def paste(self, text: str | None = None):
        """Paste ``text`` (default: the clipboard) at the current cell."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        if not text or not self.currentIndex().isValid():
            return
        self.pasteRequested.emit(self.currentIndex(), parse_block(text))

    def copy_selection(self):
        """Copy the selected block as tab-separated text."""
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in rows.values()))
