"""Approving an org unit's period, and un-approving it: each asks first, in its own dialog.

Approving shows what will become read-only and every problem the checks find
(models/validation.py): over warnings it asks to approve all the same; over errors its button
stays off until a reason is typed, which is kept with the approval. Un-approving asks for the
reason in the dialog itself (its button stays off until a reason is typed).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout)

from models import approvals, catalog
from ops import approval, figures
from widgets.dialogs import error_label
from ui import labels
from ui.checks_panel import problem_list


class ApproveDialog(QDialog):
    """"Approve <unit>, <period>?" with what it locks; Approve writes, Cancel does nothing."""

    def __init__(self, *, session, runner, org_unit_id: int, period: str, parent=None):
        super().__init__(parent)
        self._session, self._runner = session, runner
        self._scope = (org_unit_id, period)
        unit = catalog.org_unit(session.db, org_unit_id)
        locked = approvals.what_is_locked(session.db, org_unit_id, period)
        self.setWindowTitle(self.tr("Approve"))
        text = QLabel(self.tr("Approve the figures of %1, %2?").replace("%1", labels.name(unit))
                      .replace("%2", labels.period(period)), self)
        text.setWordWrap(True)
        details = QLabel(self.tr("Once approved, these become read-only in every screen and import until "
                                 "a leader un-approves them with a reason: %1 figures, %2 targets, %3 report "
                                 "texts and %4 activities.").replace("%1", str(locked.figures))
                         .replace("%2", str(locked.targets)).replace("%3", str(locked.texts))
                         .replace("%4", str(locked.activities)), self)
        details.setWordWrap(True)
        self.problems = [p for _unit, p in figures.validate(session, org_unit_id, period)]
        errors = sum(1 for p in self.problems if p.importance == "error")
        checks = QLabel(self)
        checks.setWordWrap(True)
        if self.problems:
            checks.setText(self.tr("The checks found %1 errors and %2 warnings:").replace("%1", str(errors))
                           .replace("%2", str(len(self.problems) - errors)))
        self.problem_list = problem_list(self.problems, self)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why approve despite the errors (kept with the approval)"))
        self.reason.setVisible(errors > 0)
        self.reason.setMaximumHeight(70)
        self.message = error_label(self)
        buttons = QDialogButtonBox(self)
        self.approve_button = QPushButton(self.tr("Approve despite the warnings") if self.problems and not errors
                                          else self.tr("Approve"), self)
        self.approve_button.setEnabled(errors == 0)
        self.reason.textChanged.connect(
            lambda: self.approve_button.setEnabled(bool(self.reason.toPlainText().strip())))
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("Cancel"), self), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, details, checks, self.problem_list, self.reason, self.message, buttons):
            layout.addWidget(widget)
        checks.setVisible(bool(self.problems))
        self.resize(620 if self.problems else 520, self.sizeHint().height())

    def accept(self):
        if self._runner.apply(approval.approve, self._session, *self._scope, self.reason.toPlainText(),
                              on_refused=self.message.setText):
            super().accept()


class RevokeDialog(QDialog):
    """The reason for un-approving, typed here; Un-approve stays off until there is one."""

    def __init__(self, *, session, runner, org_unit_id: int, period: str, parent=None):
        super().__init__(parent)
        self._session, self._runner = session, runner
        self._scope = (org_unit_id, period)
        current = approvals.current(session.db, org_unit_id, period)
        unit = catalog.org_unit(session.db, org_unit_id)
        self.setWindowTitle(self.tr("Un-approve"))
        text = QLabel(self.tr("%1, %2 was approved by %3 on %4. Why must it be changed?")
                      .replace("%1", labels.name(unit)).replace("%2", labels.period(period))
                      .replace("%3", current.approved_by if current else "—")
                      .replace("%4", _when(current.approved_at) if current else "—"), self)
        text.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("The reason is kept with the approval's history"))
        self.reason.setFixedHeight(80)
        self.reason.setTabChangesFocus(True)
        self.message = error_label(self)
        buttons = QDialogButtonBox(self)
        self.revoke_button = QPushButton(self.tr("Un-approve"), self)
        self.revoke_button.setEnabled(False)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("Cancel"), self), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.revoke_button.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        for widget in (text, self.reason, self.message, buttons):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())

    def accept(self):
        if self._runner.apply(approval.revoke, self._session, *self._scope, self.reason.toPlainText(),
                              on_refused=self.message.setText):
            super().accept()


def _when(iso: str) -> str:
    return labels.moment(iso)
