"""The form that edits the report settings (names, number, signer, recipients)."""

from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from models import catalog
from models.reports.letterhead import ReportSettings, validate
from widgets.checklist import CheckList
from widgets.date_field import DateField
from ui import labels


class ReportSettingsForm(QWidget):
    """One unit's letterhead and report options, and the date they apply from."""

    edited = Signal()  # the user changed something (set_settings does not emit it)

    def __init__(self, *, db, parent=None):
        super().__init__(parent)
        self._db = db
        self._filling = False
        self.valid_from = DateField(self)
        self.valid_from.edit.setPlaceholderText(self.tr("from the start"))
        self.valid_from.setToolTip(self.tr("Documents dated from this day carry this letterhead; an agency that "
                                           "changed gets a new letterhead from the day of the change"))
        self.superior_agency = QLineEdit(self)
        self.agency = QLineEdit(self)
        self.doc_symbol = QLineEdit(self)
        self.place = QLineEdit(self)
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
        self.charts = CheckList(self, height=120)
        self.charts.setToolTip(self.tr("The indicators whose trend the report's appendix draws"))
        self._indicators = {i.code: i for i in catalog.indicators(db)}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("In force from"), self.valid_from),
                              (self.tr("Superior agency"), self.superior_agency),
                              (self.tr("Issuing agency"), self.agency),
                              (self.tr("Symbol"), self.doc_symbol), (self.tr("Place"), self.place),
                              (self.tr("Subject"), self.subject),
                              (self.tr("Signing authority"), self.signer_authority),
                              (self.tr("Signer's title"), self.signer_title),
                              (self.tr("Signer's name"), self.signer_name),
                              (self.tr("Recipients"), self.recipients), (self.tr("Archive (Lưu)"), self.archive),
                              ("", self.leading_zero), (self.tr("Charts"), self.charts)):
            form.addRow(label, widget)
        for edit in (self.superior_agency, self.agency, self.doc_symbol, self.place, self.subject,
                     self.signer_authority, self.signer_title, self.signer_name, self.archive):
            edit.textEdited.connect(self._edited)
        self.recipients.textChanged.connect(self._edited)
        self.leading_zero.toggled.connect(self._edited)
        self.charts.changed.connect(self._edited)
        self.valid_from.dateChanged.connect(self._edited)

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.edited.emit()

    def set_settings(self, settings: ReportSettings, valid_from: str = "") -> None:
        self._filling = True
        try:
            self._fill(settings, valid_from)
        finally:
            self._filling = False

    def valid_from_iso(self) -> str:
        """The day the letterhead applies from, ISO (empty: from the start); DateError if unreadable."""
        return self.valid_from.iso() or ""

    def _fill(self, settings: ReportSettings, valid_from: str) -> None:
        self.valid_from.set_date(valid_from or None)
        for name in ("superior_agency", "agency", "doc_symbol", "place", "subject", "signer_authority",
                     "signer_title", "signer_name", "archive"):
            getattr(self, name).setText(getattr(settings, name))
        self.recipients.setPlainText("\n".join(settings.recipients))
        self.leading_zero.setChecked(settings.leading_zero)
        self.charts.set_items([(code, labels.name(i), f"{i.code} ({labels.unit(i)})") for code, i in self._indicators.items()],
                              [c for c in settings.chart_indicators if c in self._indicators])

    def settings(self) -> ReportSettings:
        """What the form says, validated; raises ReportSettingsError naming the field."""
        charts = tuple(self.charts.checked())
        values = {name: getattr(self, name).text() for name in (
            "superior_agency", "agency", "doc_symbol", "place", "subject", "signer_authority", "signer_title",
            "signer_name", "archive")}
        settings = ReportSettings(**values, recipients=tuple(self.recipients.toPlainText().splitlines()),
                                  leading_zero=self.leading_zero.isChecked(), chart_indicators=charts)
        return validate(settings)


