"""Tabs listed down the left side with horizontal labels.

A QTabWidget with West tabs turns long labels sideways and needs scroll
arrows for a dozen of them on a 768-pixel screen; a list beside a stack
shows every label readably.

Signals:
    currentChanged(int): the shown page changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget


class SideTabs(QWidget):
    currentChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("sideTabList")
        self.list.setFixedWidth(200)
        self.list.setWordWrap(True)
        # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, set through the property: touching Python's Qt
        # namespace builds all of its enums (~20 ms), which start-up leaves until after the first paint.
        self.list.setProperty("horizontalScrollBarPolicy", 1)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._row_changed)

    def addTab(self, widget: QWidget, label: str) -> int:
        self.list.addItem(label)
        return self.stack.addWidget(widget)

    def removeTab(self, index: int) -> None:
        self.list.blockSignals(True)
        self.list.takeItem(index)
        self.list.blockSignals(False)
        self.stack.removeWidget(self.stack.widget(index))

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget:
        return self.stack.widget(index)

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def tabText(self, index: int) -> str:
        return self.list.item(index).text()

    def _row_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if not self.signalsBlocked():
            self.currentChanged.emit(row)
