"""The form that edits the report settings (names, number, signer, recipients)."""

from __future__ import annotations


from PySide6.QtWidgets import (QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox,
                               QWidget)

from models import catalog
from models.dates import DateError
from models.reports.letterhead import ReportSettings, ReportSettingsError, validate
from widgets.date_field import DateField


class ReportSettingsForm(QWidget):
    def __init__(self, *, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.superior_agency = QLineEdit(self)
        self.agency = QLineEdit(self)
        self.doc_number = QSpinBox(self)
        self.doc_number.setRange(1, 99999)
        self.doc_symbol = QLineEdit(self)
        self.place = QLineEdit(self)
        self.doc_date = DateField(self)
        self.doc_date.edit.setPlaceholderText(self.tr("today"))
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("(made from the period)"))
        self.signer_authority = QLineEdit(self)
        self.signer_authority.setPlaceholderText(self.tr("e.g. KT. GIÁM ĐỐC"))
        self.signer_title = QLineEdit(self)
        self.signer_name = QLineEdit(self)
        self.recipients = QPlainTextEdit(self)
        self.recipients.setPlaceholderText(self.tr("One recipient per line"))
        self.recipients.setFixedHeight(90)
        self.archive = QLineEdit(self)
        self.leading_zero = QCheckBox(self.tr("Counts under 10 with a leading zero (08)"), self)
        self.charts = QLineEdit(self)
        self.charts.setPlaceholderText(self.tr("Indicator codes, separated by commas"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Superior agency"), self.superior_agency),
                              (self.tr("Issuing agency"), self.agency), (self.tr("Number"), self.doc_number),
                              (self.tr("Symbol"), self.doc_symbol), (self.tr("Place"), self.place),
                              (self.tr("Date"), self.doc_date), (self.tr("Subject"), self.subject),
                              (self.tr("Signing authority"), self.signer_authority),
                              (self.tr("Signer's title"), self.signer_title),
                              (self.tr("Signer's name"), self.signer_name),
                              (self.tr("Recipients"), self.recipients), (self.tr("Archive (Lưu)"), self.archive),
                              ("", self.leading_zero), (self.tr("Charts"), self.charts)):
            form.addRow(label, widget)

    def set_settings(self, settings: ReportSettings) -> None:
        for name in ("superior_agency", "agency", "doc_symbol", "place", "subject", "signer_authority",
                     "signer_title", "signer_name", "archive"):
            getattr(self, name).setText(getattr(settings, name))
        self.doc_number.setValue(settings.doc_number)
        self.doc_date.set_date(settings.doc_date or None)
        self.recipients.setPlainText("\n".join(settings.recipients))
        self.leading_zero.setChecked(settings.leading_zero)
        self.charts.setText(", ".join(settings.chart_indicators))

    def settings(self) -> ReportSettings:
        """What the form says, validated; raises ReportSettingsError naming the field."""
        charts = tuple(c.strip() for c in self.charts.text().split(",") if c.strip())
        unknown = [c for c in charts if catalog.indicator_by_code(self._db, c) is None]
        if unknown:
            raise ReportSettingsError(self.tr("Charts: unknown indicator codes %1").replace("%1", ", ".join(unknown)))
        values = {name: getattr(self, name).text() for name in (
            "superior_agency", "agency", "doc_symbol", "place", "subject", "signer_authority", "signer_title",
            "signer_name", "archive")}
        try:
            day = self.doc_date.iso()
        except DateError as exc:
            raise ReportSettingsError(self.tr("Date: %1").replace("%1", str(exc))) from None
        settings = ReportSettings(**values, doc_number=self.doc_number.value(), doc_date=day or "",
                                  recipients=tuple(self.recipients.toPlainText().splitlines()),
                                  leading_zero=self.leading_zero.isChecked(), chart_indicators=charts)
        return validate(settings)


