"""A form built from a list of field specs, for the inspection records.

Each field is (name, label, kind, options): kinds are text, multiline, date,
datetime, choice (options: {value: label}), reference (options: list of
(id, label), None allowed), bool, money. ``values()`` reads the form;
``show_error(field, message)`` marks the field a save refused.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from models.dates import DateError
from models.numbers import NumberError, format_number, parse_number
from widgets.date_field import DateField, DateTimeField
from widgets.dialogs import error_label


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"
    options: object = None


class FieldValueError(ValueError):
    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


class RecordForm(QWidget):
    def __init__(self, specs: list[FieldSpec], parent=None):
        super().__init__(parent)
        self.specs = {spec.name: spec for spec in specs}
        self.widgets: dict[str, QWidget] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        for spec in specs:
            widget = self._make(spec)
            widget.setObjectName(spec.name)
            self.widgets[spec.name] = widget
            self.layout_.addRow(spec.label, widget)
        self.error = error_label(self)
        self.error.setObjectName("formError")
        self.layout_.addRow(self.error)

    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "multiline":
            widget = QPlainTextEdit(self)
            widget.setFixedHeight(64)
            widget.setTabChangesFocus(True)
            return widget
        if spec.kind == "date":
            return DateField(self)
        if spec.kind == "datetime":
            return DateTimeField(self)
        if spec.kind in ("choice", "reference"):
            widget = QComboBox(self)
            # Long entries (legal citations) must not widen the form past the dialog.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(24)
            items = spec.options.items() if spec.kind == "choice" else spec.options
            for value, label in items:
                widget.addItem(label, value)
            return widget
        if spec.kind == "bool":
            return QCheckBox(self)
        widget = QLineEdit(self)
        if spec.kind == "money":
            widget.setAlignment(Qt.AlignmentFlag.AlignRight)
            widget.setPlaceholderText("đồng")
        return widget

    # ------------------------------------------------------------ reading and writing

    def set_values(self, values: dict) -> None:
        for name, value in values.items():
            spec, widget = self.specs.get(name), self.widgets.get(name)
            if spec is None:
                continue
            if spec.kind == "multiline":
                widget.setPlainText(value or "")
            elif spec.kind == "date":
                widget.set_date(value or None)
            elif spec.kind == "datetime":
                widget.set_value(value or None)
            elif spec.kind in ("choice", "reference"):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif spec.kind == "bool":
                widget.setChecked(bool(value))
            elif spec.kind == "money":
                widget.setText(format_number(value) if value is not None else "")
            else:
                widget.setText(value or "")

    def values(self) -> dict:
        """What the form says; raises FieldValueError for a money or date field that cannot be read."""
        out = {}
        for name, spec in self.specs.items():
            widget = self.widgets[name]
            if spec.kind == "multiline":
                out[name] = widget.toPlainText()
            elif spec.kind in ("date", "datetime"):
                try:
                    if spec.kind == "date":
                        out[name] = widget.iso()
                    else:
                        moment = widget.value()
                        out[name] = moment.isoformat(timespec="minutes") if moment else None
                except DateError as exc:
                    raise FieldValueError(name, f"{spec.label}: {exc}") from None
            elif spec.kind in ("choice", "reference"):
                out[name] = widget.currentData()
            elif spec.kind == "bool":
                out[name] = widget.isChecked()
            elif spec.kind == "money":
                text = widget.text().strip()
                try:
                    out[name] = parse_number(text) if text else None
                except NumberError as exc:
                    raise FieldValueError(name, f"{spec.label}: {exc}") from None
            else:
                out[name] = widget.text()
        return out

    def show_error(self, field: str | None, message: str) -> None:
        for widget in self.widgets.values():
            widget.setStyleSheet("")
        if field in self.widgets:
            self.widgets[field].setStyleSheet("background: #fde2e1;")
            self.widgets[field].setFocus()
        self.error.setText(message)
