"""The File menu's exchange commands: templates, tables, imports and data packages.

Each takes the main window, whose database, scope and status bar it uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import catalog
from ui.export import export_with_dialog
from ui.tasks import on_own_connection


translate = QCoreApplication.translate


def export_template(window) -> None:
    from models.exchange.templates import export_template

    org_unit_id, period = window.scope()
    unit = catalog.org_unit(window._db, org_unit_id)
    export_with_dialog(window, suggested=f"bieu-mau-{unit.code}-{period}.xlsx",
                       export_to=lambda path: export_template(window._db, org_unit_id, period, path),
                       report=window.show_status)


def export_table(window) -> None:
    from models.exchange.importing import export_table

    org_unit_id, period = window.scope()
    units = [org_unit_id] + [u.id for u in catalog.child_units(window._db, org_unit_id)]
    unit = catalog.org_unit(window._db, org_unit_id)
    export_with_dialog(window, suggested=f"so-lieu-{unit.code}-{period}.xlsx",
                       export_to=lambda path: export_table(window._db, path, org_unit_ids=units,
                                                           periods=[period]),
                       report=window.show_status)


def import_file(window, path: str | None = None) -> None:
    from models.exchange.importing import read_any
    from models.exchange.safe_xlsx import UnsafeFile
    from ui.import_dialog import ImportDialog

    if path is None:
        path, _filter = QFileDialog.getOpenFileName(window, translate("ExchangeActions", "Import"), "",
                                                    translate("ExchangeActions", "Spreadsheets (*.xlsx *.csv)"))
    if not path:
        return
    window.flush()

    def failed(exc: Exception, _details: str = "") -> None:
        if not isinstance(exc, (UnsafeFile, OSError)):
            raise exc  # a bug: the error dialog and the log take it
        QMessageBox.warning(window, translate("ExchangeActions", "Cannot import"), str(exc))

    def preview(result) -> None:
        dialog = ImportDialog(db=window._db, db_path=window._db_path or None, result=result, parent=window)
        if dialog.exec():
            window.writer.changed.emit()
            window._scope_changed()
            window.show_status(translate("ExchangeActions", "%1 rows imported").replace("%1", str(dialog.written)))

    if not window._db_path:  # an in-memory database cannot be opened twice: read here
        try:
            result = read_any(window._db, path)
        except (UnsafeFile, OSError) as exc:
            failed(exc)
            return
        preview(result)
        return
    # A spreadsheet of 100,000 rows takes seconds to read: off the UI thread, with progress.
    window.tasks.run(on_own_connection(window._db_path, lambda db: read_any(db, path)), on_success=preview,
                     on_failure=failed, label=translate("ExchangeActions", "Reading %1…").replace("%1", path),
                     cancel_text=translate("ExchangeActions", "Cancel"))


def export_package(window) -> None:
    from models.exchange.packages import export_package

    org_unit_id, period = window.scope()
    unit = catalog.org_unit(window._db, org_unit_id)
    path, _filter = QFileDialog.getSaveFileName(window, translate("ExchangeActions", "Export a data package"),
                                                f"{unit.code}-{period}.tttpkg",
                                                translate("ExchangeActions", "Data packages (*.tttpkg)"))
    if path:
        window.flush()
        try:
            manifest = export_package(window._db, org_unit_id, period, path)
        except OSError as exc:
            QMessageBox.warning(window, translate("ExchangeActions", "Could not save"), f"{path}: {exc}")
            return
        window.show_status(translate("ExchangeActions", "Package written: %1").replace("%1", manifest["package_id"][:8]))


def import_package(window, path: str | None = None) -> None:
    from models.exchange.packages import PackageError, read_and_preview
    from ui.package_dialog import PackageDialog

    if path is None:
        path, _filter = QFileDialog.getOpenFileName(window, translate("ExchangeActions", "Import a data package"), "",
                                                    translate("ExchangeActions", "Data packages (*.tttpkg)"))
    if not path:
        return
    window.flush()
    try:
        package, items = read_and_preview(window._db, path)
    except (PackageError, OSError) as exc:
        QMessageBox.warning(window, translate("ExchangeActions", "Cannot import"), str(exc))
        return
    dialog = PackageDialog(db=window._db, db_path=window._db_path or None, package=package, items=items, parent=window)
    if dialog.exec():
        window.writer.changed.emit()
        window._scope_changed()
        window.show_status(translate("ExchangeActions", "%1 records imported from the package").replace(
            "%1", str(dialog.counts.get("taken", 0))))
