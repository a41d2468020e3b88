"""The Reports tab: choose the report and its settings, preview, print, save.

The content is gathered from the database on the UI thread (it is quick and
the connection belongs to it); laying it out as PDF, charts included, runs on
a worker thread with a progress dialog.

Signals:
    status(str): something to tell in the status bar.
"""

from __future__ import annotations

import datetime as dt

import pathlib
import shutil

from PySide6.QtCore import QTemporaryDir, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

from models import access, catalog
from models.errors import is_user_error
from models.inspection.inspections import list_inspections
from models.inspection.violations import ViolationFilter, page_violations
from models.dates import DateError
from models.reports import letterhead
from models.reports.fields import FieldError
from models.reports.letterhead import ReportSettingsError
from ops import reports
from ops import settings as settings_ops
from ops.changes import INSPECTION, SETTINGS
from ui.report_settings_form import ReportSettingsForm
from widgets.dialogs import button_box, confirm, error_label
from widgets.pdf_preview import PdfPreview, print_document
from ui import labels


class ReportsTab(QWidget):
    status = Signal(str)

    def __init__(self, *, session, runner, scope, parent=None):
        super().__init__(parent)
        self._session = session
        self._db = db = session.db
        self.runner = runner
        self._scope = scope
        self._stale = True
        self._folder = QTemporaryDir()  # removed with the tab
        self._serial = 0
        self.pdf_path: str | None = None
        self.report = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        self.kind.addItem(self.tr("Results and next tasks (period report)"), "period")
        self.kind.addItem(self.tr("Inspection minutes"), "inspection-minutes")
        self.kind.addItem(self.tr("Violation record"), "violation-record")
        self.kind.addItem(self.tr("Penalty decision"), "penalty-decision")
        self.kind.addItem(self.tr("Violations and fines of the period"), "violations")
        self.record = QComboBox(self)
        self.record.setObjectName("reportRecord")
        self.record.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.record.setMinimumContentsLength(30)
        self.kind.currentIndexChanged.connect(lambda _i: (self._fill_records(), self._show_letterhead()))
        self.scope_label = QLabel(self)
        self.scope_label.setWordWrap(True)
        self.letterhead_label = QLabel(self)
        self.letterhead_label.setWordWrap(True)
        self.form = ReportSettingsForm(db=db, parent=self)
        self._letterhead_unit: int | None = None  # whose letterhead the form shows
        self._form_edited = False  # unsaved edits in the form: never replaced behind the user's back
        self.form.edited.connect(self._mark_edited)
        self.message = error_label(self)
        self.save_settings_button = QPushButton(self.tr("Save settings"), self)
        self.save_settings_button.clicked.connect(self.save_settings)
        self.save_settings_button.setEnabled(access.allowed(db, "edit_report_settings"))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.generate)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Report"), self))
        left_layout.addWidget(self.kind)
        left_layout.addWidget(self.record)
        left_layout.addWidget(self.scope_label)
        left_layout.addWidget(self.letterhead_label)
        left_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_settings_button)
        buttons.addWidget(self.preview_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addStretch()
        scroll = QScrollArea(self)
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(400)

        self.preview = PdfPreview(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.clicked.connect(self.save_dialog)
        self.word_button = QPushButton(self.tr("Save Word…"), self)
        self.word_button.setToolTip(self.tr("The same document as an editable Word file, for changes before signing"))
        self.word_button.clicked.connect(self.save_word_dialog)
        self.issue_button = QPushButton(self.tr("Issue…"), self)
        self.issue_button.setToolTip(self.tr("Give the document its number from the register and its date, keep a "
                                             "copy in the register and save the PDF to sign"))
        self.issue_button.clicked.connect(self.issue_dialog)
        for button in (self.print_button, self.save_button, self.word_button, self.issue_button):
            button.setEnabled(False)
            self.preview.bar.addWidget(button)
        self.check_button = QPushButton(self.tr("Check a printed copy…"), self)
        self.check_button.setToolTip(self.tr("Is a printed report (its PDF) still what the records say? Every page "
                                             "carries the code this checks"))
        self.check_button.clicked.connect(self.check_dialog)
        self.preview.bar.addWidget(self.check_button)
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def on_changes(self, changes) -> None:
        if changes.touches(INSPECTION, SETTINGS):
            self._stale = True

    def refresh(self) -> None:
        if self._stale:
            self._stale = False
            self._fill_records()
            self.scope_changed()

    def _fill_records(self) -> None:
        """The inspections or violations a minutes or record can be printed for, newest first."""
        kind = self.kind.currentData()
        self.record.clear()
        self.record.setVisible(kind in ("inspection-minutes", "violation-record", "penalty-decision"))
        if kind == "inspection-minutes":
            for item in list_inspections(self._db):
                self.record.addItem(f"{item.decision_number} — {labels.day(item.decision_date)}", item.id)
        elif kind == "violation-record":
            for row in page_violations(self._db, ViolationFilter(), limit=500):
                self.record.addItem(f"{labels.day(row[1])} — {row[2]}", row[0])
        elif kind == "penalty-decision":
            for row in page_violations(self._db, ViolationFilter(), limit=500):
                if row[6]:  # decided: it has a decision number
                    self.record.addItem(f"{row[6]} — {row[2]}", row[0])

    def scope_changed(self) -> None:
        org_unit_id, period = self._scope()
        if org_unit_id is None:
            return
        unit = catalog.org_unit(self._db, org_unit_id)
        self.scope_label.setText(self.tr("For %1, %2 (chosen in the toolbar)").replace("%1", labels.name(unit))
                                 .replace("%2", labels.period(period)))
        self._show_letterhead()

    def issuing_unit(self) -> int | None:
        """Whose letterhead a document carries: a period report the unit it is for; inspection
        documents the office's own (the top of the tree), which inspects."""
        if self.kind.currentData() == "period":
            return self._scope()[0]
        top = catalog.top_org_unit(self._db)
        return top.id if top else None

    def _mark_edited(self) -> None:
        self._form_edited = True

    def _show_letterhead(self, *, reload: bool = False) -> None:
        unit_id = self.issuing_unit()
        if unit_id is None:
            return
        if unit_id != self._letterhead_unit and self._form_edited and not reload:
            self.message.setText(self.tr("The letterhead of %1 has unsaved changes: save them or undo them "
                                         "before choosing another unit's").replace(
                "%1", labels.name(catalog.org_unit(self._db, self._letterhead_unit))))
            return
        if unit_id == self._letterhead_unit and not reload:
            return
        entry = letterhead.in_force(self._db, unit_id)
        self._letterhead_unit = unit_id
        self._form_edited = False
        self.form.set_settings(entry.settings, entry.valid_from)
        stored = bool(letterhead.entries(self._db, unit_id))
        self.letterhead_label.setText(
            (self.tr("Letterhead of %1") if stored else self.tr("Letterhead of %1 (suggested: not saved yet)"))
            .replace("%1", labels.name(catalog.org_unit(self._db, unit_id))))

    def save_settings(self) -> bool:
        try:
            settings = self.form.settings()
            valid_from = self.form.valid_from_iso()
        except (ReportSettingsError, DateError) as exc:
            self.message.setText(labels.message(exc))
            return False
        if self.runner.apply(settings_ops.save_report_settings, self._session, settings, self._letterhead_unit,
                             valid_from, on_refused=self.message.setText) is None:
            return False
        self._form_edited = False
        self._show_letterhead(reload=True)
        self.message.clear()
        self.status.emit(self.tr("Report settings saved"))
        return True

    def generate(self) -> bool:
        """Build the report and lay it out off the UI thread; False when refused."""
        if self.runner.busy:
            return False
        if self._letterhead_unit != self.issuing_unit():
            self._show_letterhead()
            if self._letterhead_unit != self.issuing_unit():  # unsaved edits of another unit's letterhead
                return False
        try:
            settings = self.form.settings()
        except ReportSettingsError as exc:
            self.message.setText(labels.message(exc))
            return False
        org_unit_id, period = self._scope()
        kind = self.kind.currentData()
        try:
            self.report = reports.build_report(self._session, kind, org_unit_id, period,
                                               record_id=self.record.currentData(), settings=settings)
        except FieldError as exc:
            self.message.setText(self.tr("Unknown fields in the report text, nothing printed: %1")
                                 .replace("%1", "; ".join(f"{f} ({r})" for f, r in exc.problems)))
            return False
        except Exception as exc:
            if not is_user_error(exc):
                raise
            self.message.setText(labels.message(exc))
            return False
        self.message.setText("\n".join(self.report.warnings))
        if self.report.empty and not confirm(
                self, self.tr("Parts of the report are empty"),
                self.tr("These parts of the report are empty:\n%1\n\nMake the preview anyway?").replace(
                    "%1", "\n".join(f"- {part}" for part in self.report.empty)),
                yes_text=self.tr("Preview anyway"), no_text=self.tr("Go back")):
            return False
        self._serial += 1
        path = self._folder.filePath(f"bao-cao-{self._serial}.pdf")
        report = self.report
        self.preview_button.setEnabled(False)
        started = self.runner.run(lambda _progress: (reports.render_pdf(report, path), path)[1],
                                  on_done=self._rendered, on_refused=self._failed,
                                  on_over=lambda: self.preview_button.setEnabled(True),
                                  label=self.tr("Laying out the report…"))
        if not started:
            self.preview_button.setEnabled(True)
        return started

    def issue_dialog(self, path: str | None = None) -> bool:
        """Issue the report previewed: number and date, then the PDF to keep and sign."""
        from models import register

        if self.report is None:
            return False
        issuer = reports.issuer_of(self._session, self.report)
        symbol = self.report.settings.doc_symbol
        suggested = register.next_number(self._db, issuer, dt.date.today().year, symbol)
        dialog = IssueDialog(suggested=self.report.settings.doc_number or suggested, symbol=symbol, parent=self)
        if not dialog.exec():
            return False
        number, day = dialog.number.value(), dialog.date.iso()
        if not path:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the issued document"),
                                                        f"{number:02d}-{symbol}.pdf", "PDF (*.pdf)")
            if not path:
                return False
        report = self.report

        def done(_changes) -> None:  # the runner tells the window (the Register page reloads)
            self.status.emit(self.tr("Issued as %1/%2, kept in the register and saved to %3")
                             .replace("%1", f"{number:02d}").replace("%2", symbol).replace("%3", path))

        return self.runner.run(lambda _progress: reports.issue(self._session, report, path, org_unit_id=issuer,
                                                               number=number, issued_on=day),
                               on_done=done, on_refused=self.message.setText, label=self.tr("Issuing…"))

    def _rendered(self, path: str) -> None:
        self.pdf_path = path
        pages = self.preview.load(path)
        for button in (self.print_button, self.save_button, self.word_button, self.issue_button):
            button.setEnabled(pages > 0)
        self.status.emit(self.tr("Report ready: %1 pages, verification code %2").replace("%1", str(pages))
                         .replace("%2", self.report.verification_code))

    def _failed(self, message: str) -> None:
        self.message.setText(self.tr("The report could not be laid out: %1").replace("%1", message))

    def save_to(self, target: str) -> None:
        if not self.pdf_path:
            raise OSError("no report yet")
        shutil.copyfile(self.pdf_path, target)
        self.status.emit(self.tr("Saved %1").replace("%1", target))

    def save_dialog(self) -> None:
        org_unit_id, period = self._scope()
        unit = catalog.org_unit(self._db, org_unit_id)
        suggested = str(pathlib.Path.home() / f"bao-cao-{unit.code}-{period}.pdf")
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), suggested, "PDF (*.pdf)")
        if target:
            try:
                self.save_to(target)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Could not save"), f"{target}: {exc}")

    def save_word_dialog(self, path: str | None = None) -> bool:
        """The report previewed as a .docx (python-docx), written off the UI thread."""
        if self.report is None:
            return False
        if not path:
            org_unit_id, period = self._scope()
            unit = catalog.org_unit(self._db, org_unit_id)
            suggested = str(pathlib.Path.home() / f"bao-cao-{unit.code}-{period}.docx")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save Word"), suggested, "Word (*.docx)")
            if not path:
                return False
        report = self.report
        return self.runner.run(lambda _progress: reports.render_docx(report, path),
                               on_done=lambda _r: self.status.emit(self.tr("Saved %1").replace("%1", path)),
                               on_refused=self.message.setText, label=self.tr("Writing the Word file…"))

    def check_dialog(self) -> None:
        """Choose a printed report's PDF and say whether it still matches the records."""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Check a printed copy"), "", "PDF (*.pdf)")
        if path:
            self.runner.run(lambda _progress: reports.check_copy(self._session, path), on_done=self._checked,
                            on_refused=self.message.setText, label=self.tr("Checking %1…").replace(
                                "%1", pathlib.Path(path).name))

    def _checked(self, verdict) -> None:
        box = QMessageBox(QMessageBox.Icon.Information if verdict.matches else QMessageBox.Icon.Warning,
                          self.tr("Check a printed copy"), "\n".join(verdict.lines()), parent=self)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            pages = print_document(self.preview.document, printer)
            self.status.emit(self.tr("Sent %1 pages to the printer").replace("%1", str(pages)))


class IssueDialog(QDialog):
    """The number (the register's next, or one given by hand) and the date of issue."""

    def __init__(self, *, suggested: int, symbol: str, parent=None):
        from PySide6.QtWidgets import QFormLayout, QSpinBox

        from widgets.date_field import DateField

        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue the document"))
        self.number = QSpinBox(self)
        self.number.setRange(1, 99999)
        self.number.setValue(suggested)
        self.number.setSuffix(f"/{symbol}")
        self.date = DateField(self, optional=False)
        self.date.set_date(dt.date.today())
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Once issued, the number is taken and the document is kept in the register; "
                                   "it is never renumbered."), self))
        form.addRow(self.tr("Number (the register's next)"), self.number)
        form.addRow(self.tr("Date of issue"), self.date)
        form.addRow(button_box(self, self.tr("Issue"), self.tr("Cancel")))
