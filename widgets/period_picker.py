"""Choose a reporting period: its kind, its year and which part of the year.

Signals:
    periodChanged(str): the key of the newly chosen period ("2024-Q3").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from models.periods import HALF, MONTH, NINE_MONTHS, QUARTER, YEAR, Period, parse_period


class PeriodPicker(QWidget):
    periodChanged = Signal(str)

    def __init__(self, parent=None, *, period: str | None = None):
        super().__init__(parent)
        self._kind = QComboBox(self)
        self._kind.setObjectName("periodKind")
        for kind, label in ((YEAR, self.tr("Year")), (HALF, self.tr("Half-year")),
                            (QUARTER, self.tr("Quarter")), (MONTH, self.tr("Month")),
                            (NINE_MONTHS, self.tr("Nine months"))):
            self._kind.addItem(label, kind)
        self._year = QSpinBox(self)
        self._year.setObjectName("periodYear")
        self._year.setRange(2000, 2100)
        self._part = QComboBox(self)
        self._part.setObjectName("periodPart")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._kind)
        layout.addWidget(self._year)
        layout.addWidget(self._part)
        self._key = ""
        self.set_period(period or str(dt.date.today().year))
        self._kind.currentIndexChanged.connect(self._on_kind)
        self._year.valueChanged.connect(self._emit)
        self._part.currentIndexChanged.connect(self._emit)

    def period(self) -> str:
        return self._key

    def set_period(self, key: str) -> None:
        chosen = parse_period(key)
        blockers = [w.blockSignals(True) for w in (self._kind, self._year, self._part)]
        try:
            self._kind.setCurrentIndex(self._kind.findData(chosen.kind))
            self._year.setValue(chosen.year)
            self._fill_parts(chosen.kind)
            self._part.setCurrentIndex(max(0, chosen.index - 1))
        finally:
            for widget, was in zip((self._kind, self._year, self._part), blockers):
                widget.blockSignals(was)
        self._emit()

    def _fill_parts(self, kind: str) -> None:
        self._part.clear()
        if kind == HALF:
            items = [self.tr("First half"), self.tr("Second half")]
        elif kind == QUARTER:
            items = [self.tr("Quarter %1").replace("%1", r) for r in ("I", "II", "III", "IV")]
        elif kind == MONTH:
            items = [self.tr("Month %1").replace("%1", str(m)) for m in range(1, 13)]
        else:
            items = []
        self._part.addItems(items)
        self._part.setVisible(bool(items))

    def _on_kind(self) -> None:
        self._part.blockSignals(True)
        self._fill_parts(self._kind.currentData())
        self._part.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        kind = self._kind.currentData()
        index = self._part.currentIndex() + 1 if self._part.count() else 1
        key = Period(self._year.value(), kind, index).key
        if key != self._key:
            self._key = key
            self.periodChanged.emit(key)
