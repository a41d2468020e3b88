"""The history of a figure or of a period, read from the audit log, in words.

Each change is one row: when, who (the account's full name), what it concerns (the
indicator, the report text of a sector, an activity, the approval), what was done, and
the fields before and after under their own names ("Giá trị: 4.000.000; Trạng thái: Ước
tính"). Approvals and un-approvals are listed with their reasons.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from models import access, audit, catalog
from models.audit import Entry
from models.dates import format_date
from models.numbers import format_number
from ui import labels

translate = QCoreApplication.translate


def history_of(db, org_unit_id: int, period: str, *, indicator=None) -> tuple[str, list[list[str]]]:
    """(title, rows) for one indicator's figure, or for the whole period when ``indicator`` is None."""
    unit = catalog.org_unit(db, org_unit_id)
    label = labels.period(period)
    if indicator is None:
        title = translate("History", "Changes of %1, %2").replace("%1", labels.name(unit)).replace("%2", label)
        entries = audit.period_history(db, org_unit_id, period)
    else:
        title = f"{labels.name(indicator)} — {labels.name(unit)}, {label}"
        entries = audit.value_history(db, indicator.id, org_unit_id, period)
    return title, rows_of(db, entries)


def rows_of(db, entries: list[Entry]) -> list[list[str]]:
    """The rows shown for audit entries, newest first."""
    indicators = {str(i.id): labels.name(i) for i in catalog.indicators(db, include_inactive=True)}
    sectors = {str(s.id): labels.name(s) for s in catalog.sectors(db, include_inactive=True)}
    people = {u.username: u.full_name or u.username for u in access.list_users(db)}
    rows = []
    for entry in reversed(entries):
        when = dt.datetime.fromisoformat(entry.at.replace("Z", "+00:00")).astimezone().strftime("%d/%m/%Y %H:%M:%S")
        rows.append([when, people.get(entry.user, entry.user), _subject(entry, indicators, sectors),
                     _action(entry), _fields(entry.old, entry), _fields(entry.new, entry)])
    return rows


def _subject(entry: Entry, indicators: dict, sectors: dict) -> str:
    key = entry.record_key.split("|")
    record = entry.new or entry.old or {}
    if entry.table_name == "indicator_values":
        return indicators.get(key[0], key[0])
    if entry.table_name == "targets":
        return translate("History", "Target: %1").replace("%1", indicators.get(key[0], key[0]))
    if entry.table_name == "narratives":
        parts = {"results": translate("History", "results"), "difficulties": translate("History", "difficulties"),
                 "tasks": translate("History", "next tasks")}
        return translate("History", "Report text, %1 (%2)").replace("%1", sectors.get(key[0], key[0])) \
            .replace("%2", parts.get(key[3] if len(key) > 3 else "", ""))
    if entry.table_name == "activities":
        return translate("History", "Activity: %1").replace("%1", str(record.get("title", "")))
    if entry.table_name == "approvals":
        return translate("History", "Approval")
    return entry.table_name


def _action(entry: Entry) -> str:
    if entry.table_name == "approvals":
        if entry.action == "insert":
            return translate("History", "approved")
        if (entry.new or {}).get("revoked_at"):
            return translate("History", "un-approved")
    return {"insert": translate("History", "added"), "update": translate("History", "changed"),
            "delete": translate("History", "removed")}.get(entry.action, entry.action)


def _fields(data: dict | None, entry: Entry) -> str:
    """The fields a person reads, under their names; the others (ids, stamps) left out."""
    if not data:
        return ""
    if entry.table_name == "approvals":
        reason = data.get("revoke_reason")
        return translate("History", "Reason: %1").replace("%1", reason) if reason else ""
    names = {"value": translate("History", "Value"), "status": translate("History", "Status"),
             "note": translate("History", "Note"), "body": translate("History", "Text"),
             "title": translate("History", "Activity"), "date": translate("History", "Date"),
             "kind": translate("History", "Kind"), "participants": translate("History", "Participants")}
    statuses = {"estimate": translate("History", "Estimate"), "final": translate("History", "Final")}
    parts = []
    for key, label in names.items():
        value = data.get(key)
        if value in (None, ""):
            continue
        if key in ("value", "participants"):
            text = format_number(value)
        elif key == "status":
            text = statuses.get(value, value)
        elif key == "date":
            text = format_date(value)
        else:
            text = str(value)
        parts.append(f"{label}: {text[:120]}")
    return "; ".join(parts)


class HistoryDialog(QDialog):
    def __init__(self, *, title: str, entries: list[list[str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        self.table = QTableWidget(len(entries), 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Indicator or record"),
                                              self.tr("What"), self.tr("Before"), self.tr("After")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, cells in enumerate(entries):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        self.resize(1040, 460)
