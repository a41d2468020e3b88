"""The one date field of the program: typed as dd/mm/yyyy, or picked from a calendar.

Typing goes into a plain line edit and is read by :func:`models.dates.parse_date`
("15/03/2025", "15/3/2025", "15032025" ...) when the field is left or Enter is
pressed; a text that is no date turns the field red with the reason in its
tooltip and ``date()`` raises. The button beside it opens a calendar on the
field's date, or on today when the field is empty. ``DateTimeField`` adds the
hour and minute.

Signals (DateField):
    dateChanged(object): the field now holds this date (a datetime.date, or None when emptied).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from models.dates import DateError, format_date, parse_date, parse_time

ERROR_STYLE = "background: #fde2e1;"


class DateField(QWidget):
    dateChanged = Signal(object)

    def __init__(self, parent=None, *, optional: bool = True):
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaxLength(16)
        self.edit.editingFinished.connect(self._read)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._date: dt.date | None = None
        self.problem: str | None = None

    # ------------------------------------------------------------ value

    def date(self) -> dt.date | None:
        """The date typed or chosen (None when empty and optional); DateError when the text is
        no date, or empty in a required field."""
        self._read()
        if self.problem:
            raise DateError(self.problem)
        return self._date

    def iso(self) -> str | None:
        day = self.date()
        return day.isoformat() if day else None

    def set_date(self, value: dt.date | str | None) -> None:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10]) if value else None
        self.edit.setText(format_date(value))
        self._read()

    def _read(self) -> None:
        text = self.edit.text().strip()
        try:
            if not text:
                if not self.optional:
                    raise DateError(self.tr("enter a date"))
                day = None
            else:
                day = parse_date(text)
        except DateError as exc:
            self.problem = str(exc)
            self.edit.setStyleSheet(ERROR_STYLE)
            self.edit.setToolTip(self.problem)
            return
        self.problem = None
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")
        if day is not None and text != format_date(day):
            self.edit.setText(format_date(day))  # "15032025" reads back as 15/03/2025
        if day != self._date:
            self._date = day
            self.dateChanged.emit(day)

    # ------------------------------------------------------------ calendar

    def open_calendar(self) -> QCalendarWidget:
        """The calendar under the field, on the field's date or today; returns it."""
        self._read()
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        day = self._date or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        return self.calendar

    def _picked(self, chosen: QDate) -> None:
        self.set_date(dt.date(chosen.year(), chosen.month(), chosen.day()))
        self.calendar.hide()
        self.edit.setFocus()


class DateTimeField(QWidget):
    """A date and an hour:minute, for the moment something happened."""

    def __init__(self, parent=None, *, optional: bool = False):
        super().__init__(parent)
        self.day = DateField(self, optional=optional)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("hh:mm"))
        self.time.setMaxLength(8)
        self.time.setFixedWidth(64)
        self.time.editingFinished.connect(self._read_time)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 1)
        row.addWidget(self.time)
        self.setFocusProxy(self.day)

    def _read_time(self) -> None:
        try:
            moment = parse_time(self.time.text()) if self.time.text().strip() else None
        except DateError as exc:
            self.time.setStyleSheet(ERROR_STYLE)
            self.time.setToolTip(str(exc))
            return
        self.time.setStyleSheet("")
        self.time.setToolTip("")
        if moment is not None:
            self.time.setText(moment.strftime("%H:%M"))

    def set_value(self, value: str | dt.datetime | None) -> None:
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value) if value else None
        self.day.set_date(value.date() if value else None)
        self.time.setText(value.strftime("%H:%M") if value else "")

    def value(self) -> dt.datetime | None:
        """The moment (None when both parts are empty and the field is optional); DateError otherwise."""
        day = self.day.date()
        self._read_time()
        text = self.time.text().strip()
        if day is None:
            if text:
                raise DateError(self.tr("enter the date too"))
            return None
        moment = parse_time(text) if text else dt.time(0, 0)
        return dt.datetime.combine(day, moment)
