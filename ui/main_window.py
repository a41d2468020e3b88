"""The main window: org unit and period toolbar, a tab per sector, status bar.

Sector tabs are built when first shown, so start-up does not pay for all of
them. The chosen org unit and period are kept in ``prefs`` (a QSettings)
and restored at the next start.

Signals:
    languageRequested(str): the user chose another interface language.
    restoreRequested(Backup): the user chose a backup to restore.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from models.periods import PeriodError, parse_period
from widgets.period_picker import PeriodPicker
from widgets.side_tabs import SideTabs
from ui.lazy import lazy_module
from ui.tasks import TaskRunner
from widgets.tree_picker import TreePicker

# The data layer and the editing screens load on first use, after the window painted
# (start-up is measured in bench/startup.py).
catalog = lazy_module("models.catalog")
settings = lazy_module("models.settings")
values = lazy_module("models.values")
exchange_actions = lazy_module("ui.exchange_actions")

if TYPE_CHECKING:
    from ui.sector_tab import SectorTab
    from ui.value_writer import ValueWriter


class MainWindow(QMainWindow):
    languageRequested = Signal(str)
    restoreRequested = Signal(object)  # a models.backup.Backup to put in place of the database

    def __init__(self, *, prefs: QSettings, db=None, language: str = "vi", db_path: str = "",
                 parent=None):
        super().__init__(parent)
        self._db = None
        self._db_path = db_path
        self._prefs = prefs
        self._language = language
        self._tabs_built: dict[int, SectorTab] = {}
        self.sectors = []
        self._pages: dict[str, QWidget] = {}
        self.writer: ValueWriter | None = None
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)  # work sent off the UI thread, one task at a time
        self.background = TaskRunner(self)  # backups: beside the user's tasks, no progress dialog
        self.setWindowTitle(self.tr("Information and Communications reports"))
        self._build_toolbar()
        self._build_menus()
        self.tabs = SideTabs(self)
        self.tabs.setObjectName("sectorTabs")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self.saved_label = QLabel(self)
        self.user_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.resize(1280, 720)
        if db is None:
            # Shown at once; the database is opened right after (attach).
            self.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening the database…"))
        else:
            self.attach(db, db_path)

    def attach(self, db, db_path: str = "") -> None:
        """Show the records of ``db``: called once, when the database is open."""
        # The editing screens load with the data, not before the first paint.
        from ui.value_writer import ValueWriter

        self._db = db
        self._db_path = db_path or self._db_path
        self.writer = ValueWriter(db=db, undo_stack=self.undo_stack, parent=self)
        self.writer.saved.connect(self.show_status)
        self.writer.failed.connect(self._write_failed)
        title = self.tr("Information and Communications reports")
        if settings.get_setting(db, "sample_data"):
            title += " — " + self.tr("SAMPLE DATA")
        if db_path:
            title += f" — {db_path}"
        self.setWindowTitle(title)
        self._fill_tabs()
        self._restore_scope()
        last_tab = self._prefs.value("sector", "", str)
        self.tabs.setCurrentIndex(self._index_of(last_tab))
        self._tab_shown(self.tabs.currentIndex())
        self.apply_permissions()
        self.update_approval()
        self.setEnabled(True)
        self.statusBar().clearMessage()

    # ------------------------------------------------------------ building

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Scope"))
        toolbar.setObjectName("scopeToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Org unit:") + " "))
        self.org_picker = TreePicker(self)
        self.org_picker.setObjectName("orgUnitPicker")
        toolbar.addWidget(self.org_picker)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Period:") + " "))
        self.period_picker = PeriodPicker(self)
        self.period_picker.setObjectName("periodPicker")
        toolbar.addWidget(self.period_picker)
        toolbar.addSeparator()
        self.period_range = QLabel(self)
        toolbar.addWidget(self.period_range)
        toolbar.addSeparator()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        # keyBindings rather than setShortcut(StandardKey): that overload builds the enums of
        # Python's whole Qt namespace (~20 ms), which start-up leaves until after the first paint.
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        self.approve_action = QAction(self.tr("Approve"), self)
        self.approve_action.triggered.connect(self.toggle_approval)
        toolbar.addAction(self.approve_action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.catalog_action = QAction(self.tr("&Catalog…"), self)
        self.catalog_action.triggered.connect(self.open_catalog)
        file_menu.addAction(self.catalog_action)
        self.office_action = QAction(self.tr("&Office settings…"), self)
        self.office_action.triggered.connect(self.open_office_settings)
        file_menu.addAction(self.office_action)
        file_menu.addSeparator()
        self.export_template_action = QAction(self.tr("Export the Excel &template…"), self)
        self.export_template_action.triggered.connect(self.export_template)
        file_menu.addAction(self.export_template_action)
        self.export_table_action = QAction(self.tr("Export the figures as a &table…"), self)
        self.export_table_action.triggered.connect(self.export_table)
        file_menu.addAction(self.export_table_action)
        self.import_action = QAction(self.tr("&Import from Excel or CSV…"), self)
        self.import_action.triggered.connect(lambda: self.import_dialog())
        file_menu.addAction(self.import_action)
        self.export_package_action = QAction(self.tr("Export a data &package…"), self)
        self.export_package_action.triggered.connect(self.export_package)
        file_menu.addAction(self.export_package_action)
        self.import_package_action = QAction(self.tr("Import a data pac&kage…"), self)
        self.import_package_action.triggered.connect(lambda: self.import_package())
        file_menu.addAction(self.import_package_action)
        file_menu.addSeparator()
        self.accounts_action = QAction(self.tr("&Accounts…"), self)
        self.accounts_action.triggered.connect(self.open_accounts)
        file_menu.addAction(self.accounts_action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.value_history_action = QAction(self.tr("History of the selected &figure…"), self)
        self.value_history_action.triggered.connect(self.show_value_history)
        edit_menu.addAction(self.value_history_action)
        self.period_history_action = QAction(self.tr("History of the &period…"), self)
        self.period_history_action.triggered.connect(self.show_period_history)
        edit_menu.addAction(self.period_history_action)
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self._language)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

    # ------------------------------------------------------------ scope

    def _restore_scope(self) -> None:
        tree = catalog.org_unit_tree(self._db)
        saved_code = self._prefs.value("org_unit", "", str)
        saved = next((u.id for u, _d in tree if u.code == saved_code), None)
        self.org_picker.set_items([(u.id, u.name(self._language), d) for u, d in tree], saved)
        period = self._prefs.value("period", "", str) or values.latest_period(self._db) or ""
        try:
            if period:
                self.period_picker.set_period(parse_period(period).key)
        except PeriodError:
            pass
        self.org_picker.itemChosen.connect(lambda _id: self._scope_changed())
        self.period_picker.periodChanged.connect(lambda _key: self._scope_changed())
        self._update_range()

    def scope(self) -> tuple[int | None, str]:
        return self.org_picker.current_id(), self.period_picker.period()

    def _scope_changed(self) -> None:
        org_unit_id, period = self.scope()
        if org_unit_id is None:
            return
        unit = catalog.org_unit(self._db, org_unit_id)
        self._prefs.setValue("org_unit", unit.code)
        self._prefs.setValue("period", period)
        self._update_range()
        self.update_approval()
        for tab in self._tabs_built.values():
            tab.set_scope(org_unit_id, period)
        for code in (self.REPORTS, self.INSPECTION, self.COMPLETENESS):
            if code in self._pages:
                self._pages[code].scope_changed()

    def update_approval(self) -> None:
        from models import access, approvals

        org_unit_id, period = self.scope()
        if org_unit_id is None or self._db is None:
            return
        approval = approvals.current(self._db, org_unit_id, period)
        if approval:
            self.approve_action.setText(self.tr("Approved — un-approve…"))
            self.approve_action.setToolTip(self.tr("Approved by %1 on %2; the period is read-only").replace(
                "%1", approval.approved_by).replace("%2", approval.approved_at[:16].replace("T", " ")))
        else:
            self.approve_action.setText(self.tr("Approve"))
            self.approve_action.setToolTip(self.tr("Approve this org unit's period: its data becomes read-only"))
        self.approve_action.setEnabled(access.allowed("approve"))

    def toggle_approval(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from models import approvals

        org_unit_id, period = self.scope()
        self.flush()
        try:
            if approvals.current(self._db, org_unit_id, period):
                reason, ok = QInputDialog.getText(self, self.tr("Un-approve"), self.tr("Reason for un-approving:"))
                if not ok:
                    return
                approvals.revoke(self._db, org_unit_id, period, reason)
                self.show_status(self.tr("Un-approved"))
            else:
                approvals.approve(self._db, org_unit_id, period)
                self.show_status(self.tr("Approved: the period is read-only"))
        except PermissionError as exc:
            self.show_status(str(exc))
        self._scope_changed()

    def _update_range(self) -> None:
        rule = settings.get_setting(self._db, "period_rule")
        start, end = parse_period(self.period_picker.period()).date_range(rule)
        self.period_range.setText(f"{start:%d/%m/%Y} – {end:%d/%m/%Y}")

    # ------------------------------------------------------------ tabs

    INSPECTION, COMPLETENESS, TRENDS, REPORTS = "inspection-records", "completeness", "trends", "reports"
    PAGES = (INSPECTION, COMPLETENESS, TRENDS, REPORTS)  # the pages listed after the sectors

    def _fill_tabs(self) -> None:
        self.sectors = catalog.sectors(self._db)
        self.tabs.blockSignals(True)
        for sector in self.sectors:
            self.tabs.addTab(QStackedWidget(self.tabs), sector.name(self._language))
        labels = {self.INSPECTION: self.tr("Inspection records"), self.COMPLETENESS: self.tr("Completeness"),
                  self.TRENDS: self.tr("Trends"), self.REPORTS: self.tr("Reports")}
        for page in self.PAGES:
            self.tabs.addTab(QStackedWidget(self.tabs), labels[page])
        self.tabs.blockSignals(False)
        self._pages: dict[str, QWidget] = {}

    def _index_of(self, code: str) -> int:
        if code in self.PAGES:
            return len(self.sectors) + self.PAGES.index(code)
        return next((i for i, s in enumerate(self.sectors) if s.code == code), 0)

    def _tab_shown(self, index: int) -> None:
        if index < 0 or index >= len(self.sectors) + len(self.PAGES):
            return
        if index >= len(self.sectors):
            page = self.PAGES[index - len(self.sectors)]
            self._prefs.setValue("sector", page)
            self._page(page)
            return
        sector = self.sectors[index]
        self._prefs.setValue("sector", sector.code)
        if sector.id in self._tabs_built:
            return
        from ui.sector_tab import SectorTab

        tab = SectorTab(db=self._db, sector=sector, writer=self.writer, language=self._language)
        tab.status.connect(self.show_status)
        placeholder: QStackedWidget = self.tabs.widget(index)
        placeholder.addWidget(tab)
        self._tabs_built[sector.id] = tab
        org_unit_id, period = self.scope()
        if org_unit_id is not None:
            tab.set_scope(org_unit_id, period)

    def _page(self, code: str) -> QWidget:
        """The Trends or Reports page, built on first use."""
        if code not in self._pages:
            if code == self.TRENDS:
                from ui.trends_tab import TrendsTab

                page = TrendsTab(db=self._db, period=self.period_picker.period(), language=self._language)
            elif code == self.COMPLETENESS:
                from ui.completeness_page import CompletenessPage

                page = CompletenessPage(db=self._db, scope=self.scope, parent=self)
            elif code == self.INSPECTION:
                from ui.inspection_page import InspectionPage

                page = InspectionPage(db=self._db, scope=self.scope, parent=self)
                page.status.connect(self.show_status)
            else:
                from models.reports.drawing_cache import user_drawing_cache
                from ui.reports_tab import ReportsTab

                page = ReportsTab(db=self._db, scope=self.scope, cache=user_drawing_cache(), parent=self)
                page.status.connect(self.show_status)
            self.tabs.widget(self._index_of(code)).addWidget(page)
            self._pages[code] = page
        return self._pages[code]

    def show_page(self, code: str) -> QWidget:
        """Go to the Trends or Reports page; returns it."""
        self.tabs.setCurrentIndex(self._index_of(code))
        return self._page(code)

    def show_trends(self):
        return self.show_page(self.TRENDS)

    def sector_tab(self, code: str) -> SectorTab:
        """The tab of a sector, built if it was not yet (tests and screenshots)."""
        index = next(i for i, s in enumerate(self.sectors) if s.code == code)
        self.tabs.setCurrentIndex(index)
        self._tab_shown(index)
        return self._tabs_built[self.sectors[index].id]

    def current_tab(self) -> SectorTab | None:
        index = self.tabs.currentIndex()
        return self._tabs_built.get(self.sectors[index].id) if 0 <= index < len(self.sectors) else None

    # ------------------------------------------------------------ status

    def show_status(self, text: str) -> None:
        self.saved_label.setText(text)
        self.statusBar().showMessage(text, 8000)

    def _write_failed(self, reason: str) -> None:
        self.show_status(reason)
        tab = self.current_tab()
        if tab:
            tab._refused(reason)

    # ------------------------------------------------------------ dialogs

    def open_catalog(self) -> None:
        from ui.catalog_dialog import CatalogDialog  # only when asked for

        self.flush()
        dialog = CatalogDialog(db=self._db, language=self._language, parent=self)
        dialog.exec()
        self.reload_catalog()

    def apply_permissions(self) -> None:
        """Menus follow the signed-in role (models/ refuse the rest anyway)."""
        from models import access

        self.catalog_action.setEnabled(access.allowed("edit_catalog"))
        self.office_action.setEnabled(access.allowed("edit_settings"))
        self.accounts_action.setEnabled(access.allowed("manage_users"))
        user = access.current()
        self.user_label.setText(self.tr("Signed in: %1").replace("%1", user.username) if user else "")

    def export_template(self) -> None:
        exchange_actions.export_template(self)

    def export_table(self) -> None:
        exchange_actions.export_table(self)

    def import_dialog(self, path: str | None = None) -> None:
        exchange_actions.import_file(self, path)

    def export_package(self) -> None:
        exchange_actions.export_package(self)

    def import_package(self, path: str | None = None) -> None:
        exchange_actions.import_package(self, path)

    def open_accounts(self) -> None:
        from ui.accounts_dialog import AccountsDialog

        AccountsDialog(db=self._db, parent=self).exec()

    def open_backups(self) -> None:
        from ui.backups_dialog import BackupsDialog

        if not self._db_path:
            self.show_status(self.tr("This database has no file to back up"))
            return
        self.flush()
        BackupsDialog(db=self._db, db_path=self._db_path, restore=self.restoreRequested.emit, parent=self).exec()

    def history_entries(self, which: str):
        """(title, entries) for the selected figure ("figure") or the period ("period"); None if none."""
        from models import audit

        org_unit_id, period = self.scope()
        unit = catalog.org_unit(self._db, org_unit_id)
        if which == "period":
            title = self.tr("Changes of %1, %2").replace("%1", unit.name_vi).replace("%2", period)
            return title, audit.period_history(self._db, org_unit_id, period)
        tab = self.current_tab()
        if tab is None or not tab.grid.currentIndex().isValid():
            return None
        indicator = tab.model.indicator_at(tab.grid.currentIndex().row())
        title = f"{indicator.name(self._language)} — {unit.name_vi}, {period}"
        return title, audit.value_history(self._db, indicator.id, org_unit_id, period)

    def show_value_history(self) -> None:
        self._show_history("figure")

    def show_period_history(self) -> None:
        self._show_history("period")

    def _show_history(self, which: str) -> None:
        from ui.history_dialog import HistoryDialog

        found = self.history_entries(which)
        if found is None:
            self.show_status(self.tr("Choose a figure in the grid first"))
            return
        HistoryDialog(title=found[0], entries=found[1], parent=self).exec()

    def open_office_settings(self) -> None:
        from ui.office_dialog import OfficeDialog

        dialog = OfficeDialog(db=self._db, parent=self)
        if dialog.exec():
            self._update_range()
            self.show_status(self.tr("Office settings saved"))

    def reload_catalog(self) -> None:
        """Rebuild tabs and pickers after the catalog changed."""
        index = self.tabs.currentIndex()
        current = self.sectors[index].code if index < len(self.sectors) else \
            self.PAGES[min(index - len(self.sectors), len(self.PAGES) - 1)]
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.tabs.blockSignals(False)
        self._tabs_built.clear()
        self._fill_tabs()
        org_unit_id = self.org_picker.current_id()
        tree = catalog.org_unit_tree(self._db)
        self.org_picker.blockSignals(True)
        self.org_picker.set_items([(u.id, u.name(self._language), d) for u, d in tree], org_unit_id)
        self.org_picker.blockSignals(False)
        self.tabs.setCurrentIndex(self._index_of(current))
        self._tab_shown(self.tabs.currentIndex())

    def _choose_language(self, code: str) -> None:
        if code != self._language:
            self.flush()
            self.languageRequested.emit(code)

    # ------------------------------------------------------------ closing

    def flush(self) -> None:
        for tab in self._tabs_built.values():
            tab.flush()

    def closeEvent(self, event):
        try:
            self.flush()
        except Exception as exc:  # a failed save must not lose the text silently
            QMessageBox.critical(self, self.tr("Could not save"), str(exc))
            event.ignore()
            return
        super().closeEvent(event)
