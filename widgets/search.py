"""Search that ignores diacritics: a filter proxy and its search box.

``FoldingFilterProxy`` keeps the rows where every word of the query starts a
word of the row's searched columns (by default all; a list says which: the
names and places, not a status), compared folded (models.text.matches: "cho don"
finds "Chợ Đồn", đ matching d, and not "Đang hoạt động").
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QLineEdit

from models.text import matches

EDIT_ROLE = 2  # Qt.ItemDataRole.EditRole


class FoldingFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None, *, columns: list[int] | None = None):
        super().__init__(parent)
        self._query = ""
        self._columns = columns
        # Qt.ItemDataRole.EditRole: the int Qt takes, so that building a search box does not
        # build Python's whole Qt namespace of enums (~20 ms) before the window first paints.
        self.setSortRole(EDIT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = text
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent):
        if not self._query.strip():
            return True
        model = self.sourceModel()
        columns = self._columns if self._columns is not None else range(model.columnCount(source_parent))
        return matches(self._query, *(str(model.index(source_row, c, source_parent).data() or "") for c in columns))


class SearchBox(QLineEdit):
    """A line edit wired to a FoldingFilterProxy."""

    def __init__(self, proxy: FoldingFilterProxy, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search (diacritics optional)"))
        self.textChanged.connect(proxy.set_query)
