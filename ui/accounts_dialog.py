"""Accounts (administrators): add, change role or password, disable; switch the login off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from models import access, settings
from ops import accounts
from widgets.dialogs import button_box, error_label


def role_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"data_entry": translate("Roles", "Data entry"), "inspector": translate("Roles", "Inspector"),
            "leader": translate("Roles", "Leader (approves)"), "admin": translate("Roles", "Administrator")}


class AccountDialog(QDialog):
    def __init__(self, *, session, runner, user: access.User | None, parent=None):
        super().__init__(parent)
        self._session, self._runner, self._user = session, runner, user
        db = session.db
        self.setWindowTitle(self.tr("Account"))
        self.username = QLineEdit(user.username if user else "", self)
        self.full_name = QLineEdit(user.full_name if user else "", self)
        self.role = QComboBox(self)
        for code, label in role_labels().items():
            self.role.addItem(label, code)
        # The first account must be an administrator (models.access refuses anything else).
        self.role.setCurrentIndex(self.role.findData(user.role if user else
                                                     "data_entry" if access.accounts_exist(db) else "admin"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(unchanged)") if user else self.tr("at least 8 characters"))
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(user.active if user else True)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(button_box(self, self.tr("Save"), self.tr("Cancel")))

    def accept(self):
        if self._runner.apply(accounts.save_user, self._session, username=self.username.text(),
                              full_name=self.full_name.text(), role=self.role.currentData(),
                              password=self.password.text() or None, active=self.active.isChecked(),
                              user_id=self._user.id if self._user else None, on_refused=self.error.setText):
            super().accept()


class AccountsDialog(QDialog):
    def __init__(self, *, session, runner, parent=None):
        super().__init__(parent)
        self._session, self._runner = session, runner
        self._db = db = session.db
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(self)
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("Active")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.login = QCheckBox(self.tr("Ask for a login at start (switch off for a one-person office)"), self)
        self.login.setChecked(settings.get_setting(db, "login_required") is not False)
        self.login.toggled.connect(self._switch_login)
        add = QPushButton(self.tr("Add…"), self)
        add.clicked.connect(lambda: self._edit(None))
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(self._edit_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.login)
        layout.addLayout(buttons)
        close = button_box(self, self.tr("Close"), self.tr("Cancel"))
        layout.addWidget(close)
        self.resize(560, 400)
        self.reload()

    def reload(self) -> None:
        self.users = access.list_users(self._db)
        labels = role_labels()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            for column, text in enumerate((user.username, user.full_name, labels[user.role],
                                           self.tr("yes") if user.active else self.tr("no"))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _switch_login(self, on: bool) -> None:
        if self._runner.apply(accounts.set_login_required, self._session, on, parent=self) is None:
            self.login.blockSignals(True)
            self.login.setChecked(not on)
            self.login.blockSignals(False)

    def _edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._edit(self.users[rows[0].row()])

    def _edit(self, user) -> None:
        if AccountDialog(session=self._session, runner=self._runner, user=user, parent=self).exec():
            self.reload()
