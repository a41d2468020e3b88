"""A layout that lays its widgets out in a row and wraps them to the next row when the
row is full (Qt's Flow Layout example, in Python): a row of filters that fits a
1280-pixel window instead of widening it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent=None, *, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._stretch: dict[int, int] = {}  # item index -> share of the spare width in its row
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------ QLayout

    def addItem(self, item) -> None:
        self._items.append(item)

    def addWidget(self, widget, stretch: int = 0) -> None:  # noqa: N802 (Qt's name)
        """Add ``widget``; a ``stretch`` above 0 gives it a share of its row's spare width."""
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        if stretch:
            self._stretch[len(self._items) - 1] = stretch
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        if 0 <= index < len(self._items):
            self._stretch = {i - (i > index): s for i, s in self._stretch.items() if i != index}
            return self._items.pop(index)
        return None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ------------------------------------------------------------ placing

    def _rows(self, width: int) -> list[list[int]]:
        rows: list[list[int]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            wanted = item.sizeHint().width()
            if rows[-1] and used + self.spacing() + wanted > width:
                rows.append([])
                used = 0
            used += (self.spacing() if rows[-1] else 0) + wanted
            rows[-1].append(index)
        return [row for row in rows if row]

    def _lay_out(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            items = [self._items[i] for i in row]
            widths = [min(item.sizeHint().width(), area.width()) for item in items]
            spare = area.width() - sum(widths) - self.spacing() * (len(items) - 1)
            shares = [self._stretch.get(i, 0) for i in row]
            if spare > 0 and sum(shares):
                widths = [w + spare * s // sum(shares) for w, s in zip(widths, shares)]
            height = max(item.sizeHint().height() for item in items)
            x = area.x()
            for item, width in zip(items, widths):
                if apply:
                    hint = item.sizeHint()
                    policy = item.widget().sizePolicy().verticalPolicy() if item.widget() else None
                    item_height = height if policy == QSizePolicy.Policy.Expanding else hint.height()
                    item.setGeometry(QRect(QPoint(x, y + (height - item_height) // 2), QSize(width, item_height)))
                x += width + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom()
