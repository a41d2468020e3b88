"""Office settings: how periods are cut (calendar or Decree 09/2019)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout

from models import settings
from models.periods import CALENDAR, DECREE09
from ops import settings as settings_ops
from widgets.dialogs import button_box, error_label


class OfficeDialog(QDialog):
    def __init__(self, *, session, runner, parent=None):
        super().__init__(parent)
        self._session, self._runner = session, runner
        db = session.db
        self.setWindowTitle(self.tr("Office settings"))
        self.rule = QComboBox(self)
        self.rule.addItem(self.tr("Calendar periods (1st to last day)"), CALENDAR)
        self.rule.addItem(self.tr("Decree 09/2019 cut-off (15th to 14th)"), DECREE09)
        self.rule.setCurrentIndex(self.rule.findData(settings.get_setting(db, "period_rule")))
        form = QFormLayout()
        form.addRow(self.tr("Reporting periods"), self.rule)
        self.error = error_label(self)
        buttons = button_box(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self):
        if self._runner.apply(settings_ops.set_period_rule, self._session, self.rule.currentData(),
                              on_refused=self.error.setText):
            super().accept()
