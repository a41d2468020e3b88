"""The main window: scope, remembered choices, text, activities, catalog, models."""

import subprocess
import sys
import pathlib

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from models import activities, catalog, narratives
from models.activities import Activity
from ui.activities_panel import ActivityDialog, ActivityTableModel
from ui.catalog_dialog import CatalogDialog, CatalogTableModel, RecordDialog
from ui.indicator_model import VALUE, IndicatorGridModel
from ui.main_window import MainWindow
from tests.gui.helpers import click_button, type_text

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_switch_org_unit_and_period(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    revenue_row = next(r for r in range(tab.model.rowCount())
                       if tab.model.indicator_at(r).code == "postal.revenue")
    assert tab.model.index(revenue_row, VALUE).data() == "69.300.000.000"
    window.period_picker.set_period("2023")
    assert tab.model.index(revenue_row, VALUE).data() == "58.728.813.559"
    assert "2022" in tab.model.headerData(2, Qt.Orientation.Horizontal)
    window.period_picker.set_period("2024-Q3")
    assert tab.model.index(revenue_row, VALUE).data() == ""
    window.org_picker.set_current_id(catalog.org_unit_by_code(file_db, "BK-CD").id)
    assert window.scope()[1] == "2024-Q3"
    assert tab.model.scope == (catalog.org_unit_by_code(file_db, "BK-CD").id, "2024-Q3")


def test_choices_remembered_between_runs(qtbot, session, file_db, prefs):
    first = MainWindow(session=session, prefs=prefs)
    qtbot.addWidget(first)
    first.org_picker.set_current_id(catalog.org_unit_by_code(file_db, "BK-NR").id)
    first.period_picker.set_period("2024-07")
    first.sector_tab("telecom")
    first.close()
    second = MainWindow(session=session, prefs=prefs)
    qtbot.addWidget(second)
    assert second.scope() == (catalog.org_unit_by_code(file_db, "BK-NR").id, "2024-07")
    assert second.sectors[second.tabs.currentIndex()].code == "telecom"


def test_period_range_shown_by_office_rule(qtbot, window, file_db):
    from models import office

    assert window.period_range.text() == "01/01/2024 – 31/12/2024"
    office.set_setting(file_db, "period_rule", "decree09")
    window.period_picker.set_period("2024-07")
    assert window.period_range.text() == "15/06/2024 – 14/07/2024"


def test_report_text_saved_and_kept_per_period(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    editor = tab.texts["difficulties"]
    editor.setPlainText("Một số điểm bưu điện - văn hóa xã xuống cấp.")
    window.period_picker.set_period("2025")  # changing scope saves first
    bk = catalog.org_unit_by_code(file_db, "BK").id
    sector = tab.sector.id
    assert narratives.get_narrative(file_db, sector, bk, "2024")["difficulties"].startswith("Một số điểm")
    assert editor.toPlainText() == ""
    editor.setPlainText("Kế hoạch 2025")
    qtbot.waitUntil(lambda: narratives.get_narrative(file_db, sector, bk, "2025")["difficulties"] == "Kế hoạch 2025",
                    timeout=3000)


def test_text_typed_then_window_closed_is_saved(qtbot, window, file_db):
    tab = window.sector_tab("press")
    tab.texts["tasks"].setPlainText("Nhiệm vụ mới")
    window.close()
    bk = catalog.org_unit_by_code(file_db, "BK").id
    assert narratives.get_narrative(file_db, tab.sector.id, bk, "2024")["tasks"] == "Nhiệm vụ mới"


@pytest.mark.parametrize("typed", ["15/03/2024", "15032024", "15/3/2024"])
def test_activity_typed_in_the_dialog_is_saved_with_its_date(qtbot, window, file_db, next_dialog, typed):
    """Add → type the date and the title → Save, as a clerk does; an empty title is refused first."""
    tab = window.sector_tab("postal")
    bk = catalog.org_unit_by_code(file_db, "BK").id
    errors = []

    def fill(dialog):
        dialog.date.edit.selectAll()
        qtbot.keyClicks(dialog.date.edit, typed)
        click_button(qtbot, dialog, "Save")  # no title yet: refused in place
        errors.append(dialog.error.text())
        type_text(qtbot, dialog.title, "Kiểm tra chất lượng dịch vụ BCCI")
        dialog.participants.selectAll()
        qtbot.keyClicks(dialog.participants, "19")
        click_button(qtbot, dialog, "Save")

    next_dialog(fill)
    click_button(qtbot, tab.activities, "Add")
    assert "Tên hoạt động" in errors[0]
    saved = activities.list_activities(file_db, tab.sector.id, bk, "2024")
    assert (saved[-1].title, saved[-1].date, saved[-1].participants) == \
        ("Kiểm tra chất lượng dịch vụ BCCI", "2024-03-15", 19)
    row = tab.activities.model.rowCount() - 1
    assert "15/03/2024" in [tab.activities.model.index(r, 0).data() for r in range(row + 1)]


def test_a_date_that_is_no_date_is_refused_in_place(qtbot, window, file_db, next_dialog):
    tab = window.sector_tab("postal")
    bk = catalog.org_unit_by_code(file_db, "BK").id
    before = len(activities.list_activities(file_db, tab.sector.id, bk, "2024"))
    errors = []

    def fill(dialog):
        dialog.date.edit.selectAll()
        qtbot.keyClicks(dialog.date.edit, "31/02/2024")
        type_text(qtbot, dialog.title, "Hội nghị")
        click_button(qtbot, dialog, "Save")
        errors.append((dialog.error.text(), dialog.isVisible()))
        click_button(qtbot, dialog, "Cancel")

    next_dialog(fill)
    click_button(qtbot, tab.activities, "Add")
    assert "không có ngày này" in errors[0][0] and errors[0][1]
    assert len(activities.list_activities(file_db, tab.sector.id, bk, "2024")) == before


def test_catalog_dialog_adds_and_searches(qtbot, session, runner, file_db, next_dialog):
    dialog = CatalogDialog(session=session, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.org_unit_page
    page.search.setText("cho don")
    assert page.proxy.rowCount() == 1
    assert "Chợ Đồn" in page.proxy.index(0, 1).data()
    errors = []

    def fill(form):
        type_text(qtbot, form.fields["code"], "science")
        click_button(qtbot, form, "Save")  # no name yet: refused in the form
        errors.append(form.error.text())
        type_text(qtbot, form.fields["name_vi"], "Khoa học và công nghệ")
        click_button(qtbot, form, "Save")

    dialog.pages.setCurrentWidget(dialog.sector_page)
    next_dialog(fill)
    click_button(qtbot, dialog.sector_page, "Add…")
    assert "Tên tiếng Việt" in errors[0]
    assert catalog.sectors(file_db)[-1].code == "science"


def test_catalog_move_and_deactivate(qtbot, session, runner, file_db):
    dialog = CatalogDialog(session=session, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.sector_page
    page.view.selectRow(1)
    click_button(qtbot, page, "Move up")
    assert [s.code for s in catalog.sectors(file_db)][:2] == ["einfo", "press"]
    click_button(qtbot, page, "Stop / resume using")
    assert "einfo" not in [s.code for s in catalog.sectors(file_db)]
    click_button(qtbot, page, "Delete")  # einfo has indicators: refused with a reason
    assert "einfo" in [s.code for s in catalog.sectors(file_db, include_inactive=True)]
    assert page.message.text()


def test_window_follows_catalog_changes(qtbot, window, session, file_db):
    """The window rebuilds its tabs from the operation's changes alone (nobody calls it)."""
    from ops import catalog as catalog_ops

    before = window.tabs.count()
    window.runner.apply(catalog_ops.update, session, "sector", catalog.sectors(file_db)[0].id, active=False)
    assert window.tabs.count() == before - 1


@pytest.mark.parametrize("make", ["grid", "activities", "catalog_sector", "catalog_indicator", "catalog_org"])
def test_item_models_pass_modeltester(qtmodeltester, file_db, make):
    bk = catalog.org_unit_by_code(file_db, "BK").id
    if make == "grid":
        postal = next(s for s in catalog.sectors(file_db) if s.code == "postal")
        model = IndicatorGridModel(db=file_db, sector_id=postal.id, apply=lambda *a: True)
        model.set_scope(bk, "2024")
    elif make == "activities":
        model = ActivityTableModel()
        digital = next(s for s in catalog.sectors(file_db) if s.code == "digital")
        model.set_rows(activities.list_activities(file_db, digital.id, bk, "2024"))
    else:
        model = CatalogTableModel(db=file_db, entity={"catalog_sector": "sector",
                                                       "catalog_indicator": "indicator",
                                                       "catalog_org": "org_unit"}[make])
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_fits_a_laptop_screen(qtbot, window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768


def test_settings_made_without_python_qt_enums(qtbot, window):
    """Start-up sets these through ints and key bindings (see side_tabs, main_window, search)."""
    from PySide6.QtGui import QKeySequence

    assert window.tabs.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert window.org_picker.completer().model().sortRole() == Qt.ItemDataRole.EditRole


def test_language_switch_rebuilds_in_english(qtbot, session, prefs):
    from ui.app import Shell

    shell = Shell(session=session, prefs=prefs)  # each switch closes (and deletes) the window before
    assert shell.window.menuBar().actions()[0].text() == "&Tệp"
    shell.switch_language("en")
    assert shell.window.menuBar().actions()[0].text() == "&File"
    assert prefs.value("language") == "en"
    shell.switch_language("vi")
    qtbot.addWidget(shell.window)


def test_screenshot_command(tmp_path):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(tmp_path / "demo.sqlite3"), "--demo", "screenshot",
         str(out), "--tab", "telecom", "--size", "1366x768"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_screenshot_command_fails_in_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(tmp_path / "x.sqlite3"), "screenshot",
         str(tmp_path / "x.png"), "--tab", "nosuch"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "nosuch" in result.stderr


def test_org_unit_picker_search_ignores_diacritics(qtbot, window, file_db):
    picker = window.org_picker
    proxy = picker.completer().model()
    proxy.set_query("cho don")
    assert proxy.rowCount() == 1
    assert "Chợ Đồn" in proxy.index(0, 0).data()


def test_window_shown_before_the_database_opens(qtbot, prefs, session, file_db):
    empty = MainWindow(prefs=prefs)
    qtbot.addWidget(empty)
    empty.show()
    assert not empty.isEnabled()
    empty.attach(session)
    assert empty.isEnabled()
    assert empty.tabs.count() == len(catalog.sectors(file_db)) + len(MainWindow.PAGES)  # Trends, Reports


@pytest.mark.parametrize("width,height,maximized", [(1366, 728, True), (1280, 680, True), (1920, 1040, False),
                                                    (1300, 800, False)])
def test_a_laptop_screen_starts_maximized(width, height, maximized):
    """Free screen areas of laptops (taskbar taken off): the window and its status bar fit whole."""
    from ui.app import starts_maximized

    assert starts_maximized(width, height) is maximized


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_page_fits_with_its_status_bar(qtbot, vietnamese, session, prefs, size):
    """In Vietnamese, whose labels are the longer: no page widens the window (the inspection
    page once took it to 1,316-1,342 px) and the status bar, where saved and refused messages
    appear, stays inside the window."""
    window = MainWindow(session=session, prefs=prefs)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        name = window.tabs.tabText(index)
        assert (window.width(), window.height()) == size, name
        hint = window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], name
        bar = window.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() < window.height(), name


def test_a_figure_is_inserted_into_the_text_by_name(qtbot, window, file_db, next_dialog):
    """Search the indicator without diacritics, choose the form, see what it prints, insert."""
    tab = window.sector_tab("postal")
    tab.lower.setCurrentWidget(tab.text_panels["results"])
    editor = tab.texts["results"]
    editor.setPlainText("Doanh thu ")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    previews = []

    def pick(dialog):
        qtbot.keyClicks(dialog.indicator.search, "doanh thu buu")
        shown = [dialog.indicator.list.item(r) for r in range(dialog.indicator.list.count())
                 if not dialog.indicator.list.item(r).isHidden()]
        dialog.indicator.list.setCurrentItem(shown[0])
        dialog.form.setCurrentIndex(dialog.form.findData("full"))
        previews.append(dialog.preview.text())
        click_button(qtbot, dialog, "Insert")

    next_dialog(pick)
    click_button(qtbot, tab.text_panels["results"], "Insert a figure…")
    assert previews[0] == ("{postal.revenue:full}\n→ ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023")
    assert editor.toPlainText() == "Doanh thu {postal.revenue:full}"


def test_the_picker_writes_options_the_report_understands(qtbot, window, file_db, next_dialog):
    """Decimals, the scale word and the same-period comparison chosen in the picker become the
    field's options, and the preview prints what the report will."""
    tab = window.sector_tab("postal")
    tab.lower.setCurrentWidget(tab.text_panels["results"])
    editor = tab.texts["results"]
    editor.clear()
    seen = []

    def pick(dialog):
        qtbot.keyClicks(dialog.indicator.search, "doanh thu buu")
        shown = [dialog.indicator.list.item(r) for r in range(dialog.indicator.list.count())
                 if not dialog.indicator.list.item(r).isHidden()]
        dialog.indicator.list.setCurrentItem(shown[0])
        dialog.form.setCurrentIndex(dialog.form.findData("value"))
        dialog.scale.setCurrentIndex(dialog.scale.findData("trieu"))
        dialog.decimals.setCurrentIndex(dialog.decimals.findData("d0"))
        seen.append(dialog.preview.text())
        dialog.form.setCurrentIndex(dialog.form.findData("change"))
        dialog.same_period.setChecked(True)
        dialog.scale.setCurrentIndex(0)
        dialog.decimals.setCurrentIndex(dialog.decimals.findData("d2"))
        seen.append(dialog.preview.text())
        click_button(qtbot, dialog, "Insert")

    next_dialog(pick)
    click_button(qtbot, tab.text_panels["results"], "Insert a figure…")
    assert seen[0] == "{postal.revenue:value,d0,trieu}\n→ 69.300 triệu đồng"
    assert seen[1].startswith("{postal.revenue:change,d2,cungky}\n→ tăng 18")
    assert "so với cùng kỳ năm 2023" in seen[1]
    assert editor.toPlainText() == "{postal.revenue:change,d2,cungky}"


def test_copy_the_text_from_the_year_before(qtbot, window, file_db):
    """Sao chép từ kỳ trước: 2025's text starts from 2024's, where 2025 has none."""
    from models import narratives

    window.period_picker.set_period("2025")
    tab = window.sector_tab("postal")
    tab.lower.setCurrentWidget(tab.text_panels["tasks"])
    tab.texts["tasks"].setPlainText("Đã viết cho năm 2025.")
    click_button(qtbot, tab.text_panels["results"], "Copy from the year before")
    postal = next(s for s in window.sectors if s.code == "postal").id
    unit = window.org_picker.current_id()
    before = narratives.get_narrative(file_db, postal, unit, "2024")
    now = narratives.get_narrative(file_db, postal, unit, "2025")
    assert now["results"] == before["results"] != ""
    assert now["tasks"] == "Đã viết cho năm 2025."  # what was typed is kept
    qtbot.waitUntil(lambda: tab.texts["results"].toPlainText() == before["results"], timeout=3000)
    assert "parts copied from năm 2024" in window.statusBar().currentMessage() or \
        "parts copied" in window.statusBar().currentMessage()


def test_catalog_imported_from_the_menu_with_its_preview(qtbot, window, file_db, tmp_path, next_dialog,
                                                         monkeypatch):
    """Tệp → Danh mục…, Import from a file…: the preview lists what would be added; Import writes it;
    a file with a bad row shows its problem and offers only Close."""
    from PySide6.QtWidgets import QFileDialog

    chosen = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen["open"], "")))
    good = tmp_path / "xa.csv"
    good.write_text("code,parent_code,name_vi,level,valid_from\nTN,,Tỉnh Thái Nguyên,province,01/07/2025\n"
                    "TN-01,TN,Phường Phan Đình Phùng,commune,01/07/2025\n", encoding="utf-8")
    bad = tmp_path / "sai.csv"
    bad.write_text("code,parent_code,name_vi,level\nX1,NOPE,Xã Một,commune\n", encoding="utf-8")
    seen = {}

    def use_catalog(dialog):
        def import_it(preview):
            seen["preview"] = [preview.table.item(r, 2).text() for r in range(preview.table.rowCount())]
            click_button(qtbot, preview, "Import")

        chosen["open"] = str(good)
        next_dialog(import_it)
        click_button(qtbot, dialog, "Import from a file…")
        seen["message"] = dialog.message.text()
        seen["units"] = [dialog.org_unit_page.model.record_at(r).code
                         for r in range(dialog.org_unit_page.model.rowCount())]

        def refuse(preview):
            seen["problem"] = preview.table.item(0, 3).text()
            seen["buttons"] = [b.text() for b in preview.findChildren(QPushButton) if b.isVisible()]
            click_button(qtbot, preview, "Close")

        chosen["open"] = str(bad)
        next_dialog(refuse)
        click_button(qtbot, dialog, "Import from a file…")
        click_button(qtbot, dialog, "Close")

    next_dialog(use_catalog)
    window.catalog_action.trigger()
    assert seen["preview"] == ["TN", "TN-01"]
    assert "TN-01" in seen["units"], seen["units"]
    assert "xa.csv" in seen["message"] and "2" in seen["message"], seen["message"]
    assert catalog.org_unit_by_code(file_db, "TN-01").valid_from == "2025-07-01"
    assert "«NOPE» không có" in seen["problem"] and seen["buttons"] == ["Close"]
    assert catalog.org_unit_by_code(file_db, "X1") is None
