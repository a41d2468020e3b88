"""Sign in at start (when the office uses accounts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from models import access
from widgets.dialogs import button_box, error_label


class LoginDialog(QDialog):
    def __init__(self, *, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Sign in"))
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(button_box(self, self.tr("Sign in"), self.tr("Quit")))
        self.user: access.User | None = None

    def accept(self):
        try:
            self.user = access.sign_in(self._db, self.username.text(), self.password.text())
        except access.AccessError as exc:
            self.error.setText(str(exc))
            self.password.clear()
            return
        super().accept()
