"""Backups dialog, history, damaged settings, unexpected errors (in the window)."""

import logging
import subprocess
import sys
import pathlib

import pytest

from tests.gui.helpers import click_button, type_text
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from models import backup
from ui.backups_dialog import BackupsDialog
from ui.errors import install_excepthook, setup_logging, tolerant_settings
from ui.history_dialog import HistoryDialog
from ui.indicator_model import VALUE

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_backups_dialog_backs_up_and_asks_to_restore(qtbot, file_db, tmp_path, monkeypatch):
    path = str(tmp_path / "office.sqlite3")
    chosen = []
    dialog = BackupsDialog(db=file_db, db_path=path, restore=chosen.append)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    dialog.back_up_now()
    assert dialog.table.rowCount() == 1 and len(backup.list_backups(path)) == 1
    monkeypatch.setattr("ui.backups_dialog.confirm", lambda *a, **k: True)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert chosen and chosen[0].path == backup.list_backups(path)[0].path


def test_history_of_a_figure_after_edits(qtbot, window, file_db):
    from tests.gui.test_grid import row_of, type_into

    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.providers")
    type_into(qtbot, tab, row, VALUE, "14")
    tab.grid.setCurrentIndex(tab.model.index(row, VALUE))
    title, entries = window.history_entries("figure")
    assert "Đơn vị cung ứng dịch vụ bưu chính" in title
    assert [e.action for e in entries] == ["insert", "update"]
    assert entries[-1].old["value"] == 12 and entries[-1].new["value"] == 14
    dialog = HistoryDialog(title=title, entries=entries)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 4).text().startswith("14;")
    _title, period_entries = window.history_entries("period")
    assert len(period_entries) > 60  # the demo figures, activities and texts of 2024, and this edit


