"""Dialog helpers whose button labels come from the caller.

Qt ships no Vietnamese translation of its own buttons ("Save", "Yes"...),
so every screen passes its translated labels here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget


def button_box(parent: QWidget, accept_text: str, reject_text: str) -> QDialogButtonBox:
    """Save/Cancel-style buttons wired to the parent dialog's accept and reject."""
    box = QDialogButtonBox(parent)
    box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(reject_text, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(parent.accept)
    box.rejected.connect(parent.reject)
    return box


def confirm(parent: QWidget | None, title: str, text: str, *, yes_text: str, no_text: str) -> bool:
    """Ask a yes/no question; True when the user chose yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def error_label(parent: QWidget) -> QLabel:
    """The red, wrapping line where a screen says why something was refused."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label
