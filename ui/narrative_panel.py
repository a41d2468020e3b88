"""The sector's report text for the period, in three parts, saved as typed.

Each part is saved a moment after typing stops, when the scope changes and when the
window closes (:meth:`flush`), so an edit is never lost. Reading the text again (after
a change elsewhere) leaves the editor, and its cursor, alone unless the stored text
differs from what is shown (an import brought another).

Signals:
    saved(str): a part was stored, or refused; the text says which.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from models import access, approvals
from models.narratives import get_narrative
from ops import texts
from ui import labels

SAVE_DELAY_MS = 800


class NarrativeEditor(QPlainTextEdit):
    """One part of the text (results, difficulties or tasks)."""

    saved = Signal(str)

    def __init__(self, *, session, runner, sector_id: int, part: str, parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._sector_id = sector_id
        self._part = part
        self._scope: tuple[int, str] | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._edited)
        self.setTabChangesFocus(True)
        self.setReadOnly(not access.allowed(session.db, "edit_text"))

    def set_scope(self, org_unit_id: int, period: str) -> None:
        """Show the part for this org unit and period (what was typed for the previous is saved)."""
        if (org_unit_id, period) != self._scope:
            self.flush()
        db = self._session.db
        body = get_narrative(db, self._sector_id, org_unit_id, period)[self._part]
        locked = approvals.current(db, org_unit_id, period) is not None
        self.setReadOnly(locked or not access.allowed(db, "edit_text"))
        if (org_unit_id, period) == self._scope and (self._dirty or body == self.toPlainText()):
            return  # the same text, or the user's newer one: the cursor stays where it is
        self._scope = (org_unit_id, period)
        self.blockSignals(True)
        self.setPlainText(body)
        self.blockSignals(False)
        self._dirty = False

    def _edited(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Save now if there are unsaved edits (refused: the text stays on screen, still unsaved)."""
        self._timer.stop()
        if not self._dirty or self._scope is None:
            return
        self._dirty = False  # before the save: its changes come back here while it runs
        done = self._runner.apply(texts.save_text, self._session, self._sector_id, *self._scope, self._part,
                                  self.toPlainText(), on_refused=self.saved.emit)
        if done is None:
            self._dirty = True
            return
        self.saved.emit(self.tr("Text saved at %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))


class NarrativePanel(QWidget):
    """An editor of one part with, above it, the button that inserts a figure (ui/field_picker.py)
    where the cursor is; Ctrl+Shift+F does the same from the keyboard."""

    def __init__(self, editor: NarrativeEditor, *, hint: str, flush_all=None, parent=None):
        super().__init__(parent)
        self.editor = editor
        self._flush_all = flush_all or editor.flush  # every part typed in the tab is saved before a copy
        self.insert_button = QPushButton(self.tr("Insert a figure…"), self)
        self.insert_button.setToolTip(self.tr("A field that prints the figure from the records when the report "
                                              "is made (Ctrl+Shift+F)"))
        self.insert_button.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.insert_button.clicked.connect(self.insert_field)
        self.copy_button = QPushButton(self.tr("Copy from the year before"), self)
        self.copy_button.setToolTip(self.tr("Start this period's text, in every sector, from the same period a year "
                                            "before; parts already written are kept"))
        self.copy_button.clicked.connect(self.copy_earlier)
        label = QLabel(hint, self)
        label.setStyleSheet("color: #5f6670;")
        label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(editor, 1)

    def insert_field(self) -> None:
        from ui.field_picker import FieldPicker

        if self.editor.isReadOnly() or self.editor._scope is None:
            return
        picker = FieldPicker(db=self.editor._session.db, scope=self.editor._scope, parent=self)
        if picker.exec() and picker.field:
            self.editor.insertPlainText(picker.field)
            self.editor.setFocus()

    def copy_earlier(self) -> None:
        """Sao chép từ kỳ trước: every sector's text of the same period a year before, where this
        period has none yet (what was typed here is saved first and kept)."""
        from models.periods import parse_period

        if self.editor.isReadOnly() or self.editor._scope is None:
            return
        self._flush_all()
        org_unit_id, period = self.editor._scope
        earlier = parse_period(period).previous_comparable()
        changes = self.editor._runner.apply(texts.copy_texts, self.editor._session, org_unit_id, earlier.key, period,
                                            on_refused=self.editor.saved.emit)
        if changes is not None:
            self.editor.saved.emit(self.tr("%1 parts copied from %2").replace("%1", str(changes.count))
                                   .replace("%2", labels.period(earlier)))
