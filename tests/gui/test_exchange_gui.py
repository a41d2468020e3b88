"""Export and import from the window: the preview lists every bad cell; nothing or all, or the valid rows."""

import openpyxl

from models import catalog, values
from models.exchange.importing import read_any
from ui.import_dialog import ImportDialog


def write_long(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["indicator_code", "org_unit_code", "period", "value", "status", "note"])
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)


def test_preview_lists_problems_and_imports_valid_rows(qtbot, file_db, tmp_path):
    path = tmp_path / "bang.xlsx"
    write_long(path, [("postal.providers", "BK-CD", "2024", 3, "final", ""),
                      ("postal.providers", "BK-CD", "2024-13", 3, "final", "")])
    dialog = ImportDialog(db=file_db, db_path=None, result=read_any(file_db, path))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and "2024-13" in dialog.table.item(0, 3).text()
    assert not dialog.all_button.isEnabled() and dialog.valid_button.isEnabled()
    dialog.run(valid_only=True)
    district = catalog.org_unit_by_code(file_db, "BK-CD").id
    indicator = catalog.indicator_by_code(file_db, "postal.providers").id
    assert values.get_value(file_db, indicator, district, "2024").value == 3


def test_template_exported_and_imported_from_the_window(qtbot, window, file_db, tmp_path, monkeypatch):
    path = tmp_path / "bieu-mau.xlsx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    window.export_template()
    assert window.tasks.busy  # written on a worker, with a connection of its own
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30000)
    assert path.exists() and "68" in window.saved_label.text()
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["postal"]
    row = next(r for r in range(4, sheet.max_row + 1) if sheet[f"A{r}"].value == "postal.providers")
    sheet[f"E{row}"] = 15
    workbook.save(path)
    monkeypatch.setattr("ui.import_dialog.ImportDialog.exec", lambda self: (self.run(valid_only=False), 1)[1])
    window.import_dialog(str(path))
    tab = window.sector_tab("postal")
    shown = next(tab.model.index(r, 3).data() for r in range(tab.model.rowCount())
                 if tab.model.indicator_at(r).code == "postal.providers")
    assert shown == "15"


def test_package_dialog_settles_a_conflict(qtbot, file_db, tmp_path):
    from models.database import open_database
    from models.exchange.packages import export_package, read_and_preview
    from models.values import ValueChange, write_values
    from ui.package_dialog import PackageDialog

    district = catalog.org_unit_by_code(file_db, "BK-CD").id
    points = catalog.indicator_by_code(file_db, "postal.service_points").id
    write_values(file_db, [ValueChange(points, district, "2024", 30)])  # the province's own figure
    sender = open_database(tmp_path / "district.sqlite3")
    catalog.load_default_catalog(sender)
    write_values(sender, [ValueChange(points, district, "2024", 32)])
    export_package(sender, district, "2024", tmp_path / "p.tttpkg")
    sender.close()
    package, items = read_and_preview(file_db, tmp_path / "p.tttpkg")
    dialog = PackageDialog(db=file_db, db_path=None, package=package, items=items)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and "30" in dialog.table.item(0, 1).text()
    assert "32" in dialog.table.item(0, 2).text()
    dialog.run()
    assert "xung đột" in dialog.message.text()
    assert values.get_value(file_db, points, district, "2024").value == 30
    dialog.choices[0].setCurrentIndex(dialog.choices[0].findData("theirs"))
    dialog.run()
    assert values.get_value(file_db, points, district, "2024").value == 32


def test_a_file_database_reads_and_writes_the_import_off_the_ui_thread(qtbot, tmp_path, prefs, monkeypatch):
    from models import demo
    from models.database import open_database
    from ui.main_window import MainWindow

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    window = MainWindow(db=db, prefs=prefs, db_path=str(path))
    qtbot.addWidget(window)
    table = tmp_path / "bang.xlsx"
    write_long(table, [("postal.providers", "BK-CD", "2024", 4, "final", "")])
    shown = []

    def exec_dialog(self):
        shown.append(self)
        self.run(valid_only=False)
        qtbot.waitUntil(lambda: self.written == 1, timeout=30000)
        return 1

    monkeypatch.setattr("ui.import_dialog.ImportDialog.exec", exec_dialog)
    window.import_dialog(str(table))
    assert window.tasks.busy  # the reading went to a worker
    qtbot.waitUntil(lambda: bool(shown) and not window.tasks.busy, timeout=30000)
    district = catalog.org_unit_by_code(db, "BK-CD").id
    indicator = catalog.indicator_by_code(db, "postal.providers").id
    assert values.get_value(db, indicator, district, "2024").value == 4  # written by the worker's connection
    window.close()
    db.close()


