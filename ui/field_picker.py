"""Choosing a field to insert into the report text: the indicator by name, the form, a preview.

The report text holds fields such as ``{postal.revenue:full}`` that expand from the
records when the report is printed (models/reports/fields.py). Nobody should have to know
the codes: this dialog lists the indicators by name (search without diacritics), the
forms with what each prints, and shows what the field will print for the org unit and
period in view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton,
                               QVBoxLayout)

from models import catalog
from models.figures import FigureEngine
from models.periods import parse_period
from models.reports import fields
from widgets.checklist import CheckList
from ui import labels


class FieldPicker(QDialog):
    """After Insert, ``field`` holds the text to insert ("{postal.revenue:full}")."""

    def __init__(self, *, db, scope: tuple[int, str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert a figure"))
        self._db = db
        self._scope = scope
        self._indicators = {i.code: i for i in catalog.indicators(db)}
        sectors = {s.id: labels.name(s) for s in catalog.sectors(db)}
        self.indicator = CheckList(self, height=220, checkable=False)  # one field at a time
        self.indicator.set_items([(code, labels.name(i), f"{sectors.get(i.sector_id, '')} — {code}")
                                  for code, i in self._indicators.items()])
        self.form = QComboBox(self)
        for form, text in self.forms().items():
            self.form.addItem(text, form)
        self.decimals = QComboBox(self)  # the options (models/reports/fields.py)
        self.decimals.setObjectName("fieldDecimals")
        self.decimals.addItem(self.tr("as usual"), "")
        for n in range(4):
            self.decimals.addItem(str(n), f"d{n}")
        self.scale = QComboBox(self)
        self.scale.setObjectName("fieldScale")
        self.scale.addItem(self.tr("as usual"), "")
        for option, word in (("nghin", "nghìn"), ("trieu", "triệu"), ("ty", "tỷ")):
            self.scale.addItem(word, option)
        self.same_period = QCheckBox(self.tr("Compare with the same period (cùng kỳ năm …)"), self)
        self.leading = QComboBox(self)
        self.leading.addItem(self.tr("as the report settings say"), "")
        self.leading.addItem(self.tr("08 (with a leading zero)"), "00")
        self.leading.addItem(self.tr("8 (without)"), "no00")
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet("background: #f6f7f9; padding: 6px;")
        self.preview.setMinimumHeight(48)
        buttons = QDialogButtonBox(self)
        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setEnabled(False)
        buttons.addButton(self.insert_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("Cancel"), self), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Indicator"), self.indicator)
        form.addRow(self.tr("What to print"), self.form)
        form.addRow(self.tr("Decimals"), self.decimals)
        form.addRow(self.tr("Written in"), self.scale)
        form.addRow("", self.same_period)
        form.addRow(self.tr("Counts under 10"), self.leading)
        form.addRow(self.tr("Prints"), self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.indicator.list.currentItemChanged.connect(lambda *_a: self._update())
        self.indicator.list.itemDoubleClicked.connect(lambda _item: self.accept())
        for combo in (self.form, self.decimals, self.scale, self.leading):
            combo.currentIndexChanged.connect(lambda _i: self._update())
        self.same_period.toggled.connect(lambda _on: self._update())
        self.field = ""
        self.resize(620, self.sizeHint().height())

    def forms(self) -> dict[str, str]:
        return {"full": self.tr("Status, figure and change (ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023)"),
                "value": self.tr("The figure with its unit (69,3 tỷ đồng)"),
                "number": self.tr("The number alone (69,3)"),
                "change": self.tr("The change (tăng 18% so với năm 2023)"),
                "status": self.tr("Estimate or final (ước đạt / đạt)"),
                "previous": self.tr("The same period a year before"),
                "target": self.tr("The target"),
                "ytd": self.tr("Year to date (lũy kế từ đầu năm)"),
                "ytdchange": self.tr("Year to date against the same months a year before"),
                "plan": self.tr("Against the target (đạt 123,4% kế hoạch)"),
                "delta": self.tr("The change in the unit (tăng 100 tỷ đồng so với năm 2023)")}

    def _chosen_code(self) -> str | None:
        item = self.indicator.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def _update(self) -> None:
        code = self._chosen_code()
        self.insert_button.setEnabled(code is not None)
        if code is None:
            self.field = ""
            self.preview.setText("")
            return
        options = [self.decimals.currentData(), self.scale.currentData(),
                   "cungky" if self.same_period.isChecked() else "", self.leading.currentData()]
        self.field = f"{{{code}:{','.join([self.form.currentData(), *(o for o in options if o)])}}}"
        org_unit_id, period = self._scope
        figures = fields.read(FigureEngine(self._db), org_unit_id, parse_period(period), self._indicators)
        self.preview.setText(f"{self.field}\n→ {fields.expand(self.field, figures)}")
