"""The File menu's exchange commands: templates, tables, imports and data packages.

Each takes the main window, whose session, runner, scope and status bar it uses;
reading and writing run on the runner, off the UI thread.
"""

from __future__ import annotations

import pathlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from models import catalog
from ops import exchange
from ui.export import export_with_dialog

translate = QCoreApplication.translate


def export_template(window) -> None:
    org_unit_id, period = window.scope()
    unit = catalog.org_unit(window.session.db, org_unit_id)
    window.flush()
    export_with_dialog(window, suggested=f"bieu-mau-{unit.code}-{period}.xlsx", report=window.show_status,
                       runner=window.runner,
                       write=lambda path: exchange.export_template(window.session, org_unit_id, period, path))


def export_table(window) -> None:
    org_unit_id, period = window.scope()
    units = [org_unit_id] + [u.id for u in catalog.child_units(window.session.db, org_unit_id)]
    unit = catalog.org_unit(window.session.db, org_unit_id)
    window.flush()
    export_with_dialog(window, suggested=f"so-lieu-{unit.code}-{period}.xlsx", report=window.show_status,
                       runner=window.runner,
                       write=lambda path: exchange.export_table(window.session, path, org_unit_ids=units,
                                                                periods=[period]))


def _open_path(window, title: str, filter_: str, path: str | None) -> str:
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(window, title, "", filter_)
    return path


def import_file(window, path: str | None = None) -> None:
    from ui.import_dialog import ImportDialog

    path = _open_path(window, translate("ExchangeActions", "Import"),
                      translate("ExchangeActions", "Spreadsheets (*.xlsx *.csv)"), path)
    if not path:
        return
    window.flush()

    def preview(result) -> None:
        dialog = ImportDialog(session=window.session, runner=window.runner, result=result, parent=window)
        dialog.exec()
        if dialog.outcome:
            window.show_status(dialog.outcome)

    window.runner.run(lambda _progress: exchange.read_spreadsheet(window.session, path), on_done=preview,
                      label=translate("ExchangeActions", "Reading %1…").replace("%1", pathlib.Path(path).name))


def export_package(window) -> None:
    org_unit_id, period = window.scope()
    unit = catalog.org_unit(window.session.db, org_unit_id)
    window.flush()
    export_with_dialog(
        window, suggested=f"{unit.code}-{period}.tttpkg", report=window.show_status, runner=window.runner,
        title=translate("ExchangeActions", "Export a data package"),
        filter_=translate("ExchangeActions", "Data packages (*.tttpkg)"),
        write=lambda path: exchange.export_package(window.session, org_unit_id, period, path),
        done=lambda _path, manifest: translate("ExchangeActions", "Package written: %1").replace(
            "%1", manifest["package_id"][:8]))


def import_package(window, path: str | None = None) -> None:
    from ui.package_dialog import PackageDialog

    path = _open_path(window, translate("ExchangeActions", "Import a data package"),
                      translate("ExchangeActions", "Data packages (*.tttpkg)"), path)
    if not path:
        return
    window.flush()

    def preview(read) -> None:
        package, items = read
        dialog = PackageDialog(session=window.session, runner=window.runner, package=package, items=items,
                               parent=window)
        dialog.exec()
        if dialog.outcome:
            window.show_status(dialog.outcome)

    window.runner.run(lambda _progress: exchange.read_package(window.session, path), on_done=preview,
                      label=translate("ExchangeActions", "Reading %1…").replace("%1", pathlib.Path(path).name))
