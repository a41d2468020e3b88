"""Forms for the inspection records: establishment, inspection, violation
(with its photos), the field's quick entry, petition, legal basis."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from models import catalog
from models.inspection import inspections, legal, petitions, registry, violations
from models.inspection.common import RecordError
from ops import inspection
from ui import inspection_labels
from ui.record_form import FieldSpec, FieldValueError, RecordForm
from models.inspection import paperwork
from models.reports.forms import load_form
from ui.form_pages import FormPage, TargetTable, pages_of
from widgets.dialogs import button_box, error_label
from ui import labels

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff"
translate = QCoreApplication.translate


def unit_options(db) -> list[tuple[int, str]]:
    return [(u.id, "    " * d + labels.name(u)) for u, d in catalog.org_unit_tree(db)]


def sector_options(db) -> list[tuple[int | None, str]]:
    return [(None, "—")] + [(s.id, labels.name(s)) for s in catalog.sectors(db)]


class RecordDialog(QDialog):
    """A form in a scrollable dialog; Save calls ``save(values)`` (an operation, through the
    runner) and shows a refusal in place, at the field at fault."""

    def __init__(self, *, runner, title: str, specs: list[FieldSpec], values: dict, save: Callable[[dict], object],
                 extra: QWidget | None = None, pages: list | None = None, missing: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._runner = runner
        self._save = save
        self.form = RecordForm(specs, self)
        self.form.set_values(values)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.form)
        if extra is not None:
            body_layout.addWidget(extra)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        self.missing = QLabel(self)
        self.missing.setObjectName("recordMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a5a00;")
        self.missing.setText(self.tr("Still to fill for the legal form (it prints as a draft until then): %1")
                             .replace("%1", missing) if missing else "")
        self.missing.setVisible(bool(missing))
        layout.addWidget(self.missing)
        self.pages = pages or []  # (title, FormPage): the legal form's groups, a tab each
        if self.pages:
            self.tabs = QTabWidget(self)
            self.tabs.addTab(scroll, self.tr("Main"))
            for page_title, page in self.pages:
                self.tabs.addTab(page, page_title)
            layout.addWidget(self.tabs)
        else:
            layout.addWidget(scroll)
        layout.addWidget(button_box(self, self.tr("Save"), self.tr("Cancel")))
        self.resize(680, min(660, body.sizeHint().height() + 110))
        self.saved_id: int | None = None

    def page_values(self) -> dict:
        """The legal form's fields of every tab (FieldValueError for one that cannot be read)."""
        out = {}
        for _title, page in self.pages:
            if isinstance(page, FormPage):
                out.update(page.values())
        return out

    def accept(self):
        try:
            values = self.form.values()
            self._page_values = self.page_values()
        except FieldValueError as exc:
            self._refused(exc)
            return
        changes = self._runner.apply(self._save, values, on_error=self._refused)
        if changes is not None:
            self.saved_id = changes.record_id
            super().accept()

    def _refused(self, exc: Exception) -> None:
        field = getattr(exc, "field", None)
        for index, (_title, page) in enumerate(self.pages, start=1):
            if field in page.widgets:  # the field at fault is on a tab: show it there
                self.tabs.setCurrentIndex(index)
                page.widgets[field].setFocus()
        self.form.show_error(field, labels.message(exc))


def establishment_dialog(session, runner, item: registry.Establishment, parent=None) -> RecordDialog:
    db = session.db
    specs = [FieldSpec("kind", translate("InspectionForms", "Kind"), "choice", inspection_labels.establishment_kinds()),
             FieldSpec("name", translate("InspectionForms", "Name")), FieldSpec("address", translate("InspectionForms", "Address")),
             FieldSpec("org_unit_id", translate("InspectionForms", "Org unit"), "reference", unit_options(db)),
             FieldSpec("sector_id", translate("InspectionForms", "Sector"), "reference", sector_options(db)),
             FieldSpec("licence_number", translate("InspectionForms", "Licence number")), FieldSpec("licence_issued", translate("InspectionForms", "Licence issued"), "date"),
             FieldSpec("licence_expires", translate("InspectionForms", "Licence expires"), "date"),
             FieldSpec("licence_issuer", translate("InspectionForms", "Licence issued by")),
             FieldSpec("business_code", translate("InspectionForms", "Business registration code")),
             FieldSpec("representative", translate("InspectionForms", "Legal representative")),
             FieldSpec("representative_title", translate("InspectionForms", "Representative's title")),
             FieldSpec("representative_sex", translate("InspectionForms", "Representative's sex"), "choice",
                       {"": "—", "Nam": translate("InspectionForms", "male (Nam)"),
                        "Nữ": translate("InspectionForms", "female (Nữ)")}),
             FieldSpec("status", translate("InspectionForms", "Status"), "choice", inspection_labels.establishment_statuses()),
             FieldSpec("note", translate("InspectionForms", "Note"), "multiline")]
    return RecordDialog(runner=runner, title=translate("InspectionForms", "Establishment"), specs=specs,
                        values=dataclasses.asdict(item), parent=parent,
                        save=lambda v: inspection.save_record(session, dataclasses.replace(item, **v)))


