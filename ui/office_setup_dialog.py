"""First start: which office this installation belongs to, chosen from the official list.

A provincial department gets its province and every commune of it; a commune's office its
commune alone (models/office_setup.py). The sample data are offered beside, in a file of
their own: this file stays the office's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel, QRadioButton, QVBoxLayout

from ui import labels
from models import admin_units
from models.dates import format_date
from ops import catalog as catalog_ops
from widgets.dialogs import error_label
from widgets.tree_picker import TreePicker

SET_UP, SAMPLE = 1, 2  # exec() results besides Rejected (0)


class OfficeSetupDialog(QDialog):
    def __init__(self, *, session, runner, parent=None):
        super().__init__(parent)
        self._session, self._runner = session, runner
        self.setWindowTitle(self.tr("Welcome: which office is this?"))
        intro = QLabel(self.tr("Choose your office from the official list of administrative units in force since "
                               "1 July 2025. The program fills in its units; you can change them later in "
                               "File → Catalog."), self)
        intro.setWordWrap(True)
        self.department = QRadioButton(self.tr("A province's department (the province and all its communes)"), self)
        self.commune_office = QRadioButton(self.tr("A commune's office (the commune alone)"), self)
        self.department.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.department)
        group.addButton(self.commune_office)
        self.province = TreePicker(self)  # typing filters, diacritics optional ("thai ng")
        self.province.setObjectName("setupProvince")
        self.commune = TreePicker(self)
        self.commune.setObjectName("setupCommune")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Province or city"), self.province)
        form.addRow(self.tr("Commune or ward"), self.commune)
        buttons = QDialogButtonBox(self)
        self.set_up_button = buttons.addButton(self.tr("Set up this office"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sample_button = buttons.addButton(self.tr("Try the sample data first"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.sample_button.setToolTip(self.tr("The 2024 figures of a provincial report, in a file of their own: this "
                                              "file is not touched and is set up the next time"))
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.set_up_button.clicked.connect(self.set_up)
        self.sample_button.clicked.connect(lambda: self.done(SAMPLE))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.department)
        layout.addWidget(self.commune_office)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        try:
            self.province.set_items([(u.code, u.name, 0) for u in admin_units.provinces()], select_first=False)
        except admin_units.AdminUnitsMissing as exc:
            self.error.setText(labels.message(exc))
        self.province.currentIndexChanged.connect(self._province_chosen)
        self.commune.currentIndexChanged.connect(lambda _i: self._update())
        self.department.toggled.connect(lambda _on: self._update())
        self._update()

    def _province_chosen(self) -> None:
        code = self.province.currentData()
        self.commune.blockSignals(True)
        self.commune.set_items([(u.code, u.name, 0) for u in admin_units.communes(code)] if code else [],
                               select_first=False)
        self.commune.blockSignals(False)
        self._update()

    def choice(self) -> tuple[str | None, str | None]:
        """(province code, commune code or None for the department)."""
        commune = self.commune.currentData() if self.commune_office.isChecked() else None
        return self.province.currentData(), commune

    def _update(self) -> None:
        self.commune.setEnabled(self.commune_office.isChecked() and self.province.currentIndex() >= 0)
        province, commune = self.choice()
        since = format_date(admin_units.NEW_ORDER_FROM)
        if province is None:
            text = self.tr("Choose the province or city first.")
        elif self.commune_office.isChecked() and commune is None:
            text = self.tr("Choose the commune or ward.")
        elif commune:
            text = self.tr("The file will hold %1 (code %2), in force since %3.").replace(
                "%1", self.commune.currentText()).replace("%2", commune).replace("%3", since)
        else:
            text = self.tr("The file will hold %1 and its %2 communes and wards, in force since %3.").replace(
                "%1", self.province.currentText()).replace("%2", str(self.commune.count())).replace("%3", since)
        self.summary.setText(text)
        self.set_up_button.setEnabled(province is not None and (commune is not None
                                                                 or not self.commune_office.isChecked()))

    def set_up(self) -> None:
        province, commune = self.choice()
        if province is None:
            return
        if self._runner.apply(catalog_ops.set_up_office, self._session, province, commune,
                              on_refused=self.error.setText) is not None:
            self.done(SET_UP)