def test_a_file_database_reads_a_package_off_the_ui_thread(qtbot, tmp_path, prefs, monkeypatch):
    from models import demo
    from models.database import open_database
    from models.exchange.packages import export_package
    from models.values import ValueChange, write_values
    from ui.main_window import MainWindow

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    district = catalog.org_unit_by_code(db, "BK-CD").id
    points = catalog.indicator_by_code(db, "postal.service_points").id
    sender = open_database(tmp_path / "district.sqlite3")
    catalog.load_default_catalog(sender)
    write_values(sender, [ValueChange(points, district, "2031", 41)])
    export_package(sender, district, "2031", tmp_path / "p.tttpkg")
    sender.close()
    window = MainWindow(db=db, prefs=prefs, db_path=str(path))
    qtbot.addWidget(window)
    shown = []
    def exec_dialog(self):
        shown.append(self)
        self.run()
        qtbot.waitUntil(lambda: self.result() == 1, timeout=30000)  # written on a worker too
        return self.result()

    monkeypatch.setattr("ui.package_dialog.PackageDialog.exec", exec_dialog)
    window.import_package(str(tmp_path / "p.tttpkg"))
    assert window.tasks.busy  # the reading went to a worker
    qtbot.waitUntil(lambda: bool(shown) and not window.tasks.busy, timeout=30000)
    assert values.get_value(db, points, district, "2031").value == 41
    assert "1" in window.statusBar().currentMessage()
    window.close()
    db.close()


def test_completeness_page_says_where_figures_came_from(qtbot, file_db, tmp_path):
    """Each cell's tooltip: the package (origin, id, when made), a spreadsheet, or who typed."""
    from models import catalog
    from models.database import open_database
    from models.exchange.packages import export_package, import_package, read_package
    from models.values import ValueChange, write_values
    from ui.completeness_page import CompletenessPage

    sender = open_database(tmp_path / "district.sqlite3")
    catalog.load_default_catalog(sender)
    unit = catalog.org_unit_by_code(sender, "BK-CD").id
    write_values(sender, [ValueChange(catalog.indicator_by_code(sender, "postal.service_points").id, unit,
                                      "2025", 31)])
    export_package(sender, unit, "2025", tmp_path / "p.tttpkg")
    sender.close()
    package = read_package(tmp_path / "p.tttpkg")
    import_package(file_db, package)
    na_ri = catalog.org_unit_by_code(file_db, "BK-NR").id
    write_values(file_db, [ValueChange(catalog.indicator_by_code(file_db, "telecom.operators").id, na_ri, "2025", 2)],
                 user="import")
    province = catalog.top_org_unit(file_db).id
    page = CompletenessPage(db=file_db, scope=lambda: (province, "2025"))
    qtbot.addWidget(page)
    tips = {page.table.item(r, c).toolTip() for r in range(page.table.rowCount())
            for c in range(2, page.table.columnCount())} - {""}
    made = package.manifest["created_at"][:16].replace("T", " ")
    # The source strings (no translator installed here; the .ts test checks Vietnamese is complete).
    assert any(f"data package of BK-CD (id {package.manifest['package_id'][:8]}, made {made})" in t
               for t in tips), tips
    assert any("from a spreadsheet" in t for t in tips), tips


def test_package_exported_from_the_window_off_the_ui_thread(qtbot, window, file_db, tmp_path, monkeypatch):
    import threading

    from models.exchange import packages

    path = tmp_path / "gui.tttpkg"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    threads = []
    real = packages.export_package
    monkeypatch.setattr(packages, "export_package",
                        lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k))[1])
    window.export_package()
    assert window.tasks.busy
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30000)
    package = packages.read_package(path)
    assert package.manifest["package_id"][:8] in window.saved_label.text()
    assert threads and threads[0] is not threading.main_thread()
