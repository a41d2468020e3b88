"""Backups dialog, history, damaged settings, unexpected errors (in the window)."""

import logging
import subprocess
import sys
import pathlib

import pytest

from tests.gui.helpers import click_button, type_text
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from models import backup, catalog
from ui.backups_dialog import BackupsDialog
from ui.errors import install_excepthook, setup_logging, tolerant_settings
from ui.history_dialog import HistoryDialog
from ui.indicator_model import VALUE

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_backups_dialog_backs_up_and_asks_to_restore(qtbot, session, monkeypatch):
    chosen = []
    dialog = BackupsDialog(session=session, restore=chosen.append)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    click_button(qtbot, dialog, "Back up now")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)  # on a worker
    assert len(backup.list_backups(session.path)) == 1
    size = backup.list_backups(session.path)[0].size
    from models.numbers import format_number

    assert f"1 backups take {format_number(round(size / 1024 / 1024, 1))} MB" in dialog.folder.text()
    monkeypatch.setattr("ui.backups_dialog.confirm", lambda *a, **k: True)
    dialog.table.selectRow(0)
    click_button(qtbot, dialog, "Restore…")
    assert chosen and chosen[0].path == backup.list_backups(session.path)[0].path


def test_history_of_a_figure_and_of_the_period_in_words(qtbot, window, file_db, monkeypatch):
    """Edit a figure, approve and un-approve, then open both histories from the Edit menu."""
    from models import approvals
    from PySide6.QtWidgets import QDialog
    from tests.gui.test_grid import row_of, type_into

    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.providers")
    type_into(qtbot, tab, row, VALUE, "14")
    tab.grid.setCurrentIndex(tab.model.index(row, VALUE))
    unit = catalog.top_org_unit(file_db).id
    window.runner.apply(__import__("ops.approval").approval.approve, window.session, unit, "2024")
    window.runner.apply(__import__("ops.approval").approval.revoke, window.session, unit, "2024", "Sửa số liệu")
    assert approvals.current(file_db, unit, "2024") is None
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    window.value_history_action.trigger()
    table = shown[-1].table
    cells = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert [c[2] for c in cells] == ["Đơn vị cung ứng dịch vụ bưu chính"] * 2  # newest first
    assert cells[0][3] == "changed" and cells[0][4].startswith("Value: 12") and cells[0][5].startswith("Value: 14")
    window.period_history_action.trigger()
    table = shown[-1].table
    cells = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert cells[0][2:4] == ["Approval", "un-approved"] and cells[0][5] == "Reason: Sửa số liệu"
    assert cells[1][2:4] == ["Approval", "approved"]
    assert any(c[2].startswith("Report text, ") for c in cells)  # the texts of the demo's 2024
    assert len(cells) > 60


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
def inspector(session, file_db):
    from models import access

    access.save_user(file_db, username="quantri", full_name="", role="admin", password="matkhau-qt")
    access.save_user(file_db, username="thanhtra", full_name="Thanh tra viên A", role="inspector",
                     password="matkhau-tt")
    session.sign_in(access.sign_in(file_db, "thanhtra", "matkhau-tt"))


def test_an_inspector_cannot_change_figures_in_the_window(qtbot, inspector, session, prefs):
    from ui.main_window import MainWindow

    window = MainWindow(session=session, prefs=prefs)
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
    assert "Thanh tra viên A" in window.user_label.text()
    page = window.show_page(window.INSPECTION)
    from PySide6.QtWidgets import QPushButton

    buttons = {b.text(): b.isEnabled() for b in page.violations.findChildren(QPushButton)}
    assert buttons and all(buttons.values())  # an inspector edits the inspection records
    window.close()


def test_login_dialog(qtbot, session, file_db):
    from models import access
    from ui.login_dialog import LoginDialog

    access.save_user(file_db, username="quantri", full_name="", role="admin", password="matkhau-qt")
    access.save_user(file_db, username="nhap", full_name="", role="data_entry", password="matkhau-nhap")
    dialog = LoginDialog(session=session)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.username, "nhap")
    type_text(qtbot, dialog.password, "sai")
    click_button(qtbot, dialog, "Sign in")
    assert dialog.user is None and dialog.error.text() and session.user is None
    type_text(qtbot, dialog.password, "matkhau-nhap")
    click_button(qtbot, dialog, "Sign in")
    assert dialog.user.username == "nhap" and session.user.username == "nhap"
    assert access.acting_user(file_db).username == "nhap"  # the session's connections act as the user


