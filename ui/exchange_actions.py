"""The File menu's exchange commands: templates, tables, imports and data packages.

Each takes the main window, whose database, scope and status bar it uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import catalog
from ui.export import export_with_dialog


translate = QCoreApplication.translate


def export_template(window) -> None:
    from models.exchange.templates import export_template

    org_unit_id, period = window.scope()
    unit = catalog.org_unit(window._db, org_unit_id)
    window.flush()
    export_with_dialog(window, suggested=f"bieu-mau-{unit.code}-{period}.xlsx", report=window.show_status,
                       tasks=window.tasks, db=window._db,
                       export_to=lambda db, path: export_template(db, org_unit_id, period, path))


def export_table(window) -> None:
    from models.exchange.importing import export_table

    org_unit_id, period = window.scope()
    units = [org_unit_id] + [u.id for u in catalog.child_units(window._db, org_unit_id)]
    unit = catalog.org_unit(window._db, org_unit_id)
    window.flush()
    export_with_dialog(window, suggested=f"so-lieu-{unit.code}-{period}.xlsx", report=window.show_status,
                       tasks=window.tasks, db=window._db,
                       export_to=lambda db, path: export_table(db, path, org_unit_ids=units, periods=[period]))


def _open_path(window, title: str, filter_: str, path: str | None) -> str:
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(window, title, "", filter_)
    return path


def _read_then(window, path: str, read, expected: tuple, then) -> None:
    """``read(db)`` the file at ``path``, then ``then(result)``; an ``expected`` error is a message.

    With a database file the read runs on a worker with a progress dialog (a
    spreadsheet of 100,000 rows takes seconds).
    """
    window.flush()

    def failed(exc: Exception, _details: str = "") -> None:
        if not isinstance(exc, expected):
            raise exc  # a bug: the error dialog and the log take it
        QMessageBox.warning(window, translate("ExchangeActions", "Cannot import"), str(exc))

    window.tasks.run_on_database(window._db, window._db_path, read, on_success=then, on_failure=failed,
                                 label=translate("ExchangeActions", "Reading %1…").replace("%1", path),
                                 cancel_text=translate("ExchangeActions", "Cancel"))


def import_file(window, path: str | None = None) -> None:
    from models.exchange.importing import read_any
    from models.exchange.safe_xlsx import UnsafeFile
    from ui.import_dialog import ImportDialog

    path = _open_path(window, translate("ExchangeActions", "Import"),
                      translate("ExchangeActions", "Spreadsheets (*.xlsx *.csv)"), path)
    if not path:
        return

    def preview(result) -> None:
        dialog = ImportDialog(db=window._db, db_path=window._db_path or None, result=result, parent=window)
        if dialog.exec():
            window.writer.changed.emit()
            window._scope_changed()
            window.show_status(translate("ExchangeActions", "%1 rows imported").replace("%1", str(dialog.written)))

    _read_then(window, path, lambda db: read_any(db, path), (UnsafeFile, OSError), preview)


def export_package(window) -> None:
    from models.exchange.packages import export_package

    org_unit_id, period = window.scope()
    unit = catalog.org_unit(window._db, org_unit_id)
    window.flush()
    export_with_dialog(
        window, suggested=f"{unit.code}-{period}.tttpkg", report=window.show_status, tasks=window.tasks,
        db=window._db, title=translate("ExchangeActions", "Export a data package"),
        filter_=translate("ExchangeActions", "Data packages (*.tttpkg)"),
        export_to=lambda db, path: export_package(db, org_unit_id, period, path),
        done=lambda _path, manifest: translate("ExchangeActions", "Package written: %1").replace(
            "%1", manifest["package_id"][:8]))


def import_package(window, path: str | None = None) -> None:
    from models.exchange.packages import PackageError, read_and_preview
    from ui.package_dialog import PackageDialog

    path = _open_path(window, translate("ExchangeActions", "Import a data package"),
                      translate("ExchangeActions", "Data packages (*.tttpkg)"), path)
    if not path:
        return

    def preview(read) -> None:
        package, items = read
        dialog = PackageDialog(db=window._db, db_path=window._db_path or None, package=package, items=items,
                               parent=window)
        if dialog.exec():
            window.writer.changed.emit()
            window._scope_changed()
            window.show_status(translate("ExchangeActions", "%1 records imported from the package").replace(
                "%1", str(dialog.counts.get("taken", 0))))

    _read_then(window, path, lambda db: read_and_preview(db, path), (PackageError, OSError), preview)
