"""The Trends tab: indicators over time, or org units compared, with a table.

Pick one or more indicators and org units, the kind of period and the last
period; a line chart over the last N periods, or a bar chart comparing the
org units for the last period. The table beside the chart holds the same
numbers. The chart can be zoomed and panned (Matplotlib toolbar), saved as
PNG, SVG or PDF, and copied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models import catalog, trends
from models.figures import FigureEngine
from models.numbers import format_number
from models.text import matches
from widgets.period_picker import PeriodPicker

LINE, BARS = "line", "bars"


class TrendsTab(QWidget):
    """Draws again when figures changed, once in view."""

    def __init__(self, *, session, runner, scope, language: str = "vi", parent=None):
        super().__init__(parent)
        db = self._db = session.db
        period = scope()[1]
        self._language = language
        self.canvas = None
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self.draw)

        self.indicator_filter = self._search_box()
        self.indicators = QListWidget(self)
        self.indicators.setObjectName("trendIndicators")
        for sector in catalog.sectors(db):
            for indicator in catalog.indicators(db, sector.id):
                item = QListWidgetItem(f"{indicator.name(language)} ({indicator.unit_in(language)})")
                item.setData(Qt.ItemDataRole.UserRole, indicator.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(f"{indicator.name(language)}\n{sector.name(language)} — {indicator.code}")
                self.indicators.addItem(item)
        self.units = QListWidget(self)
        self.units.setObjectName("trendUnits")
        for unit, depth in catalog.org_unit_tree(db):
            item = QListWidgetItem("    " * depth + unit.name(language))
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if depth == 0 else Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Over time (lines)"), LINE)
        self.mode.addItem(self.tr("Org units compared (bars)"), BARS)
        self.period = PeriodPicker(self, period=period)
        self.count = QSpinBox(self)
        self.count.setRange(2, 36)
        self.count.setValue(5)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a5a00;")
        save = QPushButton(self.tr("Save chart…"), self)
        save.clicked.connect(self.save_dialog)
        copy = QPushButton(self.tr("Copy chart"), self)
        copy.clicked.connect(self.copy)

        form = QFormLayout()
        form.addRow(self.tr("Chart"), self.mode)
        form.addRow(self.tr("Last period"), self.period)
        form.addRow(self.tr("Periods"), self.count)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Indicators"), self))
        left.addWidget(self.indicator_filter)
        left.addWidget(self.indicators, 3)
        left.addWidget(QLabel(self.tr("Org units"), self))
        left.addWidget(self.units, 2)
        left.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(copy)
        left.addLayout(buttons)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        left_widget.setMaximumWidth(330)

        self.table = QTableWidget(self)
        self.table.setObjectName("trendTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.chart_area = QVBoxLayout()
        self.chart_area.addWidget(self.message)
        right = QSplitter(Qt.Orientation.Horizontal, self)
        chart_holder = QWidget(self)
        chart_holder.setLayout(self.chart_area)
        right.addWidget(chart_holder)
        right.addWidget(self.table)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([540, 300])
        layout = QHBoxLayout(self)
        layout.addWidget(left_widget)
        layout.addWidget(right, 1)

        self.indicators.itemChanged.connect(lambda _i: self.schedule())
        self.units.itemChanged.connect(lambda _i: self.schedule())
        self.mode.currentIndexChanged.connect(lambda _i: self.schedule())
        self.period.periodChanged.connect(lambda _k: self.schedule())
        self.count.valueChanged.connect(lambda _n: self.schedule())
        self._stale = False
        self._check_a_first_indicator()

    def _check_a_first_indicator(self) -> None:
        """Start with the first indicator that has figures for two periods or more."""
        first = trends.first_indicator_with_history(self._db)
        chosen = [first] if first is not None else \
            [self.indicators.item(0).data(Qt.ItemDataRole.UserRole)] if self.indicators.count() else []
        self.set_checked(self.indicators, chosen)

    def scope_changed(self) -> None:
        pass  # the page chooses its own periods and org units

    def on_changes(self, changes) -> None:
        from ops.changes import FIGURES

        if changes.touches(FIGURES):
            self._stale = True

    def refresh(self) -> None:
        if self._stale:
            self._stale = False
            self.schedule()

    def _search_box(self) -> QLineEdit:
        box = QLineEdit(self)
        box.setPlaceholderText(self.tr("Search (diacritics optional)"))
        box.setClearButtonEnabled(True)
        box.textChanged.connect(self._filter_indicators)
        return box

    def _filter_indicators(self, text: str) -> None:
        for row in range(self.indicators.count()):
            item = self.indicators.item(row)
            item.setHidden(not matches(text, item.text(), item.toolTip()))

    # ------------------------------------------------------------ choosing

    def checked(self, widget: QListWidget) -> list[int]:
        return [widget.item(r).data(Qt.ItemDataRole.UserRole) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]

    def set_checked(self, widget: QListWidget, ids: list[int]) -> None:
        widget.blockSignals(True)
        for row in range(widget.count()):
            item = widget.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)
        widget.blockSignals(False)
        self.schedule()

    def schedule(self) -> None:
        """Redraw once the current burst of changes is over."""
        if self.isVisible():
            self._redraw_timer.start()

    def showEvent(self, event):
        super().showEvent(event)
        self.schedule()

    # ------------------------------------------------------------ drawing

    def draw(self) -> None:
        from models.reports.charts import (  # Matplotlib, on first use
            ENGLISH, LEGEND_MAX, VIETNAMESE, draw_comparison, draw_trend, line_colours)

        words = ENGLISH if self._language == "en" else VIETNAMESE
        from widgets.chart_canvas import ChartCanvas

        if self.canvas is None:
            self.canvas = ChartCanvas(self)
            self.chart_area.addWidget(self.canvas, 1)
        indicator_ids = self.checked(self.indicators)
        unit_ids = self.checked(self.units)
        chosen = [catalog.indicator(self._db, i) for i in indicator_ids]
        notes = []
        if not chosen or not unit_ids:
            self.canvas.figure.clear()
            self.canvas.redraw()
            self.message.setText(self.tr("Choose at least one indicator and one org unit."))
            self._fill_table([], [], [])
            return
        first = chosen[0]
        engine = FigureEngine(self._db)  # one for the whole drawing: what it works out, it keeps
        if self.mode.currentData() == BARS:
            if len(chosen) > 1:
                notes.append(self.tr("Bars compare org units for the first chosen indicator only."))
            series = trends.comparison(self._db, first, unit_ids, self.period.period(), engine=engine)
            draw_comparison(self.canvas.figure, name=first.name(self._language), unit=first.unit_in(self._language),
                            kind=first.kind, series=series, period=self.period.period(), words=words)
            self._fill_table([p.period for p in series.points], [first.unit_in(self._language) or first.name(self._language)],
                             [[p] for p in series.points])
        else:
            same = [i for i in chosen if (i.unit, i.kind) == (first.unit, first.kind)]
            if len(same) < len(chosen):
                notes.append(self.tr("Indicators in another unit than the first are left out of the chart."))
            periods = trends.periods_ending(self.period.period(), self.count.value())
            many = len(same) > 1
            series = []
            for indicator in same:
                for unit_id in unit_ids:
                    unit = catalog.org_unit(self._db, unit_id)
                    label = (f"{indicator.name(self._language)} — {unit.name(self._language)}" if many
                             else unit.name(self._language))
                    series.append(trends.indicator_series(self._db, indicator, unit_id, periods, label=label,
                                                          engine=engine))
            name = first.name(self._language) if not many else self.tr("%1 indicators").replace("%1", str(len(same)))
            axes = draw_trend(self.canvas.figure, name=name, unit=first.unit_in(self._language), kind=first.kind,
                              series=series, words=words)
            self._fill_table([p.key for p in periods], [s.label for s in series],
                             [[s.points[i] for s in series] for i in range(len(periods))])
            self._colour_columns(line_colours(axes))
            if len(series) > LEGEND_MAX:
                notes.append(self.tr("%1 lines: each line's colour heads its column in the table.")
                             .replace("%1", str(len(series))))
        self.message.setText(" ".join(notes))
        self.message.setVisible(bool(notes))
        self.canvas.redraw()

    def _fill_table(self, row_labels: list[str], column_labels: list[str], cells: list[list]) -> None:
        """Rows of Points under their column labels: the chart's numbers, Vietnamese style."""
        self.table.clear()
        self.table.setRowCount(len(row_labels))
        self.table.setColumnCount(len(column_labels))
        self.table.setVerticalHeaderLabels(row_labels)
        self.table.setHorizontalHeaderLabels(column_labels)
        for r, row in enumerate(cells):
            for c, point in enumerate(row):
                text = format_number(point.value) if point.value is not None else "—"
                if point.status == "estimate":
                    text += " " + self.tr("(est.)")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _colour_columns(self, colours: dict[str, str]) -> None:
        """Each series' column headed by a square of its line's colour: the legend of a chart with many lines."""
        from PySide6.QtGui import QColor

        for column in range(self.table.columnCount()):
            item = self.table.horizontalHeaderItem(column)
            colour = colours.get(item.text()) if item is not None else None
            if colour:
                item.setText(f"■ {item.text()}")
                item.setForeground(QColor(colour))

    # ------------------------------------------------------------ output

    def save_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), "bieu-do.png", self.tr("Images (*.png *.svg *.pdf)"))
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        if self.canvas is None:
            self.draw()
        self.canvas.save(path)

    def copy(self) -> None:
        if self.canvas is None:
            self.draw()
        self.canvas.copy_to_clipboard()
