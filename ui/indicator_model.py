"""The indicator grid of a sector tab, as a Qt table model.

Rows are the sector's active indicators. Columns: the indicator, its unit, the same period
a year before, the figure typed for this period, the figure the engine works out without
it (rolled up from the units below, accumulated from shorter periods, counted from the
records: models/figures.py), the change, the target, the status and the note. Where a
typed figure and a computed one differ, the typed one is highlighted; a computed figure
missing some of its units or months says so in colour and in its tooltip. Cells that
cannot be typed into look it (grey) and say why when typed into.

Edits do not write directly: they are handed to ``apply(before, after, label,
indicator_id, column)`` (the screen's undo-aware writer) as lists of changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models import access, approvals, catalog, validation, values
from models.catalog import Indicator
from models.figures import ACCUMULATED, RATIO, RECORDS, ROLLED_UP, SUCCEEDED, Figure, FigureEngine
from models.numbers import format_number
from models.periods import parse_period
from models.values import Change, TargetChange, ValueChange, ValueRefused
from ui import labels

NAME, UNIT, PREVIOUS, VALUE, COMPUTED, CHANGE, TARGET, STATUS, NOTE = range(9)
EDITABLE = (VALUE, TARGET, STATUS, NOTE)

# Cell colours, explained by the legend under the grid (ui/sector_tab.py).
READ_ONLY, DIFFERS, PARTIAL, WHOLE = "#eceef1", "#fff4c2", "#fde7cf", "#e3f0fb"
# Text colours of a figure that breaks a check (models/validation.py): an error, a warning.
BROKEN, DOUBTFUL = "#b00020", "#8a5300"


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
        self._current: dict[int, values.IndicatorValue] = {}  # typed for this period
        self._computed: dict[int, Figure] = {}  # worked out without the typed figure
        self._previous: dict[int, Figure] = {}  # the same period a year before, by the engine
        self._targets: dict[int, float] = {}
        self._names: dict[int, str] = {}
        self.locked = False  # the period is approved: read-only
        self.may_edit = False  # the signed-in role may change figures

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
        same_rows = [i.id for i in indicators] == [i.id for i in self._indicators]
        if not same_rows:
            self.beginResetModel()
            self._load(indicators)
            self.endResetModel()
            return
        self._load(indicators)
        if self._indicators:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._indicators) - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _load(self, indicators: list[Indicator]) -> None:
        self._indicators = indicators
        if self._org_unit_id is None:
            return
        engine = FigureEngine(self._db)
        unit, period = self._org_unit_id, self._period
        self._current = values.values_for(self._db, unit, period, [i.id for i in indicators])
        self._computed = engine.computed_figures(unit, period, indicators)
        self._previous = engine.figures(unit, self._previous_period, indicators)
        self._targets = values.targets_for(self._db, unit, period)
        self.locked = approvals.current(self._db, unit, period) is not None
        self.may_edit = access.allowed(self._db, "edit_figures")
        self._problems = {}
        for problem in validation.validate(self._db, unit, period, engine=engine, indicators=indicators):
            for code in problem.codes:
                self._problems.setdefault(code, []).append(problem)
        if any(f.missing or f.sources for f in (*self._computed.values(), *self._previous.values())):
            self._names = {u.id: u.name(self._language) for u in catalog.org_units(self._db, include_inactive=True)}

    def indicator_at(self, row: int) -> Indicator:
        return self._indicators[row]

    @property
    def scope(self) -> tuple[int | None, str]:
        return self._org_unit_id, self._period

    def effective(self, indicator: Indicator) -> Figure | None:
        """The figure of this period as reports use it: typed, else computed."""
        typed = self._current.get(indicator.id)
        if typed is not None:
            return Figure(typed.value, "typed", typed.status == "estimate")
        return self._computed.get(indicator.id)

    def why_read_only(self, column: int) -> str:
        """Why a cell takes no typing (shown in place when the user types into it)."""
        if column not in EDITABLE:
            return self.tr("This column is worked out, not typed: type into the column of this period")
        if not self.may_edit:
            return self.tr("Your account may not change figures")
        return self.tr("The period is approved: its figures are read-only until a leader un-approves it")

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._indicators)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else NOTE + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == COMPUTED:
            return self.tr("Rolled up from the units below, accumulated from shorter periods, or counted "
                           "from the records: what reports print where nothing is typed")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            NAME: self.tr("Indicator"), UNIT: self.tr("Unit"),
            PREVIOUS: self.tr("Same period %1").replace("%1", self._previous_period),
            VALUE: self.tr("Typed %1").replace("%1", self._period),
            COMPUTED: self.tr("Computed"), CHANGE: self.tr("Change"), TARGET: self.tr("Target"),
            STATUS: self.tr("Status"), NOTE: self.tr("Note"),
        }
        return titles.get(section)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def editable(self, column: int) -> bool:
        return column in EDITABLE and self.may_edit and not self.locked

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._indicators)):
            return None
        indicator = self._indicators[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(indicator, column)
        if role == Qt.ItemDataRole.EditRole:
            # Editable cells start from the text shown; figures sort by their numbers.
            if column in (PREVIOUS, COMPUTED):
                found = (self._previous if column == PREVIOUS else self._computed).get(indicator.id)
                return found.value if found else None
            return self._display(indicator, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PREVIOUS, VALUE, COMPUTED, CHANGE, TARGET):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and self._is_estimate(indicator, column):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._colour(indicator, column)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and self._checked_cell(indicator, column):
            broken = any(p.importance == "error" for p in self._problems[indicator.code])
            return QBrush(QColor(BROKEN if broken else DOUBTFUL))
        if role == Qt.ItemDataRole.ForegroundRole and column in EDITABLE and not self.editable(column):
            return QBrush(QColor("#5f6670"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(indicator, column)
        return None

    def _checked_cell(self, indicator: Indicator, column: int) -> bool:
        """The cell a check's problem shows on: the typed figure, else the computed one."""
        if indicator.code not in self._problems:
            return False
        return column == (VALUE if indicator.id in self._current else COMPUTED)

    def problems_of(self, indicator: Indicator) -> list:
        return list(self._problems.get(indicator.code, ()))

    def _is_estimate(self, indicator: Indicator, column: int) -> bool:
        if column == VALUE:
            typed = self._current.get(indicator.id)
            return bool(typed and typed.status == "estimate")
        found = {PREVIOUS: self._previous, COMPUTED: self._computed}.get(column, {}).get(indicator.id)
        return bool(found and found.estimate)

    def _colour(self, indicator: Indicator, column: int) -> str | None:
        typed, computed = self._current.get(indicator.id), self._computed.get(indicator.id)
        if column == VALUE and typed and computed and abs(typed.value - computed.value) > 1e-9:
            return DIFFERS
        if column == COMPUTED and computed is not None:
            return WHOLE if computed.complete else PARTIAL
        if column == PREVIOUS and indicator.id in self._previous and not self._previous[indicator.id].complete:
            return PARTIAL
        if self.editable(column):
            return "#ffffff"  # plain white, not the view's alternating grey: it takes typing
        return READ_ONLY

    def _display(self, indicator: Indicator, column: int):
        typed = self._current.get(indicator.id)
        if column == NAME:
            return indicator.name(self._language)
        if column == UNIT:
            return indicator.unit_in(self._language)
        if column == PREVIOUS:
            found = self._previous.get(indicator.id)
            return format_number(found.value) if found else ""
        if column == VALUE:
            return format_number(typed.value) if typed else ""
        if column == COMPUTED:
            found = self._computed.get(indicator.id)
            return format_number(found.value) if found else ""
        if column == CHANGE:
            now, before = self.effective(indicator), self._previous.get(indicator.id)
            return values.format_change(indicator, values.change(indicator, now.value if now else None,
                                                                 before.value if before else None))
        if column == TARGET:
            target = self._targets.get(indicator.id)
            return format_number(target) if target is not None else ""
        if column == STATUS:
            return self.status_label(typed.status) if typed else ""
        if column == NOTE:
            return typed.note if typed else ""
        return None

    def _tooltip(self, indicator: Indicator, column: int):
        tip = self._plain_tooltip(indicator, column)
        if self._checked_cell(indicator, column):
            checks = "\n".join(labels.problem_line(p) for p in self._problems[indicator.code])
            tip = f"{tip}\n{checks}" if tip else checks
        return tip

    def _plain_tooltip(self, indicator: Indicator, column: int):
        if column == NAME:
            return f"{indicator.code} — {indicator.name_vi} / {indicator.name_en}"
        if column == COMPUTED and indicator.id in self._computed:
            return self.provenance(self._computed[indicator.id])
        if column == PREVIOUS and indicator.id in self._previous:
            return self.provenance(self._previous[indicator.id])
        typed = self._current.get(indicator.id)
        if column == VALUE and typed and typed.updated_at:
            saved = self.tr("Saved %1").replace("%1", labels.moment(typed.updated_at))
            computed = self._computed.get(indicator.id)
            if computed is not None and abs(typed.value - computed.value) > 1e-9:
                saved += "\n" + self.tr("Differs from the computed figure %1").replace("%1", format_number(
                    computed.value))
            return saved
        if column in EDITABLE and not self.editable(column):
            return self.why_read_only(column)
        return None

    def provenance(self, figure: Figure) -> str:
        """Where a figure comes from, in the interface's language."""
        if figure.origin == ROLLED_UP:
            text = self.tr("Rolled up from %1 of %2 units").replace("%1", str(figure.parts)).replace(
                "%2", str(figure.of))
            if figure.missing:
                text += "\n" + self.tr("Missing: %1").replace(
                    "%1", ", ".join(self._names.get(u, str(u)) for u in figure.missing))
        elif figure.origin == ACCUMULATED:
            text = self.tr("Accumulated from %1 of %2 months").replace("%1", str(figure.parts)).replace(
                "%2", str(figure.of))
        elif figure.origin == SUCCEEDED:
            text = self.tr("From the units it took over in the reorganisation: %1").replace(
                "%1", ", ".join(self._names.get(u, str(u)) for u in figure.sources))
        elif figure.origin == RECORDS:
            text = self.tr("Counted from the inspection records")
        elif figure.origin == RATIO:
            text = self.tr("Computed from its numerator and denominator")
        else:
            text = self.tr("Typed")
        if figure.origin != "typed" and not figure.complete:
            text += "\n" + self.tr("Not whole: some units or months have no figure yet")
        if figure.estimate:
            text += "\n" + self.tr("An estimate")
        return text

    def status_label(self, status: str) -> str:
        return self.tr("Estimate") if status == "estimate" else self.tr("Final")

    def status_choices(self) -> list[str]:
        """What the status cell offers (models.values.read_status reads both)."""
        return [self.status_label("estimate"), self.status_label("final")]

    # ------------------------------------------------------------ editing

    def check_text(self, row: int, column: int, text: str) -> str | None:
        """Why ``text`` cannot go into the cell, or None."""
        try:
            self._change_for(row, column, text)
        except ValueRefused as exc:
            return labels.message(exc)
        return None

    def _change_for(self, row: int, column: int, text: str) -> Change | None:
        """The change that typing ``text`` into the cell means (None: no change)."""
        if column not in EDITABLE:
            raise ValueRefused(self.why_read_only(column))
        return self._row_changes(row, {column: text or ""})[0]

    def _row_changes(self, row: int, texts: dict[int, str]) -> list[Change | None]:
        """The changes that typing ``texts`` (by column) into one row means: the figure's, then the
        target's; models.values reads them, as for a paste."""
        indicator = self._indicators[row]
        figure = values.typed_change(indicator, self._current.get(indicator.id), self._org_unit_id, self._period,
                                     value=texts.get(VALUE), status=self._status_word(texts.get(STATUS)),
                                     note=texts.get(NOTE))
        target = None
        if TARGET in texts:
            target = values.typed_target(indicator, self._targets.get(indicator.id), self._org_unit_id,
                                         self._period, texts[TARGET])
        return [figure, target] if TARGET not in texts or VALUE in texts or STATUS in texts or NOTE in texts \
            else [target]

    def _status_word(self, text: str | None) -> str | None:
        """The status chosen in this language's words ("Estimate") as the words models read."""
        if text is None:
            return None
        return {self.status_label("estimate"): "estimate", self.status_label("final"): "final"}.get(text, text)

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
        if not self.may_edit or self.locked:
            return [self.why_read_only(VALUE)]
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
                problems.append(self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", labels.message(exc)))
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