def inspection_dialog(session, runner, item: inspections.Inspection, parent=None) -> RecordDialog:
    db = session.db
    specs = [FieldSpec("decision_number", translate("InspectionForms", "Inspection decision number")),
             FieldSpec("decision_date", translate("InspectionForms", "Decision date"), "date"),
             FieldSpec("planned", translate("InspectionForms", "Planned (unticked: unscheduled)"), "bool"),
             FieldSpec("sector_id", translate("InspectionForms", "Sector"), "reference", sector_options(db)),
             FieldSpec("org_unit_id", translate("InspectionForms", "Org unit"), "reference", unit_options(db)),
             FieldSpec("team", translate("InspectionForms", "Team members")), FieldSpec("start_date", translate("InspectionForms", "Start date"), "date"),
             FieldSpec("end_date", translate("InspectionForms", "End date"), "date"), FieldSpec("findings", translate("InspectionForms", "Findings"), "multiline"),
             FieldSpec("conclusion", translate("InspectionForms", "Conclusion"), "multiline"),
             FieldSpec("status", translate("InspectionForms", "Status"), "choice", inspection_labels.inspection_statuses())]
    targets = QListWidget()
    targets.setObjectName("targets")
    targets.setFixedHeight(120)
    for establishment in registry.list_establishments(db):
        entry = QListWidgetItem(establishment.name)
        entry.setData(Qt.ItemDataRole.UserRole, establishment.id)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if establishment.id in item.establishment_ids
                            else Qt.CheckState.Unchecked)
        targets.addItem(entry)
    extra = QWidget()
    extra_layout = QVBoxLayout(extra)
    extra_layout.setContentsMargins(0, 0, 0, 0)
    extra_layout.addWidget(QLabel(translate("InspectionForms", "Establishments inspected")))
    extra_layout.addWidget(targets)
    form = load_form(paperwork.MINUTES)
    pages = pages_of(form)
    per_target = TargetTable([f for f in form.fields.values() if f.each])
    pages.insert(1, (translate("InspectionForms", "Each establishment"), per_target))

    def chosen() -> list[tuple[int, str]]:
        return [(targets.item(r).data(Qt.ItemDataRole.UserRole), targets.item(r).text()) for r in range(targets.count())
                if targets.item(r).checkState() == Qt.CheckState.Checked]

    per_target.set_targets(chosen(), item.target_details)
    targets.itemChanged.connect(lambda _entry: per_target.set_targets(chosen()))

    def save(values: dict) -> int:
        details = dialog._page_values
        return inspection.save_record(session, dataclasses.replace(
            item, **values, establishment_ids=tuple(i for i, _n in chosen()), details=details,
            target_details=per_target.values()))

    dialog = RecordDialog(runner=runner, title=translate("InspectionForms", "Inspection"), specs=specs,
                          values=dataclasses.asdict(item), save=save, extra=extra,
                          pages=pages, missing=item.missing,
                          parent=parent)
    for _title, page in pages:
        if page is not per_target:
            page.set_values(item.details)
    return dialog


