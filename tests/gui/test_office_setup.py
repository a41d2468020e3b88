"""First start: the office chooses itself from the official list; the sample data have their
own file; the letterhead follows the unit (issue #20, point 6)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import catalog
from models.reports import letterhead
from ops.session import open_session
from tests.gui.helpers import click_button
from ui.office_setup_dialog import SAMPLE, SET_UP, OfficeSetupDialog
from ui.runner import Runner


def choose(qtbot, picker, typed: str) -> None:
    """Type into a searchable picker and take the first suggestion, as with the keyboard."""
    picker.lineEdit().setFocus()
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_a_province_department_sets_itself_up_from_the_official_list(qtbot, tmp_path, next_dialog):
    session = open_session(tmp_path / "office.sqlite3")
    try:
        assert catalog.org_units(session.db) == []  # a new file starts with no units, not someone else's
        dialog = OfficeSetupDialog(session=session, runner=Runner())
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.set_up_button.isEnabled()  # nothing chosen yet
        choose(qtbot, dialog.province, "thai ng")  # no diacritics needed
        assert dialog.province.currentText() == "Tỉnh Thái Nguyên"
        assert "92" in dialog.summary.text()
        qtbot.mouseClick(dialog.set_up_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == SET_UP
        units = catalog.org_units(session.db)
        top = catalog.top_org_unit(session.db)
        assert (top.code, top.name_vi, top.level, top.valid_from) == ("T19", "Tỉnh Thái Nguyên", "province",
                                                                      "2025-07-01")
        assert len(units) == 93 and all(u.parent_id == top.id for u in units[1:])
        assert catalog.org_unit_by_code(session.db, "X01843").name_vi == "Phường Bắc Kạn"
        # Its letterhead suggestion is a province department's, with the signer left to fill.
        suggested = letterhead.load(session.db, top.id)
        assert suggested.superior_agency == "UBND TỈNH THÁI NGUYÊN" and suggested.place == "Thái Nguyên"
        assert suggested.agency == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
        assert letterhead.missing(suggested) == ["Họ tên người ký"]
        commune = letterhead.load(session.db, catalog.org_unit_by_code(session.db, "X01843").id)
        assert commune.superior_agency == "UBND PHƯỜNG BẮC KẠN" and commune.place == "Bắc Kạn"
    finally:
        session.close()


def test_a_commune_office_holds_its_commune_alone(qtbot, tmp_path):
    session = open_session(tmp_path / "office.sqlite3")
    try:
        dialog = OfficeSetupDialog(session=session, runner=Runner())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.commune_office, Qt.MouseButton.LeftButton)
        choose(qtbot, dialog.province, "thai nguyen")
        assert not dialog.set_up_button.isEnabled()  # a commune office needs its commune
        choose(qtbot, dialog.commune, "bac kan")
        assert dialog.commune.currentText() == "Phường Bắc Kạn"
        click_button(qtbot, dialog, "Set up this office")
        units = catalog.org_units(session.db)
        assert [(u.code, u.level, u.parent_id) for u in units] == [("X01843", "commune", None)]
    finally:
        session.close()


def test_the_sample_data_are_offered_beside_and_refused_in_a_set_up_file(qtbot, tmp_path):
    session = open_session(tmp_path / "office.sqlite3")
    try:
        dialog = OfficeSetupDialog(session=session, runner=Runner())
        qtbot.addWidget(dialog)
        dialog.show()
        click_button(qtbot, dialog, "Try the sample data first")
        assert dialog.result() == SAMPLE
        assert catalog.org_units(session.db) == []  # the office's file is not touched
    finally:
        session.close()


def test_office_setup_from_the_command_line(tmp_path):
    import subprocess
    import sys

    from tests.gui.test_window import ROOT

    path = tmp_path / "office.sqlite3"
    run = lambda *a: subprocess.run([sys.executable, "main.py", "--db", str(path), *a], cwd=ROOT,  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    listed = run("office", "communes", "--province", "19")
    assert listed.returncode == 0 and "01843\tPhường Bắc Kạn" in listed.stdout
    made = run("office", "setup", "--province", "19", "--commune", "01843")
    assert made.returncode == 0, made.stderr
    again = run("office", "setup", "--province", "19")
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "đã có danh mục" in again.stderr
