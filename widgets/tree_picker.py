"""A combo box over a tree flattened to indented rows, searchable.

Typing filters the list with diacritics ignored ("cho don" finds
"Huyện Chợ Đồn").

Signals:
    itemChosen(object): the id of the newly chosen item.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from widgets.search import FoldingFilterProxy


class TreePicker(QComboBox):
    itemChosen = Signal(object)  # the id: an int for org units, a code (str) elsewhere

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(22)
        proxy = FoldingFilterProxy(self)
        proxy.setSourceModel(self.model())
        completer = QCompleter(self)
        completer.setModel(proxy)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.lineEdit().textEdited.connect(proxy.set_query)
        completer.activated.connect(self._chosen_text)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self._changed)
        self._names: dict[int, str] = {}

    def set_items(self, items: list[tuple[int, str, int]], current: int | None = None, *,
                  select_first: bool = True) -> None:
        """Fill with (id, name, depth) rows in tree order and select ``current`` (else the first
        row, or none without ``select_first``). Tells the item chosen, unless the caller has
        blocked this picker's signals."""
        blocked = self.blockSignals(True)
        self.clear()
        self._names = {}
        for item_id, name, depth in items:
            self.addItem("    " * depth + name, item_id)
            self._names[item_id] = name
        self.blockSignals(blocked)
        index = self.findData(current) if current is not None else (0 if select_first else -1)
        self.setCurrentIndex(max(index, 0) if select_first else index)
        self._changed()

    def current_id(self) -> int | None:
        return self.currentData()

    def set_current_id(self, item_id: int) -> None:
        index = self.findData(item_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def _chosen_text(self, text: str) -> None:
        index = self.findText(text, QtCore.Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)

    def _changed(self, *_args) -> None:
        if self.currentIndex() >= 0:
            self.itemChosen.emit(self.currentData())
