"""Export and import from the window's File menu: the preview lists every bad cell; nothing,
all, or the valid rows; reading and writing off the UI thread; a Cancel that cancels."""

import threading

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from models import audit, catalog, values, demo
from models.database import open_database
from models.exchange.packages import export_package
from models.values import ValueChange, write_values
from tests.gui.helpers import click_button


def write_long(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["indicator_code", "org_unit_code", "period", "value", "status", "note"])
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)


@pytest.fixture
def answer_files(monkeypatch):
    """The file dialogs answered with these paths (open, save), as a user would choose them."""
    chosen = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen["open"], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (chosen["save"], "")))
    return chosen


def value(db, code, unit_code, period):
    found = values.get_value(db, catalog.indicator_by_code(db, code).id, catalog.org_unit_by_code(db, unit_code).id,
                             period)
    return found.value if found else None


def test_preview_lists_problems_and_imports_valid_rows(qtbot, window, file_db, tmp_path, answer_files,
                                                       next_dialog):
    path = tmp_path / "bang.xlsx"
    write_long(path, [("postal.providers", "BK-CD", "2024", 3, "final", ""),
                      ("postal.providers", "BK-CD", "2024-13", 3, "final", "")])
    answer_files["open"] = str(path)
    seen = []

    def preview(dialog):
        seen.append((dialog.table.rowCount(), dialog.table.item(0, 3).text(), dialog.all_button.isEnabled(),
                     dialog.valid_button.isEnabled()))
        click_button(qtbot, dialog, "Import only the valid rows")

    next_dialog(preview)
    window.import_action.trigger()  # read on a worker, then the preview
    qtbot.waitUntil(lambda: value(file_db, "postal.providers", "BK-CD", "2024") == 3, timeout=20000)
    rows, reason, all_enabled, valid_enabled = seen[0]
    assert rows == 1 and "2024-13" in reason and not all_enabled and valid_enabled


def test_template_exported_and_imported_from_the_window(qtbot, window, file_db, tmp_path, answer_files,
                                                       next_dialog):
    path = tmp_path / "bieu-mau.xlsx"
    answer_files["save"] = str(path)
    window.export_template_action.trigger()
    assert window.runner.busy  # written on a worker, reading through a connection of its own
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
    assert path.exists() and "71" in window.statusBar().currentMessage()
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["postal"]
    row = next(r for r in range(4, sheet.max_row + 1) if sheet[f"A{r}"].value == "postal.providers")
    sheet[f"E{row}"] = 15
    workbook.save(path)
    answer_files["open"] = str(path)
    next_dialog(lambda dialog: click_button(qtbot, dialog, "Import"))
    tab = window.sector_tab("postal")
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "imported" in window.statusBar().currentMessage(), timeout=30000)
    shown = next(tab.model.index(r, 3).data() for r in range(tab.model.rowCount())
                 if tab.model.indicator_at(r).code == "postal.providers")
    assert shown == "15"  # the tab read again from the import's changes alone


def _package_from_a_district(tmp_path, period, figure, trusted_by=None):
    """A district's package; its key already trusted by ``trusted_by`` (as after `office-key trust`)."""
    from models.exchange import signing

    sender = open_database(tmp_path / "district.sqlite3")
    catalog.load_default_catalog(sender)
    demo.load_demo_units(sender)  # the sample org tree
    district = catalog.org_unit_by_code(sender, "BK-CD").id
    write_values(sender, [ValueChange(catalog.indicator_by_code(sender, "postal.service_points").id, district,
                                      period, figure)])
    export_package(sender, district, period, tmp_path / "p.tttpkg")
    if trusted_by is not None:
        signing.trust(trusted_by, "BK-CD", signing.own_public_key(sender))
    sender.close()
    return tmp_path / "p.tttpkg"


