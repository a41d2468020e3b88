"""The Inspection page: violations, inspections, petitions, establishments,
legal bases, the indicators computed from them, and the trash.

Its lists read again when an operation changed inspection records (or, for the
computed indicators, the scope): at once when the page is in view, else when shown.

Signals:
    status(str): something to tell in the status bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from models import access, catalog
from models.inspection import common, computed, inspections, legal, petitions, registry
from ops import inspection
from ops.changes import FIGURES, INSPECTION
from models.numbers import format_number
from ui import inspection_dialogs as dialogs
from ui import inspection_labels
from ui.record_list import Column, RecordListPanel
from ui.violation_list import ViolationListPanel
from widgets.dialogs import confirm
from ui import labels


def _date(value: str | None) -> str:
    return dt.date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


class InspectionPage(QWidget):
    status = Signal(str)

    def __init__(self, *, session, runner, scope: Callable[[], tuple[int, str]], parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._db = session.db
        self._scope = scope
        self._stale = {"lists", "computed"}
        self._writable = access.allowed(session.db, "edit_inspection")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        org_unit = lambda: self._scope()[0]  # noqa: E731
        self.violations = ViolationListPanel(session=session, runner=runner, org_unit=org_unit, parent=self)
        self.inspections = self._inspections()
        self.petitions = self._petitions()
        self.establishments = self._establishments()
        self.legal_bases = self._legal_bases()
        self.computed = ComputedIndicators(db=session.db, scope=scope, parent=self)
        self.trash = TrashPanel(session=session, runner=runner, parent=self)
        for widget, label in ((self.violations, self.tr("Violations")), (self.inspections, self.tr("Inspections")),
                              (self.petitions, self.tr("Petitions")),
                              (self.establishments, self.tr("Establishments")),
                              (self.legal_bases, self.tr("Legal bases")),
                              (self.computed, self.tr("Indicators from the records")),
                              (self.trash, self.tr("Trash"))):
            self.tabs.addTab(widget, label)
            if hasattr(widget, "status"):
                widget.status.connect(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def scope_changed(self) -> None:
        self._stale.add("computed")

    def on_changes(self, changes) -> None:
        if changes.touches(INSPECTION):
            self._stale |= {"lists", "computed"}
        if changes.touches(FIGURES):
            self._stale.add("computed")

    def refresh(self) -> None:
        """Read again what changed (the window calls it when the page is in view)."""
        stale, self._stale = self._stale, set()
        if "lists" in stale:
            for panel in (self.violations, self.inspections, self.petitions, self.establishments,
                          self.legal_bases, self.trash):
                panel.reload()
        if "computed" in stale:
            self.computed.reload()

    # ------------------------------------------------------------ lists

    def _inspections(self) -> RecordListPanel:
        db, statuses = self._db, inspection_labels.inspection_statuses()
        sectors = {s.id: labels.name(s) for s in catalog.sectors(db, include_inactive=True)}
        columns = [Column(self.tr("Decision"), lambda i: i.decision_number, searched=True),
                   Column(self.tr("Date"), lambda i: _date(i.decision_date), lambda i: i.decision_date),
                   Column(self.tr("Kind"), lambda i: self.tr("planned") if i.planned else self.tr("unscheduled")),
                   Column(self.tr("Sector"), lambda i: sectors.get(i.sector_id, "")),
                   Column(self.tr("Establishments"), lambda i: str(len(i.establishment_ids)),
                          lambda i: len(i.establishment_ids), numeric=True),
                   Column(self.tr("Status"), lambda i: statuses.get(i.status, i.status)),
                   Column(self.tr("Conclusion"), lambda i: i.conclusion, searched=True)]
        new = lambda: inspections.Inspection(None, "", dt.date.today().isoformat(), self._scope()[0])  # noqa: E731
        return RecordListPanel(
            runner=self._runner, writable=self._writable,
            columns=columns, load=lambda: inspections.list_inspections(db), export_title=self.tr("Inspections"),
            open_form=lambda item: dialogs.inspection_dialog(self._session, self._runner, item or new(), parent=self),
            delete=lambda item: inspection.move_to_trash(self._session, "inspections", item.id),
            describe=lambda i: i.decision_number, parent=self)

    def _petitions(self) -> RecordListPanel:
        db, statuses = self._db, inspection_labels.petition_statuses()
        flags = inspection_labels.flags()
        columns = [Column(self.tr("Received"), lambda p: _date(p.received_date), lambda p: p.received_date),
                   Column(self.tr("From"), lambda p: p.sender, searched=True),
                   Column(self.tr("Content"), lambda p: p.content, searched=True),
                   Column(self.tr("Deadline"), lambda p: _date(p.deadline), lambda p: p.deadline or ""),
                   Column(self.tr("Status"), lambda p: statuses.get(p.status, p.status)),
                   Column(self.tr("Answered"), lambda p: _date(p.answered_date), lambda p: p.answered_date or "")]
        new = lambda: petitions.Petition(None, dt.date.today().isoformat(), "", self._scope()[0])  # noqa: E731
        panel = RecordListPanel(
            runner=self._runner, writable=self._writable,
            columns=columns, load=lambda: petitions.list_petitions(
                db, overdue_only=panel_overdue.isChecked()), export_title=self.tr("Petitions"),
            open_form=lambda item: dialogs.petition_dialog(self._session, self._runner, item or new(), parent=self),
            delete=lambda item: inspection.move_to_trash(self._session, "petitions", item.id),
            flag=lambda p: "overdue_petition" if petitions.overdue(p) else None, flag_labels=flags,
            describe=lambda p: p.sender, parent=self)
        panel_overdue = QCheckBox(self.tr("Past deadline only"), panel)
        panel_overdue.toggled.connect(lambda _b: panel.reload())
        panel.filters.addWidget(panel_overdue)
        return panel

    def _establishments(self) -> RecordListPanel:
        db, kinds, statuses = self._db, inspection_labels.establishment_kinds(), inspection_labels.establishment_statuses()
        units = {u.id: labels.name(u) for u in catalog.org_units(db, include_inactive=True)}
        flags = inspection_labels.flags()
        columns = [Column(self.tr("Name"), lambda e: e.name, searched=True), Column(self.tr("Kind"), lambda e: kinds.get(e.kind, "")),
                   Column(self.tr("Org unit"), lambda e: units.get(e.org_unit_id, "")),
                   Column(self.tr("Address"), lambda e: e.address, searched=True),
                   Column(self.tr("Licence"), lambda e: e.licence_number, searched=True),
                   Column(self.tr("Expires"), lambda e: _date(e.licence_expires), lambda e: e.licence_expires or ""),
                   Column(self.tr("Status"), lambda e: statuses.get(e.status, e.status))]
        kind_filter = QComboBox(self)
        kind_filter.addItem(self.tr("All kinds"), None)
        for code, label in kinds.items():
            kind_filter.addItem(label, code)
        unit_filter = QComboBox(self)
        unit_filter.addItem(self.tr("All org units"), None)
        for unit, depth in catalog.org_unit_tree(db):
            unit_filter.addItem("    " * depth + labels.name(unit), unit.id)
        status_filter = QComboBox(self)
        status_filter.addItem(self.tr("All statuses"), None)
        for code, label in statuses.items():
            status_filter.addItem(label, code)
        sector_filter = QComboBox(self)
        sector_filter.addItem(self.tr("All sectors"), None)
        for sector in catalog.sectors(db):
            sector_filter.addItem(labels.name(sector), sector.id)
        flagged = QCheckBox(self.tr("Licence expired or expiring"), self)
        new = lambda: registry.Establishment(None, "printing", "", self._scope()[0])  # noqa: E731
        panel = RecordListPanel(
            runner=self._runner, writable=self._writable, columns=columns, export_title=self.tr("Establishments"),
            load=lambda: registry.list_establishments(db, kind=kind_filter.currentData(),
                                                      sector_id=sector_filter.currentData(),
                                                      org_unit_id=unit_filter.currentData(),
                                                      status=status_filter.currentData(),
                                                      flagged_only=flagged.isChecked()),
            open_form=lambda item: dialogs.establishment_dialog(self._session, self._runner, item or new(),
                                                                parent=self),
            delete=lambda item: inspection.move_to_trash(self._session, "establishments", item.id),
            flag=registry.licence_flag, flag_labels=flags, describe=lambda e: e.name, parent=self)
        for widget in (kind_filter, sector_filter, unit_filter, status_filter):
            # A long entry (an org unit's indented name) must not set the row's width.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(16)
            widget.currentIndexChanged.connect(lambda _i: panel.reload())
            panel.filters.addWidget(widget)
        flagged.toggled.connect(lambda _b: panel.reload())
        panel.filters.addWidget(flagged)
        return panel

    def _legal_bases(self) -> RecordListPanel:
        db = self._db
        columns = [Column(self.tr("Citation"), lambda b: b.citation, searched=True),
                   Column(self.tr("Offence"), lambda b: b.description, searched=True),
                   Column(self.tr("Minimum fine"), lambda b: format_number(b.fine_min), lambda b: b.fine_min,
                          numeric=True),
                   Column(self.tr("Maximum fine"), lambda b: format_number(b.fine_max), lambda b: b.fine_max,
                          numeric=True),
                   Column(self.tr("In force"), lambda b: self.tr("yes") if b.active else self.tr("no"))]
        return RecordListPanel(
            runner=self._runner, writable=self._writable,
            columns=columns, load=lambda: legal.list_legal_bases(db, include_inactive=True),
            export_title=self.tr("Legal bases"),
            open_form=lambda item: dialogs.legal_basis_dialog(self._session, self._runner,
                                                              item or legal.LegalBasis(None, ""), parent=self),
            delete=None, describe=lambda b: b.citation, parent=self)


class ComputedIndicators(QWidget):
    """The inspection indicators computed from the records beside the figures typed by hand."""

    def __init__(self, *, db, scope, parent=None):
        super().__init__(parent)
        self._db = db
        self._scope = scope
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("From the records"),
                                              self.tr("Typed in the grid"), self.tr("Difference")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def reload(self) -> None:
        org_unit_id, period = self._scope()
        if org_unit_id is None:
            return
        unit = catalog.org_unit(self._db, org_unit_id)
        self.title.setText(self.tr("%1, %2 (the unit and those under it; dates cut by the office's period rule)")
                           .replace("%1", labels.name(unit)).replace("%2", labels.period(period)))
        rows = computed.compare(self._db, org_unit_id, period)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            difference = "" if row.entered is None else format_number(row.entered - row.computed)
            cells = [row.name, format_number(row.computed),
                     format_number(row.entered) if row.entered is not None else "—", difference]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.differs:
                    item.setBackground(QBrush(QColor("#fde2e1")))
                    item.setToolTip(self.tr("The figure typed by hand differs from the records"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()


class TrashPanel(QWidget):
    status = Signal(str)

    def __init__(self, *, session, runner, parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._db = session.db
        self._rows: list[dict] = []
        self.table = QTableWidget(self)
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Deleted at")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        restore = QPushButton(self.tr("Restore"), self)
        restore.clicked.connect(self.restore_selected)
        empty = QPushButton(self.tr("Empty the trash…"), self)
        empty.clicked.connect(self.empty)
        buttons = QHBoxLayout()
        buttons.addWidget(restore)
        buttons.addStretch()
        buttons.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        kinds = {"establishments": self.tr("Establishment"), "inspections": self.tr("Inspection"),
                 "violations": self.tr("Violation"), "petitions": self.tr("Petition")}
        self._rows = common.trash(self._db)
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            for c, text in enumerate((kinds[row["table"]], row["label"] or "", labels.moment(row["deleted_at"]))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def restore_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        done = [self._runner.apply(inspection.restore_from_trash, self._session, self._rows[row]["table"],
                                   self._rows[row]["id"], parent=self) for row in sorted(rows)]
        if done and all(done):
            self.status.emit(self.tr("Restored"))

    def empty(self) -> None:
        if self._rows and confirm(self, self.tr("Empty the trash"),
                                  self.tr("Remove the %1 records in the trash for good?").replace(
                                      "%1", str(len(self._rows))),
                                  yes_text=self.tr("Remove for good"), no_text=self.tr("Keep")):
            self._runner.apply(inspection.empty_trash, self._session, parent=self)
