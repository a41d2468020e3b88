"""A list of items to tick (or, not ``checkable``, to choose one of), with a search box that
ignores diacritics above it.

Signals:
    changed(): the ticked items changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.text import matches


class CheckList(QWidget):
    changed = Signal()

    def __init__(self, parent=None, *, height: int = 140, checkable: bool = True):
        super().__init__(parent)
        self._checkable = checkable
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (diacritics optional)"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setFixedHeight(height)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list)

    def set_items(self, items: list[tuple[object, str, str]], checked=()) -> None:
        """(key, label, tooltip) rows; the keys in ``checked`` ticked, listed first in that order."""
        self.list.blockSignals(True)
        self.list.clear()
        first = [k for k in checked]
        for key, label, tip in sorted(items, key=lambda row: first.index(row[0]) if row[0] in first else len(first)):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tip)
            if self._checkable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in first else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def checked(self) -> list:
        """The keys ticked, in the list's order."""
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not matches(text, item.text()))
