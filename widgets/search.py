"""Search that ignores diacritics: a filter proxy and its search box.

``FoldingFilterProxy`` keeps the rows where every word of the query occurs
in one of the row's columns, compared with :func:`models.text.fold` (so
"cho don" finds "Chợ Đồn", đ matching d).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QLineEdit

from models.text import fold

EDIT_ROLE = 2  # Qt.ItemDataRole.EditRole


class FoldingFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        # Qt.ItemDataRole.EditRole: the int Qt takes, so that building a search box does not
        # build Python's whole Qt namespace of enums (~20 ms) before the window first paints.
        self.setSortRole(EDIT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent):
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            fold(str(model.index(source_row, column, source_parent).data() or ""))
            for column in range(model.columnCount(source_parent))
        )
        return all(word in haystack for word in self._words)


class SearchBox(QLineEdit):
    """A line edit wired to a FoldingFilterProxy."""

    def __init__(self, proxy: FoldingFilterProxy, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search (diacritics optional)"))
        self.textChanged.connect(proxy.set_query)