class PhotoPanel(QWidget):
    """Thumbnails of a violation's photos; files added are checked and stored at once
    (for a violation already saved) or kept to be stored with it."""

    def __init__(self, *, session, runner, violation_id: int | None, parent=None):
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._db = session.db
        self.violation_id = violation_id
        self.pending: list[str] = []
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setFixedHeight(130)
        self.message = error_label(self)
        add = QPushButton(translate("InspectionForms", "Add photos…"), self)
        add.clicked.connect(self.choose)
        remove = QPushButton(translate("InspectionForms", "Remove photo"), self)
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(translate("InspectionForms", "Evidence photos"), self))
        buttons.addStretch()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.violation_id is not None:
            for photo in violations.photos_of(self._db, self.violation_id):
                image = QImage.fromData(photo.thumbnail)
                entry = QListWidgetItem(QIcon(QPixmap.fromImage(image)), photo.file_name)
                entry.setData(Qt.ItemDataRole.UserRole, photo.id)
                entry.setToolTip(f"{photo.file_name}\nSHA-256: {photo.sha256}")
                self.list.addItem(entry)
        for path in self.pending:
            _data, _kind, thumbnail = violations.read_image(path)
            entry = QListWidgetItem(QIcon(QPixmap.fromImage(QImage.fromData(thumbnail))), path.split("/")[-1])
            entry.setData(Qt.ItemDataRole.UserRole + 1, path)
            self.list.addItem(entry)

    def choose(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, translate("InspectionForms", "Choose photos"), "",
            translate("InspectionForms", "Images (%1)").replace("%1", IMAGE_PATTERNS))
        for path in paths:
            self.add(path)

    def add(self, path: str) -> bool:
        """Add one file; a file that is not an image is refused with its name."""
        if self.violation_id is None:
            try:
                violations.read_image(path)
            except RecordError as exc:
                self.message.setText(labels.message(exc))
                return False
            self.pending.append(path)
        elif self._runner.apply(inspection.add_photo, self._session, self.violation_id, path,
                                on_refused=self.message.setText) is None:
            return False
        self.message.clear()
        self.reload()
        return True

    def remove_selected(self) -> None:
        for entry in self.list.selectedItems():
            photo_id = entry.data(Qt.ItemDataRole.UserRole)
            if photo_id is not None:
                self._runner.apply(inspection.remove_photo, self._session, photo_id, on_refused=self.message.setText)
            else:
                self.pending.remove(entry.data(Qt.ItemDataRole.UserRole + 1))
        self.reload()



def violation_dialog(session, runner, item: violations.Violation, parent=None) -> RecordDialog:
    db = session.db
    bases = [(None, "—")] + [(b.id, f"{b.citation} ({b.range_text})") for b in legal.list_legal_bases(db)]
    inspection_options = [(None, translate("InspectionForms", "— (found outside an inspection)"))] + [
        (i.id, f"{i.decision_number} — {dt.date.fromisoformat(i.decision_date):%d/%m/%Y}")
        for i in inspections.list_inspections(db)]
    establishment_options = [(None, "—")] + [(e.id, e.name) for e in registry.list_establishments(db)]
    specs = [FieldSpec("occurred_at", translate("InspectionForms", "Date and time"), "datetime"),
             FieldSpec("offender", translate("InspectionForms", "Offender (organisation or person)")),
             FieldSpec("establishment_id", translate("InspectionForms", "Establishment (if any)"), "reference", establishment_options),
             FieldSpec("place", translate("InspectionForms", "Place")), FieldSpec("description", translate("InspectionForms", "What was found"), "multiline"),
             FieldSpec("inspection_id", translate("InspectionForms", "Inspection"), "reference", inspection_options),
             FieldSpec("legal_basis_id", translate("InspectionForms", "Legal basis"), "reference", bases),
             FieldSpec("fine", translate("InspectionForms", "Fine (đồng)"), "money"),
             FieldSpec("decision_number", translate("InspectionForms", "Penalty decision number")),
             FieldSpec("decision_date", translate("InspectionForms", "Decision date"), "date"),
             FieldSpec("payment_deadline", translate("InspectionForms", "Payment deadline"), "date"),
             FieldSpec("status", translate("InspectionForms", "Status"), "choice", inspection_labels.violation_statuses()),
             FieldSpec("remedy", translate("InspectionForms", "Remedial measures"), "multiline"),
             FieldSpec("sector_id", translate("InspectionForms", "Sector"), "reference", sector_options(db)),
             FieldSpec("org_unit_id", translate("InspectionForms", "Org unit"), "reference", unit_options(db))]
    photos = PhotoPanel(session=session, runner=runner, violation_id=item.id)
    record_pages = pages_of(load_form(paperwork.RECORD))
    decision_pages = pages_of(load_form(paperwork.DECISION))
    for _title, page in record_pages:
        page.set_values(item.details)
    for _title, page in decision_pages:
        page.set_values(item.decision_details)

    def save(values: dict):
        details = {k: v for _t, page in record_pages for k, v in page.values().items()}
        decision = {k: v for _t, page in decision_pages for k, v in page.values().items()}
        return inspection.save_record(session, dataclasses.replace(item, **values, details=details,
                                                                   decision_details=decision),
                                      photos=tuple(photos.pending))

    values = {k: v for k, v in dataclasses.asdict(item).items() if k not in ("details", "decision_details")}
    dialog = RecordDialog(runner=runner, title=translate("InspectionForms", "Administrative violation"), specs=specs,
                          values=values, save=save, extra=photos, pages=record_pages + decision_pages,
                          missing=item.missing, parent=parent)
    dialog.photos = photos
    return dialog


