"""The chart under a sector's grid: the selected indicator over the last N periods.

It draws only while visible, so a user who never opens it never loads
Matplotlib; a change while hidden is drawn when it is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from models import trends
from models.catalog import Indicator
from ui import labels


class IndicatorChartPanel(QWidget):
    def __init__(self, *, db, parent=None):
        super().__init__(parent)
        self._db = db
        self._subject: tuple[Indicator, int, str] | None = None
        self._dirty = True
        self.canvas = None
        self.count = QSpinBox(self)
        self.count.setRange(2, 24)
        self.count.setValue(6)
        self.count.valueChanged.connect(lambda _n: self._changed())
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Periods shown:"), self))
        controls.addWidget(self.count)
        controls.addStretch()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(controls)

    def show_indicator(self, indicator: Indicator | None, org_unit_id: int, period: str) -> None:
        self._subject = (indicator, org_unit_id, period) if indicator else None
        self._changed()

    def refresh(self) -> None:
        """The figures changed: draw again (now if visible)."""
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.draw()

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            self.draw()

    def draw(self) -> None:
        from models.reports.charts import ENGLISH, VIETNAMESE, draw_trend  # imports Matplotlib, on first use
        from widgets.chart_canvas import ChartCanvas

        if self.canvas is None:
            self.canvas = ChartCanvas(self)
            self._layout.addWidget(self.canvas, 1)
        self._dirty = False
        if self._subject is None:
            self.canvas.figure.clear()
            self.canvas.redraw()
            return
        indicator, org_unit_id, period = self._subject
        periods = trends.periods_ending(period, self.count.value())
        series = trends.indicator_series(self._db, indicator, org_unit_id, periods)
        draw_trend(self.canvas.figure, name=labels.name(indicator), unit=labels.unit(indicator),
                   kind=indicator.kind, series=[series], words=ENGLISH if labels.language() == "en" else VIETNAMESE)
        self.canvas.redraw()