def test_damaged_settings_file_is_replaced(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\xff\xfe\x00garbage[[[\n=\x00\x00")
    settings = tolerant_settings(path)
    kept = list(tmp_path.glob("settings.ini.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"\xff\xfe")  # set aside as it was
    settings.setValue("language", "en")
    settings.sync()
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert again.value("language") == "en" and again.status() == QSettings.Status.NoError


def test_unexpected_error_is_logged_and_shown(qtbot, tmp_path, monkeypatch):
    log_path = setup_logging(tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()) or 0)
    previous = sys.excepthook
    install_excepthook()
    try:
        try:
            raise RuntimeError("bất ngờ")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    for handler in logging.getLogger("tttt").handlers:
        handler.flush()
    assert "bất ngờ" in log_path.read_text(encoding="utf-8")
    assert shown and "RuntimeError" in shown[0]


def test_a_damaged_database_is_refused_in_one_line(tmp_path):
    import os

    path = tmp_path / "office.sqlite3"
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "main.py", "--db", str(path), *args], cwd=ROOT, capture_output=True, text=True,
        env=dict(os.environ, TTTT_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert run("--demo", "backup").returncode == 0
    data = bytearray(path.read_bytes())
    data[4096 * 3] ^= 0xFF
    data[4096 * 4] ^= 0xFF
    path.write_bytes(bytes(data))
    result = run("report", "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 1
    assert "bị hỏng" in result.stderr and "bản sao lưu tốt gần nhất" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert list(tmp_path.glob("office.sqlite3.damaged-*"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")
def test_second_instance_refused_in_one_line(tmp_path):
    import os

    from models.filelock import FileLock

    path = tmp_path / "office.sqlite3"
    held = FileLock(path).acquire()
    try:
        result = subprocess.run([sys.executable, "main.py", "--db", str(path), "report", "--out",
                                 str(tmp_path / "r.pdf")], cwd=ROOT, capture_output=True, text=True,
                                env=dict(os.environ, TTTT_DATA_DIR=str(tmp_path / "d")), timeout=120)
    finally:
        held.release()
    assert result.returncode == 1 and "đang được một chương trình khác sử dụng" in result.stderr


@pytest.fixture
def inspector(file_db):
    from models import access

    access.set_session(None)
    access.save_user(file_db, username="quantri", full_name="", role="admin", password="matkhau-qt")
    access.save_user(file_db, username="thanhtra", full_name="", role="inspector", password="matkhau-tt")
    access.sign_in(file_db, "thanhtra", "matkhau-tt")
    yield
    access.set_session(None)


def test_an_inspector_cannot_change_figures_in_the_window(qtbot, inspector, file_db, prefs):
    from ui.main_window import MainWindow

    window = MainWindow(db=file_db, prefs=prefs)
    qtbot.addWidget(window)
    tab = window.sector_tab("postal")
    index = tab.model.index(0, VALUE)
    assert not (tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    before = tab.model.index(0, VALUE).data()
    tab.model.setData(index, "99")  # even if a view tried: refused by models/
    assert tab.model.index(0, VALUE).data() == before
    tab.grid.setCurrentIndex(index)
    tab.grid.paste("99\n")
    assert "may not change figures" in tab.message.text()
    assert tab.texts["results"].isReadOnly()
    assert not window.catalog_action.isEnabled() and not window.accounts_action.isEnabled()
    assert "thanhtra" in window.user_label.text()
    page = window.show_page(window.INSPECTION)
    from PySide6.QtWidgets import QPushButton

    buttons = {b.text(): b.isEnabled() for b in page.violations.findChildren(QPushButton)}
    assert buttons and all(buttons.values())  # an inspector edits the inspection records
    window.close()


def test_login_dialog(qtbot, file_db):
    from models import access
    from ui.login_dialog import LoginDialog

    access.set_session(None)
    access.save_user(file_db, username="quantri", full_name="", role="admin", password="matkhau-qt")
    access.save_user(file_db, username="nhap", full_name="", role="data_entry", password="matkhau-nhap")
    dialog = LoginDialog(db=file_db)
    qtbot.addWidget(dialog)
    dialog.username.setText("nhap")
    dialog.password.setText("sai")
    dialog.accept()
    assert dialog.user is None and dialog.error.text()
    dialog.password.setText("matkhau-nhap")
    dialog.accept()
    assert dialog.user.username == "nhap" and access.current().username == "nhap"
    access.set_session(None)


def test_approved_period_is_read_only_in_the_window(qtbot, window, file_db, monkeypatch):
    tab = window.sector_tab("postal")
    index = tab.model.index(0, VALUE)
    assert tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    window.toggle_approval()
    assert tab.model.locked and not (tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert tab.texts["results"].isReadOnly() and not tab.activities.add_button.isEnabled()
    tab.grid.setCurrentIndex(index)
    tab.grid.paste("99\n")
    assert "approved" in tab.message.text()
    assert "un-approve" in window.approve_action.text()
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Sửa lại số liệu", True))
    window.toggle_approval()
    assert not tab.model.locked and tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_start_and_timer_backups_run_on_a_worker(qtbot, tmp_path, prefs):
    """A file of hundreds of MB takes seconds to copy: the window must not freeze for it.
    A restore waits for a running backup before it replaces the file."""
    from models import catalog, demo
    from models.database import open_database
    from models.values import ValueChange, write_values
    from ui.backups_dialog import back_up_when_changed
    from ui.main_window import MainWindow

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    window = MainWindow(db=db, prefs=prefs, db_path=str(path))
    qtbot.addWidget(window)
    assert back_up_when_changed(window, str(path), "start")
    assert window.background.busy and not backup.list_backups(path)  # on the worker
    assert not window.tasks.busy  # the user's own tasks stay free
    window.background.wait()
    assert [b.reason for b in backup.list_backups(path)] == ["start"]
    assert back_up_when_changed(window, str(path), "timer")
    window.background.wait()
    assert len(backup.list_backups(path)) == 1  # nothing changed since: no second copy
    write_values(db, [ValueChange(catalog.indicator_by_code(db, "postal.providers").id,
                                  catalog.top_org_unit(db).id, "2024", 13)])
    assert back_up_when_changed(window, str(path), "timer")
    assert not back_up_when_changed(window, str(path), "timer")  # one task at a time: the next turn
    window.background.wait()
    assert sorted(b.reason for b in backup.list_backups(path)) == ["start", "timer"]
    window.close()
    db.close()


def test_accounts_cannot_lock_the_office_out(qtbot, file_db, next_dialog, vietnamese):
    """Added through the dialog as a user does: the first account is offered and kept as
    Administrator, the last Administrator cannot be demoted, role names are in Vietnamese."""
    from models import access
    from ui.accounts_dialog import AccountsDialog

    access.set_session(None)
    dialog = AccountsDialog(db=file_db)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(name, role=None):
        def act(form):
            type_text(qtbot, form.username, name)
            qtbot.keyClicks(form.password, "matkhau-" + name)
            if role is not None:
                form.role.setCurrentIndex(form.role.findData(role))
            seen.append(form.role.currentText())
            click_button(qtbot, form, "Lưu")
        return act

    seen = []
    next_dialog(fill("quantri"))
    click_button(qtbot, dialog, "Thêm…")
    assert seen == ["Quản trị"]  # offered as the first account's role
    next_dialog(fill("nhap"))
    click_button(qtbot, dialog, "Thêm…")
    assert [(u.username, u.role) for u in access.list_users(file_db)] == [("nhap", "data_entry"),
                                                                          ("quantri", "admin")]
    assert {dialog.table.item(r, 2).text() for r in range(2)} == {"Nhập số liệu", "Quản trị"}

    errors = []

    def demote(form):
        form.role.setCurrentIndex(form.role.findData("leader"))
        click_button(qtbot, form, "Lưu")
        errors.append(form.error.text())
        click_button(qtbot, form, "Hủy")

    dialog.table.selectRow(1)
    next_dialog(demote)
    click_button(qtbot, dialog, "Sửa…")
    assert "cuối cùng" in errors[0]
    assert next(u for u in access.list_users(file_db) if u.username == "quantri").role == "admin"