def quick_violation_dialog(session, runner, *, org_unit_id: int, parent=None) -> RecordDialog:
    """Only the essentials, for the field; the record stays incomplete until completed."""
    specs = [FieldSpec("offender", translate("InspectionForms", "Offender (organisation or person)")), FieldSpec("place", translate("InspectionForms", "Place")),
             FieldSpec("occurred_at", translate("InspectionForms", "Date and time"), "datetime"),
             FieldSpec("description", translate("InspectionForms", "Quick note"), "multiline")]
    photos = PhotoPanel(session=session, runner=runner, violation_id=None)

    def save(values: dict):
        return inspection.quick_entry(session, org_unit_id=org_unit_id, photos=tuple(photos.pending), **values)

    dialog = RecordDialog(runner=runner, title=translate("InspectionForms", "Quick entry of a violation in the field"), specs=specs,
                          values={"occurred_at": dt.datetime.now().isoformat(timespec="minutes")},
                          save=save, extra=photos, parent=parent)
    dialog.photos = photos
    return dialog


def petition_dialog(session, runner, item: petitions.Petition, parent=None) -> RecordDialog:
    db = session.db
    specs = [FieldSpec("received_date", translate("InspectionForms", "Received"), "date"), FieldSpec("sender", translate("InspectionForms", "From")),
             FieldSpec("channel", translate("InspectionForms", "Channel"), "choice", inspection_labels.petition_channels()),
             FieldSpec("sector_id", translate("InspectionForms", "Sector"), "reference", sector_options(db)),
             FieldSpec("content", translate("InspectionForms", "Content"), "multiline"), FieldSpec("deadline", translate("InspectionForms", "Legal deadline"), "date"),
             FieldSpec("status", translate("InspectionForms", "Status"), "choice", inspection_labels.petition_statuses()),
             FieldSpec("answer", translate("InspectionForms", "Answer"), "multiline"), FieldSpec("answered_date", translate("InspectionForms", "Answered on"), "date"),
             FieldSpec("org_unit_id", translate("InspectionForms", "Org unit"), "reference", unit_options(db))]
    return RecordDialog(runner=runner, title=translate("InspectionForms", "Petition"), specs=specs,
                        values=dataclasses.asdict(item), parent=parent,
                        save=lambda v: inspection.save_record(session, dataclasses.replace(item, **v)))


def legal_basis_dialog(session, runner, item: legal.LegalBasis, parent=None) -> RecordDialog:
    specs = [FieldSpec("document", translate("InspectionForms", "Document (decree …)")), FieldSpec("article", translate("InspectionForms", "Article")),
             FieldSpec("clause", translate("InspectionForms", "Clause")), FieldSpec("point", translate("InspectionForms", "Point")),
             FieldSpec("description", translate("InspectionForms", "Offence"), "multiline"), FieldSpec("fine_min", translate("InspectionForms", "Minimum fine"), "money"),
             FieldSpec("fine_max", translate("InspectionForms", "Maximum fine"), "money"), FieldSpec("active", translate("InspectionForms", "In force"), "bool")]

    def save(values: dict):
        values = {**values, "fine_min": values["fine_min"] or 0, "fine_max": values["fine_max"] or 0}
        return inspection.save_record(session, dataclasses.replace(item, **values))

    return RecordDialog(runner=runner, title=translate("InspectionForms", "Legal basis"), specs=specs,
                        values=dataclasses.asdict(item), save=save, parent=parent)
