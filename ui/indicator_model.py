"""The indicator grid of a sector tab, as a Qt table model.

Rows are the sector's active indicators; columns the indicator, its unit,
the same period a year before, this period's value, the change, the status,
the note and, for an org unit with children, the value rolled up from them.
Edits do not write directly: they are handed to ``apply(before, after, label,
indicator_id, column)`` (the screen's undo-aware writer) as lists of changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models import access, approvals, catalog, values
from models.catalog import Indicator
from models.numbers import format_number
from models.periods import parse_period
from models.values import Change, TargetChange, ValueChange, ValueRefused

NAME, UNIT, PREVIOUS, VALUE, CHANGE, TARGET, STATUS, NOTE, ROLLED_UP = range(9)
EDITABLE = (VALUE, TARGET, STATUS, NOTE)

class IndicatorGridModel(QAbstractTableModel):
    def __init__(self, *, db, sector_id: int, apply: Callable[[list[Change], list[Change], str, int, int], bool],
                 language: str = "vi", parent=None):
        super().__init__(parent)
        self._db = db
        self._sector_id = sector_id
        self._apply = apply
        self._language = language
        self._indicators: list[Indicator] = []
        self._org_unit_id: int | None = None
        self._period = ""
        self._previous_period = ""
        self._has_children = False
        self._current: dict[int, values.IndicatorValue] = {}
        self._previous: dict[int, values.IndicatorValue] = {}
        self._rolled: dict[int, values.RollUp] = {}
        self._targets: dict[int, float] = {}
        self.locked = False  # the period is approved: read-only

    # ------------------------------------------------------------ loading

    def set_scope(self, org_unit_id: int, period: str) -> None:
        self._org_unit_id = org_unit_id
        self._period = period
        self._previous_period = parse_period(period).previous_comparable().key
        self.beginResetModel()
        self._load(catalog.indicators(self._db, self._sector_id))
        self.endResetModel()

    def reload(self) -> None:
        """Read the figures again; the view keeps its current cell when the rows stay the same."""
        indicators = catalog.indicators(self._db, self._sector_id)
        columns = self.columnCount()
        same_rows = [i.id for i in indicators] == [i.id for i in self._indicators]
        self._load(indicators)
        if same_rows and columns == self.columnCount() and self._indicators:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._indicators) - 1, columns - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    def _load(self, indicators: list[Indicator]) -> None:
        self._indicators = indicators
        if self._org_unit_id is not None:
            ids = [i.id for i in self._indicators]
            self._current = values.values_for(self._db, self._org_unit_id, self._period, ids)
            self._previous = values.values_for(self._db, self._org_unit_id, self._previous_period, ids)
            self._targets = values.targets_for(self._db, self._org_unit_id, self._period)
            self.locked = approvals.current(self._db, self._org_unit_id, self._period) is not None
            self._has_children = bool(catalog.child_units(self._db, self._org_unit_id))
            self._rolled = (values.roll_up(self._db, self._org_unit_id, self._period, self._indicators)
                            if self._has_children else {})

    def indicator_at(self, row: int) -> Indicator:
        return self._indicators[row]

    @property
    def scope(self) -> tuple[int | None, str]:
        return self._org_unit_id, self._period

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._indicators)

    def columnCount(self, parent=QModelIndex()):
        if parent.isValid():
            return 0
        return ROLLED_UP + 1 if self._has_children else ROLLED_UP

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            NAME: self.tr("Indicator"), UNIT: self.tr("Unit"),
            PREVIOUS: self.tr("Same period %1").replace("%1", self._previous_period),
            VALUE: self.tr("This period %1").replace("%1", self._period),
            CHANGE: self.tr("Change"), TARGET: self.tr("Target"), STATUS: self.tr("Status"),
            NOTE: self.tr("Note"),
            ROLLED_UP: self.tr("Rolled up from units"),
        }
        return titles.get(section)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and access.allowed(self._db, "edit_figures") and not self.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._indicators)):
            return None
        indicator = self._indicators[index.row()]
        column = index.column()
        current = self._current.get(indicator.id)
        previous = self._previous.get(indicator.id)
        rolled = self._rolled.get(indicator.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(indicator, column, current, previous, rolled)
        if role == Qt.ItemDataRole.EditRole:
            # Editable cells start from the text shown; figures sort by their numbers.
            if column == PREVIOUS:
                return previous.value if previous else None
            if column == ROLLED_UP:
                return rolled.value if rolled else None
            return self._display(indicator, column, current, previous, rolled)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PREVIOUS, VALUE, CHANGE, TARGET, ROLLED_UP):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == VALUE and current and current.status == "estimate":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == VALUE and indicator.id in self._rolled and current and \
                    abs(current.value - self._rolled[indicator.id].value) > 1e-9:
                return QBrush(QColor("#fff4c2"))
            if column in EDITABLE:
                return None
            return QBrush(QColor("#f3f4f6"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(indicator, column, current, rolled)
        return None

    def _display(self, indicator, column, current, previous, rolled):
        if column == NAME:
            return indicator.name(self._language)
        if column == UNIT:
            return indicator.unit
        if column == PREVIOUS:
            return format_number(previous.value) if previous else ""
        if column == VALUE:
            return format_number(current.value) if current else ""
        if column == CHANGE:
            delta = values.change(indicator, current.value if current else None,
                                  previous.value if previous else None)
            return values.format_change(indicator, delta)
        if column == TARGET:
            target = self._targets.get(indicator.id)
            return format_number(target) if target is not None else ""
        if column == STATUS:
            return self._status_label(current.status) if current else ""
        if column == NOTE:
            return current.note if current else ""
        if column == ROLLED_UP:
            return format_number(rolled.value) if rolled else ""
        return None

    def _tooltip(self, indicator, column, current, rolled):
        if column == NAME:
            return f"{indicator.code} — {indicator.name_vi} / {indicator.name_en}"
        if column == ROLLED_UP and rolled:
            return self.tr("From %1 of %2 units").replace("%1", str(rolled.contributors)).replace(
                "%2", str(rolled.children))
        if column == VALUE and current and current.updated_at:
            return self.tr("Saved %1").replace("%1", current.updated_at.replace("T", " ")[:19])
        return None

    def _status_label(self, status: str) -> str:
        return self.tr("Estimate") if status == "estimate" else self.tr("Final")

    # ------------------------------------------------------------ editing

    def check_text(self, row: int, column: int, text: str) -> str | None:
        """Why ``text`` cannot go into the cell, or None."""
        try:
            self._change_for(row, column, text)
        except ValueRefused as exc:
            return str(exc)
        return None

    def _change_for(self, row: int, column: int, text: str) -> Change | None:
        """The change that typing ``text`` into the cell means (None: no change)."""
        return self._row_changes(row, {column: text or ""})[0] if column in EDITABLE else \
            self._not_editable()

    def _not_editable(self):
        raise ValueRefused(self.tr("This column cannot be edited"))

    def _row_changes(self, row: int, texts: dict[int, str]) -> list[Change | None]:
        """The changes that typing ``texts`` (by column) into one row means: the figure's, then the
        target's; models.values reads them, as for a paste."""
        indicator = self._indicators[row]
        figure = values.typed_change(indicator, self._current.get(indicator.id), self._org_unit_id, self._period,
                                     value=texts.get(VALUE), status=texts.get(STATUS), note=texts.get(NOTE))
        target = None
        if TARGET in texts:
            target = values.typed_target(indicator, self._targets.get(indicator.id), self._org_unit_id,
                                         self._period, texts[TARGET])
        return [figure, target] if TARGET not in texts or VALUE in texts or STATUS in texts or NOTE in texts \
            else [target]

    def _restore_target(self, indicator_id: int) -> TargetChange:
        return TargetChange.restoring(self._targets.get(indicator_id), indicator_id=indicator_id,
                                      org_unit_id=self._org_unit_id, period=self._period)

    def _restore_for(self, indicator_id: int) -> ValueChange:
        return ValueChange.from_value(self._current.get(indicator_id), indicator_id=indicator_id,
                                      org_unit_id=self._org_unit_id, period=self._period)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        try:
            change = self._change_for(index.row(), index.column(), str(value))
        except ValueRefused:
            return False
        if change is None:
            return True
        indicator = self._indicators[index.row()]
        before = [self._restore_target(indicator.id) if isinstance(change, TargetChange)
                  else self._restore_for(indicator.id)]
        return self._apply(before, [change], self.tr("Edit %1").replace("%1", indicator.name(self._language)),
                           indicator.id, index.column())

    def paste_block(self, top: int, left: int, block: list[list[str]]) -> list[str]:
        """Paste rows of cells at (top, left); returns the reasons it was refused, or []."""
        if not access.allowed(self._db, "edit_figures"):
            return [self.tr("Your account may not change figures")]
        if self.locked:
            return [self.tr("The period is approved: its figures are read-only")]
        problems: list[str] = []
        typed: dict[int, dict[int, str]] = {}  # row -> texts by editable column
        for r, cells in enumerate(block):
            row = top + r
            if row >= len(self._indicators):
                if any(c.strip() for c in cells):
                    problems.append(self.tr("Row %1: below the last indicator").replace("%1", str(row + 1)))
                continue
            texts = {left + c: text for c, text in enumerate(cells) if left + c in EDITABLE}
            if texts:
                typed[row] = texts
        changes, before = [], []
        for row, texts in sorted(typed.items()):
            try:
                row_changes = [c for c in self._row_changes(row, texts) if c is not None]
            except ValueRefused as exc:
                problems.append(self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", str(exc)))
                continue
            for change in row_changes:
                changes.append(change)
                before.append(self._restore_target(change.indicator_id) if isinstance(change, TargetChange)
                              else self._restore_for(change.indicator_id))
        if problems:
            return problems
        if changes:
            first = self._indicators[min(typed)]
            self._apply(before, changes, self.tr("Paste %1 rows from %2").replace("%1", str(len(changes)))
                        .replace("%2", first.name(self._language)), first.id, left)
        return []
