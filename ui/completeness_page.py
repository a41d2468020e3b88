"""The Completeness page: which units under the chosen one have sent which sectors' figures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from models import catalog
from models.exchange.completeness import completeness
from ops.changes import APPROVALS, CATALOG, FIGURES
from ui import labels

COLOURS = {"complete": "#dcf2dc", "partial": "#fff4c2", "missing": "#fde2e1"}


class CompletenessPage(QWidget):
    """Reads again when the scope or the figures changed: at once in view, else when shown."""

    def __init__(self, *, session, runner, scope: Callable[[], tuple[int, str]], parent=None):
        super().__init__(parent)
        self._db = session.db
        self._scope = scope
        self._stale = True
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def scope_changed(self) -> None:
        self._stale = True

    def on_changes(self, changes) -> None:
        if changes.touches(FIGURES, APPROVALS, CATALOG):
            self._stale = True

    def refresh(self) -> None:
        if not self._stale:
            return
        self._stale = False
        org_unit_id, period = self._scope()
        if org_unit_id is None:
            return
        unit = catalog.org_unit(self._db, org_unit_id)
        self.title.setText(self.tr("Figures received for %1, %2: entered / expected per sector "
                                   "(green complete, yellow partial, red missing)")
                           .replace("%1", labels.name(unit)).replace("%2", labels.period(period)))
        rows = completeness(self._db, org_unit_id, period)
        sectors = [s for s in catalog.sectors(self._db) if rows and s.id in rows[0].cells]
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(sectors) + 3)
        self.table.setHorizontalHeaderLabels([self.tr("Org unit"), self.tr("Approved"), self.tr("Checks")] +
                                             [labels.name(s) for s in sectors])
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(row.name))
            self.table.setItem(r, 1, QTableWidgetItem(self.tr("yes") if row.approved else ""))
            checks = QTableWidgetItem(self.tr("%1 errors, %2 warnings").replace("%1", str(row.errors)).replace(
                "%2", str(len(row.checks) - row.errors)) if row.checks else self.tr("none"))
            checks.setToolTip("\n".join(labels.message(p.message) for p in row.checks))
            if row.errors:
                checks.setForeground(QBrush(QColor("#b00020")))
            self.table.setItem(r, 2, checks)
            for c, sector in enumerate(sectors, start=3):
                cell = row.cells[sector.id]
                item = QTableWidgetItem(f"{cell.entered}/{cell.expected}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(QColor(COLOURS[cell.state])))
                tips = [self._source(cell)] if cell.last_change else []
                if cell.computed:
                    tips.append(self.tr("%1 of the figures worked out from the units below or shorter periods")
                                .replace("%1", str(cell.computed)))
                if cell.partial:
                    tips.append(self.tr("%1 of them from only some units or months").replace("%1", str(cell.partial)))
                if tips:
                    item.setToolTip("\n".join(tips))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _source(self, cell) -> str:
        """Where the figures came from, for the cell's tooltip."""
        when = labels.moment(cell.last_change)
        package = cell.package
        if package is not None:
            made = labels.moment(package.created_at)
            return (self.tr("Imported %1 from the data package of %2 (id %3, made %4)")
                    .replace("%1", when).replace("%2", package.origin)
                    .replace("%3", package.package_id[:8] or "?").replace("%4", made or "?"))
        if cell.last_by == "import":
            return self.tr("Imported %1 from a spreadsheet").replace("%1", when)
        return self.tr("Last change %1 by %2").replace("%1", when).replace("%2", cell.last_by or "")
