"""A command and the screen that does the same thing call the same operation (ops/): the
command line and the window cannot drift apart. Each operation is wrapped to record its
calls; the command runs in this process, the window is driven by its menus and buttons."""

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog

import main
from models import catalog
from models.exchange.packages import export_package
from ops import exchange, reports, safety
from tests.gui.helpers import click_button


@pytest.fixture
def calls(monkeypatch):
    """Every call of the wrapped operations, by name, as it happens."""
    seen: list[str] = []
    for module, names in ((exchange, ("import_spreadsheet", "import_package", "export_template", "export_table",
                                      "export_package")),
                          (reports, ("build_report", "render_pdf")), (safety, ("back_up",))):
        for name in names:
            real = getattr(module, name)
            monkeypatch.setattr(module, name, lambda *a, _real=real, _name=name, **k: (
                seen.append(_name), _real(*a, **k))[1])
    return seen


@pytest.fixture
def command_db(tmp_path, file_db):
    """A copy of the window's database for the command (the window's session holds its file)."""
    copy = tmp_path / "command.sqlite3"
    file_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(tmp_path / "office.sqlite3", copy)
    return str(copy)


def run_command(*args):
    assert main.main(list(args)) == 0


@pytest.fixture
def files(monkeypatch):
    chosen = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen["open"], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (chosen["save"], "")))
    return chosen


def test_import(qtbot, window, calls, command_db, tmp_path, files, next_dialog):
    table = tmp_path / "bang.csv"
    table.write_text("indicator_code,org_unit_code,period,value,status,note\npostal.items,BK-CD,2025,5,final,\n",
                     encoding="utf-8")
    run_command("--db", command_db, "import", str(table))
    from_command = list(calls)
    calls.clear()
    files["open"] = str(table)
    next_dialog(lambda dialog: click_button(qtbot, dialog, "Import"))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "import_spreadsheet" in calls and not window.runner.busy, timeout=20000)
    assert from_command == calls == ["import_spreadsheet"]


def test_import_package(qtbot, window, calls, command_db, file_db, tmp_path, files, next_dialog):
    package = tmp_path / "p.tttpkg"
    export_package(file_db, catalog.org_unit_by_code(file_db, "BK-CD").id, "2024", package)
    run_command("--db", command_db, "import-package", str(package), "--conflicts", "theirs", "--trust-new")
    from_command = list(calls)
    calls.clear()
    files["open"] = str(package)
    next_dialog(lambda dialog: click_button(qtbot, dialog, "Import"))
    window.import_package_action.trigger()
    qtbot.waitUntil(lambda: "import_package" in calls and not window.runner.busy, timeout=20000)
    assert from_command == calls == ["import_package"]


@pytest.mark.parametrize("command,action,operation", [
    (["export-template", "--period", "2024"], "export_template_action", "export_template"),
    (["export-table", "--period", "2024"], "export_table_action", "export_table"),
    (["export-package", "--period", "2024"], "export_package_action", "export_package"),
])
def test_exports(qtbot, window, calls, command_db, tmp_path, files, command, action, operation):
    run_command("--db", command_db, *command, str(tmp_path / "from-command"))
    from_command = list(calls)
    calls.clear()
    files["save"] = str(tmp_path / "from-window")
    getattr(window, action).trigger()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    assert from_command == calls == [operation]


def test_report(qtbot, window, calls, command_db, tmp_path):
    run_command("--db", command_db, "report", "--out", str(tmp_path / "r.pdf"))
    from_command = list(calls)
    calls.clear()
    page = window.show_page(window.REPORTS)
    click_button(qtbot, page, "Preview")
    qtbot.waitUntil(lambda: not page.runner.busy and page.pdf_path is not None, timeout=60000)
    assert from_command == calls == ["build_report", "render_pdf"]


def test_backup(qtbot, window, calls, command_db, monkeypatch):
    from PySide6.QtWidgets import QDialog

    run_command("--db", command_db, "backup")
    from_command = list(calls)
    calls.clear()
    opened = []

    def back_up_now(dialog):
        opened.append(dialog)
        click_button(qtbot, dialog, "Back up now")
        qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=20000)
        return 0

    monkeypatch.setattr(QDialog, "exec", back_up_now)
    window.backups_action.trigger()
    assert opened and from_command == calls == ["back_up"]