def test_package_dialog_settles_a_conflict(qtbot, window, file_db, tmp_path, answer_files, next_dialog):
    district = catalog.org_unit_by_code(file_db, "BK-CD").id
    points = catalog.indicator_by_code(file_db, "postal.service_points").id
    write_values(file_db, [ValueChange(points, district, "2024", 30)])  # the province's own figure
    answer_files["open"] = str(_package_from_a_district(tmp_path, "2024", 32, trusted_by=file_db))
    seen = []

    def settle(dialog):
        seen.append((dialog.table.rowCount(), dialog.table.item(0, 1).text(), dialog.table.item(0, 2).text()))
        click_button(qtbot, dialog, "Import")  # nothing chosen yet: refused in place
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
        seen.append(dialog.message.text())
        dialog.choices[0].setCurrentIndex(dialog.choices[0].findData("theirs"))
        click_button(qtbot, dialog, "Import")

    next_dialog(settle)
    window.import_package_action.trigger()
    qtbot.waitUntil(lambda: value(file_db, "postal.service_points", "BK-CD", "2024") == 32, timeout=20000)
    rows, ours, theirs = seen[0]
    assert rows == 1 and "30" in ours and "32" in theirs
    assert "xung đột" in seen[1]


def test_a_package_is_read_and_written_off_the_ui_thread(qtbot, window, file_db, tmp_path, answer_files,
                                                         next_dialog, monkeypatch):
    from models.exchange import packages

    answer_files["open"] = str(_package_from_a_district(tmp_path, "2031", 41, trusted_by=file_db))
    threads = []
    for name in ("read_and_preview", "import_package"):
        real = getattr(packages, name)
        monkeypatch.setattr(packages, name, lambda *a, real=real, **k: (
            threads.append(threading.current_thread()), real(*a, **k))[1])
    next_dialog(lambda dialog: click_button(qtbot, dialog, "Import"))
    window.import_package_action.trigger()
    assert window.runner.busy  # the reading went to a worker
    qtbot.waitUntil(lambda: value(file_db, "postal.service_points", "BK-CD", "2031") == 41, timeout=30000)
    assert len(threads) == 2 and threading.main_thread() not in threads
    qtbot.waitUntil(lambda: "1" in window.statusBar().currentMessage(), timeout=5000)


def test_cancel_on_a_100000_row_import_writes_nothing_and_closes(qtbot, window, file_db, tmp_path,
                                                                  answer_files, next_dialog):
    """The writer checks the cancel between batches and rolls the whole import back."""
    import csv

    from PySide6.QtWidgets import QApplication, QProgressDialog

    units = [u.code for u in catalog.org_units(file_db)]
    codes = [i.code for i in catalog.indicators(file_db) if i.kind in ("count", "money")]
    path = tmp_path / "lon.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["indicator_code", "org_unit_code", "period", "value", "status", "note"])
        count = 0
        for year in range(2000, 2100):
            for month in range(1, 13):
                for unit in units:
                    for code in codes:
                        writer.writerow([code, unit, f"{year}-{month:02d}", 7, "final", ""])
                        count += 1
                        if count == 100_000:
                            break
                    if count == 100_000:
                        break
                if count == 100_000:
                    break
            if count == 100_000:
                break
    answer_files["open"] = str(path)
    before_values = file_db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0]
    before_audit = audit.last_id(file_db)
    state = {}

    def import_then_cancel(dialog):
        state["dialog"] = dialog
        try:
            click_button(qtbot, dialog, "Import")

            def box():
                found = [w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QProgressDialog) and w.isVisible()]
                return found[0] if found else None

            qtbot.waitUntil(lambda: box() is not None, timeout=20000)  # the writing takes seconds
            click_button(qtbot, box(), "Cancel")
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60000)  # the dialog closes once rolled back
        except Exception as exc:  # never leave a modal dialog open: fail instead of hanging
            state["failed"] = repr(exc)
            dialog.reject()

    next_dialog(import_then_cancel)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "dialog" in state and not state["dialog"].isVisible() and not window.runner.busy,
                    timeout=120000)
    assert "failed" not in state, state
    assert file_db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0] == before_values
    assert audit.last_id(file_db) == before_audit
    assert "nothing was written" in window.statusBar().currentMessage()


