"""The sector's activities for the period: a list with add, edit and delete.

Signals (ActivitiesPanel):
    saved(str): an activity was stored or deleted.
    failed(str): an activity was refused; nothing was stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLineEdit, QPushButton, QSpinBox, QTableView,
                               QVBoxLayout, QWidget)

from ui import labels
from models import access, approvals
from models.activities import Activity, list_activities
from ops import texts
from models.dates import DateError, format_date
from models.numbers import format_number
from models.periods import parse_period
from widgets.date_field import DateField
from widgets.dialogs import button_box, confirm, error_label

DATE, TITLE, KIND, PARTICIPANTS, NOTE = range(5)


class ActivityTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Activity] = []

    def set_rows(self, rows: list[Activity]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def activity_at(self, row: int) -> Activity:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {DATE: self.tr("Date"), TITLE: self.tr("Activity"), KIND: self.tr("Kind"),
                PARTICIPANTS: self.tr("Participants"), NOTE: self.tr("Note")}.get(section)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        activity = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return format_date(activity.date)
            if column == PARTICIPANTS:
                return format_number(activity.participants) if activity.participants is not None else ""
            return {TITLE: activity.title, KIND: activity.kind, NOTE: activity.note}.get(column)
        if role == Qt.ItemDataRole.EditRole:
            return {DATE: activity.date, TITLE: activity.title, KIND: activity.kind,
                    PARTICIPANTS: activity.participants, NOTE: activity.note}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, NOTE):
            return activity.title if column == TITLE else activity.note
        return None


class ActivityDialog(QDialog):
    """Add or edit one activity; the form refuses bad input before closing."""

    KINDS = ("Tập huấn", "Hội nghị", "Hội thảo", "Cuộc thi", "Triển lãm", "Sự kiện",
             "Chiến dịch", "Diễn tập", "Kiểm tra")

    def __init__(self, *, session, runner, activity: Activity, parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._activity = activity
        self.setWindowTitle(self.tr("Activity"))
        self.date = DateField(self, optional=False)
        self.date.set_date(activity.date)
        self.title = QLineEdit(activity.title, self)
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.addItems(self.KINDS)
        self.kind.setCurrentText(activity.kind)
        self.participants = QSpinBox(self)
        self.participants.setRange(-1, 10_000_000)
        self.participants.setSpecialValueText(self.tr("not stated"))
        self.participants.setValue(activity.participants if activity.participants is not None else -1)
        self.note = QLineEdit(activity.note, self)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Activity"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Participants"), self.participants)
        form.addRow(self.tr("Note"), self.note)
        buttons = button_box(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.saved_id: int | None = None

    def accept(self):
        count = self.participants.value()
        try:
            day = self.date.iso()
        except DateError as exc:
            self.error.setText(self.tr("Date: %1").replace("%1", labels.message(exc)))
            self.date.setFocus()
            return
        activity = dataclasses.replace(
            self._activity, date=day, title=self.title.text(),
            kind=self.kind.currentText(), participants=None if count < 0 else count,
            note=self.note.text())
        done = self._runner.apply(texts.save_activity, self._session, activity, on_refused=self.error.setText)
        if done is None:
            return
        self.saved_id = done.record_id
        super().accept()


class ActivitiesPanel(QWidget):
    """Signals: saved(str): an activity was stored or deleted, or refused (the text says which)."""

    saved = Signal(str)

    def __init__(self, *, session, runner, sector_id: int, parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._db = session.db
        self._sector_id = sector_id
        self._scope: tuple[int, str] | None = None
        self.model = ActivityTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, KIND, PARTICIPANTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(NOTE, 220)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(access.allowed(self._db, "edit_text"))
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def set_scope(self, org_unit_id: int, period: str) -> None:
        self._scope = (org_unit_id, period)
        writable = access.allowed(self._db, "edit_text") and approvals.current(self._db, org_unit_id, period) is None
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(writable)
        self.reload()

    def reload(self) -> None:
        if self._scope:
            self.model.set_rows(list_activities(self._db, self._sector_id, *self._scope))

    def _default_date(self, period: str) -> str:
        today = dt.date.today()
        start, end = parse_period(period).date_range()
        return (today if start <= today <= end else start).isoformat()

    def add(self) -> None:
        if not self._scope:
            return
        org_unit_id, period = self._scope
        activity = Activity(None, self._sector_id, org_unit_id, period, self._default_date(period), "")
        self._open(activity)

    def edit_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._open(self.model.activity_at(rows[0].row()))

    def _open(self, activity: Activity) -> None:
        dialog = ActivityDialog(session=self._session, runner=self._runner, activity=activity, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.saved.emit(self.tr("Activity saved"))

    def delete_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        activity = self.model.activity_at(rows[0].row())
        if confirm(self, self.tr("Delete activity"), self.tr("Delete “%1”?").replace("%1", activity.title),
                   yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
            if self._runner.apply(texts.delete_activity, self._session, activity, on_refused=self.saved.emit):
                self.saved.emit(self.tr("Activity deleted"))
