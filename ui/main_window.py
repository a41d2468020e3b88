"""The main window: org unit and period toolbar, a tab per sector, the pages, the status bar.

It is given a session (ops.session) once the database is open (:meth:`attach`); until
then it shows, disabled, so that start-up paints before the data layer loads. Sector
tabs and pages are built when first shown. Every operation's changes arrive through
``runner.changed``: the visible tab and page reload at once, the others when next shown.
The chosen org unit, period and tab are kept in ``prefs`` (a QSettings).

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
from ui.lazy import lazy_module
from ui.runner import Runner
from widgets.period_picker import PeriodPicker
from widgets.side_tabs import SideTabs
from widgets.tree_picker import TreePicker
from ui import labels

# The data layer and the editing screens load on first use, after the window painted
# (start-up is measured in bench/startup.py).
catalog = lazy_module("models.catalog")
settings = lazy_module("models.settings")
values = lazy_module("models.values")
exchange_actions = lazy_module("ui.exchange_actions")
changes_ = lazy_module("ops.changes")

if TYPE_CHECKING:
    from ui.sector_tab import SectorTab
    from ui.value_writer import ValueWriter


class MainWindow(QMainWindow):
    languageRequested = Signal(str)
    restoreRequested = Signal(object)  # a models.backup.Backup to put in place of the database
    fileRequested = Signal(bool)  # True: the sample data's file; False: the office's own

    INSPECTION, COMPLETENESS, TRENDS, REPORTS, REGISTER = ("inspection-records", "completeness", "trends", "reports",
                                                           "register")
    PAGES = (INSPECTION, COMPLETENESS, TRENDS, REPORTS, REGISTER)  # the pages listed after the sectors

    def __init__(self, *, prefs: QSettings, session=None, language: str = "vi", parent=None):
        super().__init__(parent)
        self.session = None
        self._prefs = prefs
        self._language = language
        self._on_sample = False
        self._tabs_built: dict[int, SectorTab] = {}
        self.sectors = []
        self._pages: dict[str, QWidget] = {}
        self.writer: ValueWriter | None = None
        self.undo_stack = QUndoStack(self)
        self.runner = Runner(self)  # the user's work off the UI thread, one piece at a time
        self.background = Runner(self)  # backups: beside the user's work, no progress box
        self.runner.changed.connect(self.on_changes)
        self.setWindowTitle(self.tr("Information and Communications reports"))
        self._build_toolbar()
        self._build_menus()
        self.tabs = SideTabs(self)
        self.tabs.setObjectName("sectorTabs")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self.user_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.user_label)
        self.resize(1280, 720)
        if session is None:
            # Shown at once; the database is opened right after (attach).
            self.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening the database…"))
        else:
            self.attach(session)

    def attach(self, session) -> None:
        """Show the records of ``session``: called once, when the database is open."""
        # The editing screens load with the data, not before the first paint.
        from ui.value_writer import ValueWriter

        self.session = session
        self.writer = ValueWriter(session=session, runner=self.runner, undo_stack=self.undo_stack,
                                  locate=self.go_to_figure, parent=self)
        self.writer.saved.connect(self.show_status)
        title = self.tr("Information and Communications reports")
        self._on_sample = bool(settings.get_setting(session.db, "sample_data"))
        self.sample_action.setText(self.tr("Back to the office's &data") if self._on_sample
                                   else self.tr("Open the sa&mple data"))
        if self._on_sample:
            title += " — " + self.tr("SAMPLE DATA")
        if session.path:
            title += f" — {session.path}"
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
        self.approve_action = QAction(self.tr("Approve…"), self)
        self.approve_action.triggered.connect(self.toggle_approval)
        toolbar.addAction(self.approve_action)

    def _action(self, menu, text: str, slot) -> QAction:
        # A lambda: triggered(bool) must not reach a slot's first parameter.
        action = QAction(text, self)
        action.triggered.connect(lambda: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.catalog_action = self._action(file_menu, self.tr("&Catalog…"), self.open_catalog)
        self.office_action = self._action(file_menu, self.tr("&Office settings…"), self.open_office_settings)
        file_menu.addSeparator()
        self.export_template_action = self._action(file_menu, self.tr("Export the Excel &template…"),
                                                   lambda: exchange_actions.export_template(self))
        self.export_table_action = self._action(file_menu, self.tr("Export the figures as a ta&ble…"),
                                                lambda: exchange_actions.export_table(self))
        self.import_action = self._action(file_menu, self.tr("&Import from Excel or CSV…"), self.import_dialog)
        self.export_package_action = self._action(file_menu, self.tr("Export a data &package…"),
                                                  lambda: exchange_actions.export_package(self))
        self.import_package_action = self._action(file_menu, self.tr("Import a data pac&kage…"), self.import_package)
        file_menu.addSeparator()
        self.accounts_action = self._action(file_menu, self.tr("&Accounts…"), self.open_accounts)
        self.backups_action = self._action(file_menu, self.tr("Back&ups…"), self.open_backups)
        self.sample_action = self._action(file_menu, self.tr("Open the sa&mple data"),
                                          lambda: self.fileRequested.emit(not self._on_sample))
        self.sample_action.setToolTip(self.tr("The sample data live in a file of their own: the office's file is "
                                              "closed, not changed"))
        file_menu.addSeparator()
        quit_action = self._action(file_menu, self.tr("&Quit"), self.close)
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.value_history_action = self._action(edit_menu, self.tr("History of the selected &figure…"),
                                                 lambda: self._show_history("figure"))
        self.period_history_action = self._action(edit_menu, self.tr("History of the &period…"),
                                                  lambda: self._show_history("period"))
        edit_menu.addSeparator()
        self.retired_action = QAction(self.tr("Show &retired units"), self)
        self.retired_action.setCheckable(True)
        self.retired_action.setToolTip(self.tr("List the units that no longer existed in the period (merged, "
                                               "split or dissolved) as well"))
        self.retired_action.toggled.connect(lambda _on: self._fill_units(self.org_picker.current_id()))
        edit_menu.addAction(self.retired_action)
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self._language)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

    # ------------------------------------------------------------ scope

    def _units_for(self, period: str, keep: int | None) -> list:
        """The org tree as the picker lists it: the units that existed during ``period`` (all of
        them with *Show retired units*), and always ``keep``, the unit being shown."""
        tree = catalog.org_unit_tree(self.session.db)
        if self.retired_action.isChecked() or not period:
            return tree
        try:
            start, end = (day.isoformat() for day in parse_period(period).date_range())
        except PeriodError:
            return tree
        return [(u, d) for u, d in tree if u.id == keep or u.exists_during(start, end)]

    def _fill_units(self, current: int | None) -> None:
        items = [(u.id, u.name(self._language), d) for u, d in self._units_for(self.period_picker.period(), current)]
        shown = [(self.org_picker.itemData(i), self.org_picker.itemText(i)) for i in range(self.org_picker.count())]
        if shown == [(item_id, "    " * depth + name) for item_id, name, depth in items]:
            return  # the same units: nothing to redo (and no second scope change)
        self.org_picker.blockSignals(True)  # set_items tells the unit chosen: the caller acts on it
        try:
            self.org_picker.set_items(items, current)
        finally:
            self.org_picker.blockSignals(False)

    def _restore_scope(self) -> None:
        period = self._prefs.value("period", "", str) or values.latest_period(self.session.db) or ""
        try:
            if period:
                self.period_picker.set_period(parse_period(period).key)
        except PeriodError:
            pass
        saved_code = self._prefs.value("org_unit", "", str)
        saved = next((u.id for u in catalog.org_units(self.session.db) if u.code == saved_code), None)
        tree = self._units_for(self.period_picker.period(), saved)
        self.org_picker.set_items([(u.id, u.name(self._language), d) for u, d in tree], saved)
        self.org_picker.itemChosen.connect(lambda _id: self._scope_changed())
        self.period_picker.periodChanged.connect(lambda _key: self._scope_changed())
        self._update_range()

    def scope(self) -> tuple[int | None, str]:
        return self.org_picker.current_id(), self.period_picker.period()

    def _scope_changed(self) -> None:
        org_unit_id, period = self.scope()
        if org_unit_id is None:
            return
        self.flush()  # text typed for the scope being left is saved for it
        self._fill_units(org_unit_id)  # the units of the period (a unit merged away drops out)
        unit = catalog.org_unit(self.session.db, org_unit_id)
        self._prefs.setValue("org_unit", unit.code)
        self._prefs.setValue("period", period)
        self._update_range()
        self.update_approval()
        for tab in self._tabs_built.values():
            tab.set_scope(org_unit_id, period)
        for page in self._pages.values():
            page.scope_changed()
        self._refresh_current()  # the others when they are shown

    def update_approval(self) -> None:
        from models import access, approvals

        org_unit_id, period = self.scope()
        if org_unit_id is None or self.session is None:
            return
        approval = approvals.current(self.session.db, org_unit_id, period)
        if approval:
            self.approve_action.setText(self.tr("Approved — un-approve…"))
            self.approve_action.setToolTip(self.tr("Approved by %1 on %2; the period is read-only").replace(
                "%1", approval.approved_by).replace("%2", labels.moment(approval.approved_at)))
        else:
            self.approve_action.setText(self.tr("Approve…"))
            self.approve_action.setToolTip(self.tr("Approve this org unit's period: its data becomes read-only"))
        self.approve_action.setEnabled(access.allowed(self.session.db, "approve"))

    def toggle_approval(self) -> None:
        from models import approvals
        from ui.approval_dialog import ApproveDialog, RevokeDialog

        org_unit_id, period = self.scope()
        self.flush()
        kind = RevokeDialog if approvals.current(self.session.db, org_unit_id, period) else ApproveDialog
        dialog = kind(session=self.session, runner=self.runner, org_unit_id=org_unit_id, period=period, parent=self)
        if dialog.exec():
            self.show_status(self.tr("Un-approved") if kind is RevokeDialog
                             else self.tr("Approved: the period is read-only"))

    def _update_range(self) -> None:
        rule = settings.get_setting(self.session.db, "period_rule")
        start, end = parse_period(self.period_picker.period()).date_range(rule)
        self.period_range.setText(f"{start:%d/%m/%Y} – {end:%d/%m/%Y}")

    # ------------------------------------------------------------ what changed

    def on_changes(self, changes) -> None:
        """An operation changed records: everything that shows them refreshes (hidden ones when shown)."""
        if changes.touches(changes_.CATALOG):
            self.reload_catalog()
            return
        if changes.touches(changes_.APPROVALS):
            self.update_approval()
        if changes.touches(changes_.ACCOUNTS):
            self.apply_permissions()
        if changes.touches(changes_.SETTINGS):
            self._update_range()
        for tab in self._tabs_built.values():
            tab.on_changes(changes)
        for page in self._pages.values():
            page.on_changes(changes)
        self._refresh_current()

    def _refresh_current(self) -> None:
        """The tab or page in view reads again what changed; the others wait until shown."""
        index = self.tabs.currentIndex()
        if 0 <= index < len(self.sectors):
            tab = self._tabs_built.get(self.sectors[index].id)
            if tab is not None:
                tab.refresh()
        elif index >= len(self.sectors):
            page = self._pages.get(self.PAGES[index - len(self.sectors)])
            if page is not None:
                page.refresh()

    # ------------------------------------------------------------ tabs

    def _fill_tabs(self) -> None:
        self.sectors = catalog.sectors(self.session.db)
        self.tabs.blockSignals(True)
        for sector in self.sectors:
            self.tabs.addTab(QStackedWidget(self.tabs), sector.name(self._language))
        labels = {self.INSPECTION: self.tr("Inspection records"), self.COMPLETENESS: self.tr("Completeness"),
                  self.TRENDS: self.tr("Trends"), self.REPORTS: self.tr("Reports"),
                  self.REGISTER: self.tr("Register of documents")}
        for page in self.PAGES:
            self.tabs.addTab(QStackedWidget(self.tabs), labels[page])
        self.tabs.blockSignals(False)
        self._pages = {}

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
            self._page(page).refresh()
            return
        sector = self.sectors[index]
        self._prefs.setValue("sector", sector.code)
        if sector.id in self._tabs_built:
            self._tabs_built[sector.id].refresh()
            return
        from ui.sector_tab import SectorTab

        tab = SectorTab(session=self.session, runner=self.runner, sector=sector, writer=self.writer,
                        language=self._language)
        tab.status.connect(self.show_status)
        self.tabs.widget(index).addWidget(tab)
        self._tabs_built[sector.id] = tab
        org_unit_id, period = self.scope()
        if org_unit_id is not None:
            tab.set_scope(org_unit_id, period)
            tab.refresh()

    def _page(self, code: str) -> QWidget:
        """A page after the sectors, built on first use."""
        if code not in self._pages:
            common = {"session": self.session, "runner": self.runner, "scope": self.scope, "parent": self}
            if code == self.TRENDS:
                from ui.trends_tab import TrendsTab

                page = TrendsTab(**common, language=self._language)
            elif code == self.COMPLETENESS:
                from ui.completeness_page import CompletenessPage

                page = CompletenessPage(**common)
            elif code == self.INSPECTION:
                from ui.inspection_page import InspectionPage

                page = InspectionPage(**common)
            elif code == self.REGISTER:
                from ui.register_page import RegisterPage

                page = RegisterPage(**common)
            else:
                from ui.reports_tab import ReportsTab

                page = ReportsTab(**common)
            if hasattr(page, "status"):
                page.status.connect(self.show_status)
            self.tabs.widget(self._index_of(code)).addWidget(page)
            self._pages[code] = page
        return self._pages[code]

    def show_page(self, code: str) -> QWidget:
        """Go to a page after the sectors; returns it."""
        self.tabs.setCurrentIndex(self._index_of(code))
        return self._page(code)

    def sector_tab(self, code: str) -> SectorTab:
        """Go to a sector's tab (built if it was not yet); returns it."""
        index = next(i for i, s in enumerate(self.sectors) if s.code == code)
        self.tabs.setCurrentIndex(index)
        self._tab_shown(index)
        return self._tabs_built[self.sectors[index].id]

    def current_tab(self) -> SectorTab | None:
        index = self.tabs.currentIndex()
        return self._tabs_built.get(self.sectors[index].id) if 0 <= index < len(self.sectors) else None

    def go_to_figure(self, sector_id: int, org_unit_id: int, period: str, indicator_id: int, column: int) -> None:
        """Show a figure where it is (its tab, org unit and period) and select its cell: undo and
        redo act where the user can see them."""
        if self.scope() != (org_unit_id, period):
            self.org_picker.set_current_id(org_unit_id)
            self.period_picker.set_period(period)
        sector = next((s for s in self.sectors if s.id == sector_id), None)
        if sector is not None:
            self.sector_tab(sector.code).select(indicator_id, column)

    # ------------------------------------------------------------ status

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------ dialogs

    def open_catalog(self) -> None:
        from ui.catalog_dialog import CatalogDialog  # only when asked for

        self.flush()
        CatalogDialog(session=self.session, runner=self.runner, language=self._language, parent=self).exec()

    def apply_permissions(self) -> None:
        """Menus follow the signed-in role (models/ refuse the rest anyway)."""
        from models import access

        db = self.session.db
        self.catalog_action.setEnabled(access.allowed(db, "edit_catalog"))
        self.office_action.setEnabled(access.allowed(db, "edit_settings"))
        self.accounts_action.setEnabled(access.allowed(db, "manage_users"))
        user = self.session.user
        self.user_label.setText(self.tr("Signed in: %1").replace("%1", user.full_name or user.username)
                                if user else "")

    def import_dialog(self, path: str | None = None) -> None:
        exchange_actions.import_file(self, path)

    def import_package(self, path: str | None = None) -> None:
        exchange_actions.import_package(self, path)

    def open_accounts(self) -> None:
        from ui.accounts_dialog import AccountsDialog

        AccountsDialog(session=self.session, runner=self.runner, parent=self).exec()

    def open_backups(self) -> None:
        from ui.backups_dialog import BackupsDialog

        if not self.session.path:
            self.show_status(self.tr("This database has no file to back up"))
            return
        self.flush()
        BackupsDialog(session=self.session, restore=self.restoreRequested.emit, parent=self).exec()

    def _show_history(self, which: str) -> None:
        from ui.history_dialog import HistoryDialog, history_of

        tab = self.current_tab()
        indicator = None
        if which == "figure":
            if tab is None or not tab.grid.currentIndex().isValid():
                self.show_status(self.tr("Choose a figure in the grid first"))
                return
            indicator = tab.model.indicator_at(tab.grid.currentIndex().row())
        title, entries = history_of(self.session.db, *self.scope(), indicator=indicator)
        HistoryDialog(title=title, entries=entries, parent=self).exec()

    def open_office_settings(self) -> None:
        from ui.office_dialog import OfficeDialog

        if OfficeDialog(session=self.session, runner=self.runner, parent=self).exec():
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
        self._fill_units(self.org_picker.current_id())
        self.tabs.setCurrentIndex(self._index_of(current))
        self._tab_shown(self.tabs.currentIndex())

    def _choose_language(self, code: str) -> None:
        if code != self._language:
            self.flush()
            self.languageRequested.emit(code)

    # ------------------------------------------------------------ closing

    def flush(self) -> None:
        """Save any text still being typed."""
        for tab in self._tabs_built.values():
            tab.flush()

    def closeEvent(self, event):
        try:
            self.flush()
        except Exception as exc:  # a failed save must not lose the text silently
            QMessageBox.critical(self, self.tr("Could not save"), labels.message(exc))
            event.ignore()
            return
        super().closeEvent(event)
