"""The shared date field: typed as dd/mm/yyyy with or without slashes, or picked from a calendar."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from models.inspection import petitions
from tests.gui.helpers import click_button
from widgets.date_field import DateField, DateTimeField


@pytest.mark.parametrize("typed", ["15/03/2025", "15032025", "15/3/2025", "15.03.2025"])
def test_typed_then_tab(qtbot, typed):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.date() == dt.date(2025, 3, 15)
    assert field.edit.text() == "15/03/2025"


def test_no_date_turns_red_and_says_why(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "15/01/00003/2025")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert "không đúng dạng" in field.edit.toolTip()
    with pytest.raises(ValueError):
        field.date()


def test_an_empty_field_opens_its_calendar_on_today(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.calendar.isVisible()
    assert field.calendar.selectedDate() == QDate.currentDate()
    field.calendar.clicked.emit(QDate(2024, 12, 31))
    assert field.date() == dt.date(2024, 12, 31) and not field.calendar.isVisible()
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.calendar.selectedDate() == QDate(2024, 12, 31)  # then on its own date


def test_date_and_time(qtbot):
    field = DateTimeField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.day.edit, "10072024")
    qtbot.keyClicks(field.time, "1015")
    qtbot.keyClick(field.time, Qt.Key.Key_Tab)
    assert field.value() == dt.datetime(2024, 7, 10, 10, 15)
    assert field.time.text() == "10:15"


def test_an_empty_deadline_takes_typing_and_is_saved(qtbot, file_db, window, session):
    """The petition still being processed has no deadline shown; typing one in and saving stores it."""
    from ui.inspection_dialogs import petition_dialog

    item = next(p for p in petitions.list_petitions(file_db) if p.status == "processing")
    item = petitions.Petition(**{**item.__dict__, "deadline": None})
    dialog = petition_dialog(session, window.runner, item, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.form.widgets["deadline"]
    assert field.edit.text() == ""
    qtbot.keyClicks(field.edit, "04/01/2025")
    click_button(qtbot, dialog, "Save")
    saved = next(p for p in petitions.list_petitions(file_db) if p.id == item.id)
    assert saved.deadline == "2025-01-04"
