"""One sector's tab: the indicator grid, the activities and the report text.

A change of scope or of records marks the tab stale; the window refreshes the tab in
view at once (:meth:`refresh`), the others when they are shown.

Signals:
    status(str): something to tell in the status bar (saved, refused...).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTabWidget, QVBoxLayout,
                               QWidget)

from models.catalog import Sector
from ops.changes import APPROVALS, FIGURES, INSPECTION, SETTINGS, TEXTS
from ui.activities_panel import ActivitiesPanel
from ui.chart_panel import IndicatorChartPanel
from ui.indicator_model import (BROKEN, CHANGE, COMPUTED, DIFFERS, DOUBTFUL, NAME, NOTE, PARTIAL, PREVIOUS,
                                READ_ONLY, STATUS, TARGET, UNIT, VALUE, WHOLE, IndicatorGridModel)
from ui.narrative_panel import NarrativeEditor, NarrativePanel
from ui.value_writer import ValueWriter
from widgets.dialogs import error_label
from widgets.grid_view import GridView
from widgets.validating_delegate import ValidatingDelegate


class SectorTab(QWidget):
    status = Signal(str)

    def __init__(self, *, session, runner, sector: Sector, writer: ValueWriter, language: str = "vi", parent=None):
        super().__init__(parent)
        self.sector = sector
        self._writer = writer
        self._scope: tuple[int, str] | None = None
        self._stale: set[str] = set()  # "grid", "texts": what to read again at the next refresh
        self.model = IndicatorGridModel(db=session.db, sector_id=sector.id, apply=self._apply,
                                        language=language, parent=self)
        self.grid = GridView(self)
        self.grid.setObjectName("indicatorGrid")
        self.grid.setModel(self.model)
        self.delegate = ValidatingDelegate(
            lambda index, text: self.model.check_text(index.row(), index.column(), text), self.grid,
            choices=lambda index: self.model.status_choices() if index.column() == STATUS else None)
        self.grid.setItemDelegate(self.delegate)
        self.delegate.refused.connect(lambda _index, reason: self._refused(reason))
        self.grid.pasteRequested.connect(self._paste)
        self.grid.typedIntoReadOnly.connect(lambda index: self._refused(self.model.why_read_only(index.column())))
        self.grid.selectionModel().currentRowChanged.connect(lambda *_a: self._chart_subject())
        self.model.modelReset.connect(self._resize_columns)

        self.message = error_label(self)
        self.message.setObjectName("gridMessage")
        self.message.hide()

        self.activities = ActivitiesPanel(session=session, runner=runner, sector_id=sector.id, parent=self)
        self.activities.saved.connect(self.status)
        self.texts = {
            part: NarrativeEditor(session=session, runner=runner, sector_id=sector.id, part=part, parent=self)
            for part in ("results", "difficulties", "tasks")
        }
        for editor in self.texts.values():
            editor.saved.connect(self.status)
        self.lower = QTabWidget(self)
        self.lower.setDocumentMode(True)
        self.chart = IndicatorChartPanel(db=session.db, parent=self)
        self.lower.addTab(self.activities, self.tr("Activities"))
        self.lower.addTab(self.chart, self.tr("Chart"))
        hints = {"results": self.tr("What was done; one paragraph per line."),
                 "difficulties": self.tr("One difficulty per line: the report lists them."),
                 "tasks": self.tr("One task per line: the report numbers them.")}
        self.text_panels = {part: NarrativePanel(editor, hint=hints[part], flush_all=self.flush, parent=self)
                            for part, editor in self.texts.items()}
        self.lower.addTab(self.text_panels["results"], self.tr("Report: results"))
        self.lower.addTab(self.text_panels["difficulties"], self.tr("Report: difficulties"))
        self.lower.addTab(self.text_panels["tasks"], self.tr("Report: next period's tasks"))

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.grid)
        upper_layout.addLayout(self._legend())
        upper_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    # ------------------------------------------------------------ what it shows

    def set_scope(self, org_unit_id: int, period: str) -> None:
        """Show this org unit and period (at the next refresh)."""
        if (org_unit_id, period) != self._scope:
            self.flush()
            self._scope = (org_unit_id, period)
            self._stale = {"grid", "texts"}

    def on_changes(self, changes) -> None:
        if changes.touches(FIGURES, APPROVALS, SETTINGS, INSPECTION):  # figures, computed ones, locks
            self._stale.add("grid")
        if changes.touches(TEXTS, APPROVALS):
            self._stale.add("texts")

    def refresh(self) -> None:
        """Read again what changed since it was last shown (nothing when nothing did)."""
        if not self._stale or self._scope is None:
            return
        stale, self._stale = self._stale, set()
        org_unit_id, period = self._scope
        if "grid" in stale:
            self.message.hide()
            if self.model.scope == self._scope:
                self.model.reload()
            else:
                self.model.set_scope(org_unit_id, period)
            self._chart_subject()
            self.chart.refresh()
        if "texts" in stale:
            self.activities.set_scope(org_unit_id, period)
            for editor in self.texts.values():
                editor.set_scope(org_unit_id, period)

    def select(self, indicator_id: int, column: int) -> None:
        """Select the cell of an indicator (undo and redo show what they change)."""
        self.refresh()
        for row in range(self.model.rowCount()):
            if self.model.indicator_at(row).id == indicator_id:
                index = self.model.index(row, column)
                self.grid.setCurrentIndex(index)
                self.grid.scrollTo(index)
                return

    def _chart_subject(self) -> None:
        org_unit_id, period = self.model.scope
        if org_unit_id is None or not self.model.rowCount():
            return
        row = max(self.grid.currentIndex().row(), 0)
        self.chart.show_indicator(self.model.indicator_at(row), org_unit_id, period)

    def flush(self) -> None:
        """Save any text still being typed."""
        for editor in self.texts.values():
            editor.flush()

    # ------------------------------------------------------------ editing

    def _apply(self, before, after, label: str, indicator_id: int, column: int) -> bool:
        org_unit_id, period = self.model.scope
        place = (self.sector.id, org_unit_id, period, indicator_id, column)
        if not self._writer.apply(before, after, label, place, on_refused=self._refused):
            return False
        self.message.hide()  # what was refused before is fixed
        return True

    def _refused(self, reason: str) -> None:
        self.message.setText(reason)
        self.message.show()
        self.status.emit(reason)

    def _paste(self, index, block) -> None:
        problems = self.model.paste_block(index.row(), index.column(), block)
        if problems:
            self._refused(self.tr("Paste refused, nothing stored: %1").replace("%1", "; ".join(problems)))

    def _legend(self) -> QHBoxLayout:
        """What the grid's colours mean."""
        row = QHBoxLayout()
        row.setSpacing(4)
        for colour, text in ((DIFFERS, self.tr("typed differs from computed")),
                             (WHOLE, self.tr("computed from every unit and month")),
                             (PARTIAL, self.tr("computed from only some")),
                             (READ_ONLY, self.tr("read-only"))):
            swatch = QFrame(self)
            swatch.setFixedSize(18, 12)
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid #9aa1ab;")
            row.addWidget(swatch)
            row.addWidget(QLabel(text, self))
            row.addSpacing(8)
        for colour, text in ((BROKEN, self.tr("breaks a check")), (DOUBTFUL, self.tr("unusual: check it"))):
            sample = QLabel(text, self)
            sample.setStyleSheet(f"color: {colour}; font-weight: bold;")
            sample.setToolTip(self.tr("The figure's tooltip says which check and why"))
            row.addWidget(sample)
            row.addSpacing(8)
        row.addStretch()
        return row

    def _resize_columns(self) -> None:
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((UNIT, 85), (PREVIOUS, 115), (VALUE, 125), (COMPUTED, 115), (CHANGE, 80),
                              (TARGET, 105), (STATUS, 95), (NOTE, 150)):
            if column < self.model.columnCount():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
