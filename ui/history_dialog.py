"""The history of a figure or of a period, read from the audit log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from models.audit import Entry
from models.numbers import format_number

_SHOWN = ("value", "status", "note", "title", "body", "date", "participants")


def _summary(data: dict | None) -> str:
    if not data:
        return ""
    parts = []
    for key in _SHOWN:
        if key in data and data[key] not in (None, ""):
            value = data[key]
            text = format_number(value) if isinstance(value, (int, float)) and key == "value" else str(value)
            parts.append(text if key in ("value", "title") else f"{key}: {text}")
    return "; ".join(parts)[:200]


class HistoryDialog(QDialog):
    def __init__(self, *, title: str, entries: list[Entry], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        actions = {"insert": self.tr("added"), "update": self.tr("changed"), "delete": self.tr("removed")}
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        self.table = QTableWidget(len(entries), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Before"), self.tr("After")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(reversed(entries)):  # newest first
            when = dt.datetime.fromisoformat(entry.at).strftime("%d/%m/%Y %H:%M:%S")
            for column, text in enumerate((when, entry.user, actions.get(entry.action, entry.action),
                                           _summary(entry.old), _summary(entry.new))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        self.resize(820, 420)