def test_completeness_page_says_where_figures_came_from(qtbot, window, file_db, tmp_path):
    """Each cell's tooltip: the package (origin, id, when made), a spreadsheet, or who typed."""
    from models.exchange.packages import import_package, read_package

    sender = open_database(tmp_path / "district.sqlite3")
    catalog.load_default_catalog(sender)
    demo.load_demo_units(sender)  # the sample org tree
    unit = catalog.org_unit_by_code(sender, "BK-CD").id
    write_values(sender, [ValueChange(catalog.indicator_by_code(sender, "postal.service_points").id, unit,
                                      "2025", 31)])
    export_package(sender, unit, "2025", tmp_path / "p.tttpkg")
    sender.close()
    package = read_package(tmp_path / "p.tttpkg")
    import_package(file_db, package, trust_new=True)
    na_ri = catalog.org_unit_by_code(file_db, "BK-NR").id
    write_values(file_db, [ValueChange(catalog.indicator_by_code(file_db, "telecom.operators").id, na_ri, "2025", 2)],
                 source="import")
    window.period_picker.set_period("2025")
    page = window.show_page(window.COMPLETENESS)
    tips = {page.table.item(r, c).toolTip() for r in range(page.table.rowCount())
            for c in range(2, page.table.columnCount())} - {""}
    from models.dates import format_datetime

    made = format_datetime(package.manifest["created_at"])  # dd/mm/yyyy HH:MM, local time
    # The source strings (no translator installed here; the .ts test checks Vietnamese is complete).
    assert any(f"data package of BK-CD (id {package.manifest['package_id'][:8]}, made {made})" in t
               for t in tips), tips
    assert any("from a spreadsheet" in t for t in tips), tips


def test_package_exported_from_the_window_off_the_ui_thread(qtbot, window, file_db, tmp_path, answer_files,
                                                             monkeypatch):
    from models.exchange import packages

    path = tmp_path / "gui.tttpkg"
    answer_files["save"] = str(path)
    threads = []
    real = packages.export_package
    monkeypatch.setattr(packages, "export_package",
                        lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k))[1])
    window.export_package_action.trigger()
    assert window.runner.busy
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
    package = packages.read_package(path)
    assert package.manifest["package_id"][:8] in window.statusBar().currentMessage()
    assert threads and threads[0] is not threading.main_thread()


def test_the_first_package_of_a_sender_asks_to_trust_its_key(qtbot, window, file_db, tmp_path, answer_files,
                                                              next_dialog):
    """From the menu: the fingerprint is shown and must be confirmed; then the package dialog, and
    the key is kept as trusted for the unit."""
    from models.exchange.signing import fingerprint, own_public_key

    district = open_database(tmp_path / "district.sqlite3")
    catalog.load_default_catalog(district)
    demo.load_demo_units(district)
    unit = catalog.org_unit_by_code(district, "BK-CD").id
    write_values(district, [ValueChange(catalog.indicator_by_code(district, "postal.service_points").id, unit,
                                        "2024", 31, "final", "")])
    path = tmp_path / "cho-don.tttpkg"
    export_package(district, unit, "2024", path)
    key = own_public_key(district)
    district.close()
    answer_files["open"] = str(path)
    seen = {}

    def trust(box):
        seen["text"] = box.text()

        def take(dialog):
            seen["dialog"] = type(dialog).__name__
            click_button(qtbot, dialog, "Import")

        next_dialog(take)
        click_button(qtbot, box, "Trust and continue")

    next_dialog(trust)
    window.import_package_action.trigger()
    qtbot.waitUntil(lambda: "dialog" in seen and not window.runner.busy, timeout=20000)
    assert fingerprint(key) in seen["text"] and "BK-CD" in seen["text"]
    assert seen["dialog"] == "PackageDialog"
    assert value(file_db, "postal.service_points", "BK-CD", "2024") == 31
    assert file_db.execute("SELECT fingerprint FROM trusted_keys").fetchall() == [(fingerprint(key),)]