def test_approved_period_is_read_only_in_the_window(qtbot, window, file_db, next_dialog):
    """Approve asks first, showing what it locks; un-approving needs a reason typed in its dialog."""
    tab = window.sector_tab("postal")
    index = tab.model.index(0, VALUE)
    assert tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    asked = []

    def cancel(dialog):
        asked.append(dialog.findChildren(QLabel)[1].text())
        click_button(qtbot, dialog, "Cancel")

    next_dialog(cancel)
    window.approve_action.trigger()
    assert "69 figures" in asked[0] and "27 report texts" in asked[0]  # the demo province's 2024
    assert not tab.model.locked
    next_dialog(lambda dialog: click_button(qtbot, dialog, "Approve"))
    window.approve_action.trigger()
    assert tab.model.locked and not (tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert tab.texts["results"].isReadOnly() and not tab.activities.add_button.isEnabled()
    tab.grid.setCurrentIndex(index)
    tab.grid.paste("99\n")
    assert "approved" in tab.message.text()
    assert "un-approve" in window.approve_action.text()
    states = []

    def revoke(dialog):
        states.append(dialog.revoke_button.isEnabled())
        type_text(qtbot, dialog.reason, "Sửa lại số liệu")
        states.append(dialog.revoke_button.isEnabled())
        click_button(qtbot, dialog, "Un-approve")

    next_dialog(revoke)
    window.approve_action.trigger()
    assert states == [False, True]
    assert not tab.model.locked and tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_start_and_timer_backups_run_on_a_worker(qtbot, tmp_path, prefs):
    """A file of hundreds of MB takes seconds to copy: the window must not freeze for it.
    A restore waits for a running backup before it replaces the file."""
    from models import catalog, demo
    from models.database import open_database
    from models.values import ValueChange, write_values
    from ui.backups_dialog import back_up_when_changed
    from ui.main_window import MainWindow

    from ops.session import Session

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    session = Session(db, path=path)
    window = MainWindow(session=session, prefs=prefs)
    qtbot.addWidget(window)
    assert back_up_when_changed(window, "start")
    assert window.background.busy and not backup.list_backups(path)  # on the worker
    assert not window.runner.busy  # the user's own work stays free
    window.background.wait()
    assert [b.reason for b in backup.list_backups(path)] == ["start"]
    assert back_up_when_changed(window, "timer")
    window.background.wait()
    assert len(backup.list_backups(path)) == 1  # nothing changed since: no second copy
    write_values(db, [ValueChange(catalog.indicator_by_code(db, "postal.providers").id,
                                  catalog.top_org_unit(db).id, "2024", 13)])
    assert back_up_when_changed(window, "timer")
    assert not back_up_when_changed(window, "timer")  # one task at a time: the next turn
    window.background.wait()
    assert sorted(b.reason for b in backup.list_backups(path)) == ["start", "timer"]
    window.close()
    session.close()


def test_accounts_cannot_lock_the_office_out(qtbot, session, runner, file_db, next_dialog, vietnamese):
    """Added through the dialog as a user does: the first account is offered and kept as
    Administrator, the last Administrator cannot be demoted, role names are in Vietnamese."""
    from models import access
    from ui.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(session=session, runner=runner)
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


def test_only_an_administrator_may_restore(qtbot, session, file_db):
    """A data-entry account sees the backups but cannot put an old one in place of the file."""
    from models import access
    from ui.backups_dialog import BackupsDialog

    access.save_user(file_db, username="quantri", full_name="Quản trị", role="admin", password="matkhau123")
    access.save_user(file_db, username="nhap", full_name="Người nhập", role="data_entry", password="matkhau123")
    session.sign_in(access.sign_in(file_db, "nhap", "matkhau123"))
    dialog = BackupsDialog(session=session, restore=lambda chosen: None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and "administrator" in dialog.restore_button.toolTip()
    from ops.safety import may_restore

    with pytest.raises(access.AccessError):
        may_restore(session)
    session.sign_in(access.sign_in(file_db, "quantri", "matkhau123"))
    may_restore(session)
