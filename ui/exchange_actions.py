"""The File menu's exchange commands: templates, tables, imports and data packages.

Each takes the main window, whose session, runner, scope and status bar it uses;
reading and writing run on the runner, off the UI thread.
"""

from __future__ import annotations

import pathlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from models import catalog
from models.exchange.signing import UntrustedKey
from ops import exchange
from ui.export import export_with_dialog
from widgets.dialogs import confirm

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

    def preview(read, trust_new: bool = False) -> None:
        if read[0] == "untrusted":  # the unit's first package: its key is trusted once the user confirms
            _kind, unit_code, print_ = read
            if confirm(window, translate("ExchangeActions", "A new sender"),
                       translate("ExchangeActions", "This is the first package from %1. It is signed with the key "
                                                    "whose fingerprint is\n\n%2\n\nCompare it with the sender "
                                                    "(by phone, or their office-key show) before trusting it. "
                                                    "Trust this key for %1 from now on?")
                       .replace("%1", unit_code).replace("%2", print_),
                       yes_text=translate("ExchangeActions", "Trust and continue"),
                       no_text=translate("ExchangeActions", "Cancel")):
                start(trust_new=True)
            return
        package, items, checks = read
        dialog = PackageDialog(session=window.session, runner=window.runner, package=package, items=items,
                               checks=checks, trust_new=trust_new, parent=window)
        dialog.exec()
        if dialog.outcome:
            window.show_status(dialog.outcome)

    def start(trust_new: bool = False) -> None:
        def read(_progress):
            try:
                package, items = exchange.read_package(window.session, path, trust_new=trust_new)
            except UntrustedKey as exc:
                return "untrusted", exc.unit_code, exc.fingerprint
            return package, items, exchange.check_package(window.session, package)

        window.runner.run(read, on_done=lambda found: preview(found, trust_new),
                          label=translate("ExchangeActions", "Reading %1…").replace("%1", pathlib.Path(path).name))

    start()
