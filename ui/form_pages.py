"""The fields a legal form asks for, as tabs of an entry dialog: one tab per group of the
template (when and where, who, the offender, statements, measures, closing...), so the
record's dialog does not become a wall. Built from the template itself
(resources/forms/, models/reports/forms.py): a field the office adds to a template appears
here without a new program.

People (officers, witnesses) are typed one per line, their columns separated by ";"
("Nguyễn Văn An; Thanh tra viên; Sở Khoa học và Công nghệ").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
                               QWidget)

from models.dates import DateError
from models.reports.forms import Field, Form
from ui.record_form import FieldValueError
from widgets.date_field import DateField, DateTimeField


def people_text(value) -> str:
    return "\n".join("; ".join(str(v) for v in entry.values()) for entry in value or [])


def people_value(text: str, field: Field) -> list[dict]:
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(";")]
        out.append({key: parts[i] if i < len(parts) else "" for i, (key, _label) in enumerate(field.columns)})
    return out


class FormPage(QScrollArea):
    """One group of a template's fields."""

    def __init__(self, fields: list[Field], parent=None):
        super().__init__(parent)
        self.fields = {f.key: f for f in fields}
        self.widgets: dict[str, QWidget] = {}
        body = QWidget(self)
        layout = QFormLayout(body)
        for field in fields:
            widget = self._make(field)
            widget.setObjectName(field.key)
            tip = field.hint or ""
            if field.kind == "people":
                tip = QCoreApplication.translate("FormPages", "One per line: %1").replace(
                    "%1", "; ".join(label for _k, label in field.columns)) + (f"\n{tip}" if tip else "")
            if tip:
                widget.setToolTip(tip)
            self.widgets[field.key] = widget
            label = QLabel(field.label + (" *" if field.required else ""), body)
            label.setWordWrap(True)
            label.setToolTip(tip)
            layout.addRow(label, widget)
        self.setWidget(body)
        self.setWidgetResizable(True)

    def _make(self, field: Field) -> QWidget:
        if field.kind in ("multiline", "people"):
            widget = QPlainTextEdit(self)
            widget.setFixedHeight(58 if field.kind == "multiline" else 70)
            widget.setTabChangesFocus(True)
            if field.kind == "people":
                widget.setPlaceholderText("; ".join(label for _k, label in field.columns))
            return widget
        if field.kind == "date":
            return DateField(self)
        if field.kind == "datetime":
            return DateTimeField(self)
        if field.kind == "choice":
            widget = QComboBox(self)
            widget.addItem("—", None)
            for value, label in field.choices:
                widget.addItem(label, value)
            return widget
        if field.kind == "flag":
            return QCheckBox(self)
        widget = QLineEdit(self)
        if field.hint:
            widget.setPlaceholderText(field.hint)
        return widget

    def set_values(self, values: dict) -> None:
        for key, field in self.fields.items():
            widget, value = self.widgets[key], values.get(key)
            if field.kind == "people":
                widget.setPlainText(people_text(value))
            elif field.kind == "multiline":
                widget.setPlainText(value or "")
            elif field.kind == "date":
                widget.set_date(value or None)
            elif field.kind == "datetime":
                widget.set_value(value or None)
            elif field.kind == "choice":
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif field.kind == "flag":
                widget.setChecked(bool(value))
            else:
                widget.setText("" if value is None else str(value))

    def values(self) -> dict:
        out = {}
        for key, field in self.fields.items():
            widget = self.widgets[key]
            if field.kind == "people":
                out[key] = people_value(widget.toPlainText(), field)
            elif field.kind == "multiline":
                out[key] = widget.toPlainText()
            elif field.kind in ("date", "datetime"):
                try:
                    if field.kind == "date":
                        out[key] = widget.iso()
                    else:
                        moment = widget.value()
                        out[key] = moment.isoformat(timespec="minutes") if moment else None
                except DateError as exc:
                    raise FieldValueError(key, f"{field.label}: {exc}") from None
            elif field.kind == "choice":
                out[key] = widget.currentData()
            elif field.kind == "flag":
                out[key] = widget.isChecked()
            elif field.kind == "int":
                text = widget.text().strip()
                if text and not text.isdigit():
                    raise FieldValueError(key, QCoreApplication.translate("FormPages", "%1: a whole number")
                                          .replace("%1", field.label))
                out[key] = int(text) if text else None
            else:
                out[key] = widget.text()
        return out


def pages_of(form: Form, *, skip: tuple[str, ...] = ("essentials",), each: bool = False) -> list[tuple[str, FormPage]]:
    """(title, page) for each group of a template, in its order (fields of list items left out
    unless ``each``)."""
    out = []
    for group, title in form.groups:
        fields = [f for f in form.fields_of(group) if bool(f.each) == each]
        if group in skip or not fields:
            continue
        out.append((title, FormPage(fields)))
    return out


class TargetTable(QWidget):
    """Per establishment inspected, the fields the minutes ask of each (representative, what
    was checked, found and said): a row per establishment, kept when the list changes."""

    def __init__(self, fields: list[Field], parent=None):
        from PySide6.QtWidgets import QTableWidget, QVBoxLayout

        super().__init__(parent)
        self.fields = fields
        self.table = QTableWidget(0, len(fields), self)
        self.table.setObjectName("targetDetails")
        self.table.setHorizontalHeaderLabels([f.label + (" *" if f.required else "") for f in fields])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        note = QLabel(QCoreApplication.translate("FormPages", "One row per establishment ticked on the main tab"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        self._rows: list[int] = []
        self._kept: dict[int, dict] = {}

    def set_targets(self, targets: list[tuple[int, str]], details: dict | None = None) -> None:
        """Rows for these (establishment id, name); ``details`` by id, else what was typed."""
        from PySide6.QtWidgets import QTableWidgetItem

        self._kept.update(self.values())
        if details:
            self._kept.update({int(k): dict(v) for k, v in details.items()})
        self.table.setRowCount(len(targets))
        self.table.setVerticalHeaderLabels([name for _id, name in targets])
        self._rows = [establishment_id for establishment_id, _name in targets]
        for row, establishment_id in enumerate(self._rows):
            kept = self._kept.get(establishment_id, {})
            for column, field in enumerate(self.fields):
                self.table.setItem(row, column, QTableWidgetItem(str(kept.get(field.key) or "")))
        self.table.resizeRowsToContents()

    def values(self) -> dict[int, dict]:
        out = {}
        for row, establishment_id in enumerate(self._rows):
            out[establishment_id] = {field.key: (self.table.item(row, column).text() if self.table.item(row, column)
                                                 else "") for column, field in enumerate(self.fields)}
        return out
