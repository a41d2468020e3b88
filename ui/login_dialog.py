"""Sign in at start (when the office uses accounts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from ui import labels
from models.errors import is_user_error
from ops import accounts
from widgets.dialogs import button_box, error_label


class LoginDialog(QDialog):
    """Signs the session's user in (ops.accounts.sign_in); a refusal is shown here."""

    def __init__(self, *, session, parent=None):
        super().__init__(parent)
        self._session = session
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
        self.user = None

    def accept(self):
        try:
            self.user = accounts.sign_in(self._session, self.username.text(), self.password.text())
        except Exception as exc:
            if not is_user_error(exc):
                raise
            self.error.setText(labels.message(exc))
            self.password.clear()
            return
        super().accept()
