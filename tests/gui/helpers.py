"""Acting on the window as a user does: typing (Vietnamese included) and clicking buttons by their label."""

from __future__ import annotations

from PySide6.QtCore import Qt


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` as a Vietnamese keyboard does: ASCII as key presses, other
    letters committed by the input method (QTest cannot press keys it has no Latin-1 code for)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    run = ""
    for char in text + "\0":
        if char != "\0" and char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def click_button(qtbot, parent, text: str) -> None:
    """Click the button of ``parent`` labelled ``text`` (accelerator marks ignored)."""
    from PySide6.QtWidgets import QAbstractButton

    button = next(b for b in parent.findChildren(QAbstractButton) if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
