"""An item delegate that refuses bad input in place, with the reason.

The delegate is given ``check(index, text) -> str | None``; when the user
presses Enter or Tab with text that ``check`` refuses, the editor stays open,
turns red and shows the reason as a tooltip, and ``refused`` is emitted so
the screen can show it too. Nothing reaches the model. A cell for which
``choices(index)`` gives a list is edited with a drop-down of those words.

Signals:
    refused(QModelIndex, str): input at the index was refused, with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QToolTip


class ValidatingDelegate(QStyledItemDelegate):
    refused = Signal(QModelIndex, str)

    def __init__(self, check: Callable[[QModelIndex, str], str | None], parent=None, *,
                 choices: Callable[[QModelIndex], list[str] | None] = lambda _index: None):
        super().__init__(parent)
        self._check = check
        self._choices = choices
        self._editing: dict[int, QModelIndex] = {}

    def createEditor(self, parent, option, index):
        words = self._choices(index)
        if words:
            editor = QComboBox(parent)
            editor.addItems(words)
            return editor
        editor = QLineEdit(parent)
        editor.setFrame(False)
        self._editing[id(editor)] = QModelIndex(index)
        editor.destroyed.connect(lambda *_a, key=id(editor): self._editing.pop(key, None))
        return editor

    def setEditorData(self, editor, index):
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(text)))
            return
        editor.setText(text)

    def setModelData(self, editor, model, index):
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        problem = self._check(index, text)
        if problem:
            # Focus left the cell with bad text: nothing is stored.
            self.refused.emit(index, problem)
            return
        model.setData(index, text, Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab
        ):
            index = self._editing.get(id(editor))
            if index is not None:
                problem = self._check(index, editor.text())
                if problem:
                    editor.setStyleSheet("background: #fde2e1; color: #8a1111;")
                    QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), problem, editor)
                    self.refused.emit(index, problem)
                    return True
        return super().eventFilter(editor, event)
