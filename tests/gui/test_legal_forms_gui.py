"""The legal forms on the Inspection page: fields grouped in tabs, what each record lacks,
finishing a quick entry, and the penalty decision printed from the Reports tab (issue #14)."""

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTabWidget

from models.inspection.violations import get_violation
from tests.gui.helpers import click_button, type_text
from ui.violation_list import SHOWN, MISSING


@pytest.fixture
def page(qtbot, window):
    return window.show_page(window.INSPECTION)


def _select(panel, violation_id):
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.id_at(r) == violation_id)
    panel.view.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                | QItemSelectionModel.SelectionFlag.Rows)


def test_the_list_says_what_each_record_still_lacks(qtbot, page):
    model = page.violations.model
    column = SHOWN.index(MISSING)
    lacking = {model.id_at(r): model.index(r, column).data() for r in range(model.rowCount())}
    assert lacking[1] == "" and lacking[2] == "" and lacking[3] == ""
    assert lacking[4].startswith("Quy định tại") and "more" in lacking[4]  # the quick entry
    row = next(r for r in range(model.rowCount()) if model.id_at(r) == 4)
    assert "Số biên bản" in model.index(row, column).data(3)  # the tooltip lists them all


def test_finishing_the_quick_entry_in_the_grouped_form(qtbot, page, file_db, next_dialog):
    """The form's fields sit in tabs by group; filling them (as a user types) finishes the record."""
    panel = page.violations
    _select(panel, 4)
    seen = []

    def fill(dialog):
        tabs = dialog.findChild(QTabWidget)
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        seen.append(titles)
        assert "Số biên bản" in dialog.missing.text()
        pages = dict(dialog.pages)
        when = pages["Thời gian, địa điểm, căn cứ"]
        tabs.setCurrentWidget(when)
        when.widgets["record_number"].setFocus()
        type_text(qtbot, when.widgets["record_number"], "52")
        when.widgets["recorded_at"].set_value("2024-11-20T16:10")
        type_text(qtbot, when.widgets["record_place"], "Chợ Bằng Lũng, Chợ Đồn")
        when.widgets["grounds"].setPlainText("Kiểm tra đột xuất theo phản ánh của người dân.")
        who = pages["Người lập, người chứng kiến"]
        who.widgets["officers"].setPlainText("Phạm Minh Tuấn; Chánh Thanh tra; Sở Thông tin và Truyền thông")
        offender = pages["Cá nhân, tổ chức vi phạm"]
        offender.widgets["offender_kind"].setCurrentIndex(offender.widgets["offender_kind"].findData("person"))
        for key, text in (("nationality", "Việt Nam"), ("occupation", "Kinh doanh"),
                          ("residence", "Tổ 3, Bằng Lũng"), ("id_number", "006090001111")):
            offender.widgets[key].setText(text)
        offender.widgets["sex"].setCurrentIndex(offender.widgets["sex"].findData("Nữ"))
        offender.widgets["birth_date"].set_date("1990-02-03")
        pages["Lời trình bày"].widgets["statement_offender"].setPlainText("Xin nhận lỗi.")
        measures = pages["Biện pháp, giải trình"]
        measures.widgets["explain_mode"].setCurrentIndex(measures.widgets["explain_mode"].findData("none"))
        closing = pages["Giao nhận, chữ ký"]
        closing.widgets["closed_at"].set_value("2024-11-20T16:50")
        for key, text in (("pages", "2"), ("copies", "2"), ("delivered_to", "Bà Lý Thị Hằng")):
            closing.widgets[key].setText(text)
        dialog.form.widgets["legal_basis_id"].setCurrentIndex(1)
        click_button(qtbot, dialog, "Save")

    next_dialog(fill)
    click_button(qtbot, panel, "Edit…")
    assert seen and seen[0][0] == "Main" and "Cá nhân, tổ chức vi phạm" in seen[0]
    item = get_violation(file_db, 4)
    assert item.details["record_number"] == "52" and item.details["sex"] == "Nữ"
    assert item.details["officers"] == [{"name": "Phạm Minh Tuấn", "title": "Chánh Thanh tra",
                                         "agency": "Sở Thông tin và Truyền thông"}]
    assert item.complete and item.missing == ""


def test_a_date_out_of_order_is_refused_in_the_tab_that_holds_it(qtbot, page, file_db, next_dialog):
    panel = page.violations
    _select(panel, 2)
    messages = []

    def backdate(dialog):
        pages = dict(dialog.pages)
        when = pages["Thời gian, địa điểm, căn cứ"]
        when.widgets["recorded_at"].set_value("2024-06-12T13:00")  # before the violation (14:00)
        click_button(qtbot, dialog, "Save")
        messages.append((dialog.form.error.text(), dialog.tabs.currentWidget() is when))
        click_button(qtbot, dialog, "Cancel")

    next_dialog(backdate)
    click_button(qtbot, panel, "Edit…")
    text, on_its_tab = messages[0]
    assert "Thời điểm lập biên bản (12/06/2024 13:00) trước thời điểm vi phạm (12/06/2024 14:00)" in text
    assert on_its_tab
    assert get_violation(file_db, 2).details["recorded_at"] == "2024-06-12T14:40"


def test_the_quick_entry_still_asks_only_the_essentials(qtbot, page, next_dialog):
    seen = []

    def look(dialog):
        seen.append((dialog.findChild(QTabWidget), sorted(dialog.form.widgets)))
        click_button(qtbot, dialog, "Cancel")

    next_dialog(look)
    click_button(qtbot, page.violations, "Quick entry…")
    tabs, fields = seen[0]
    assert tabs is None and fields == ["description", "occurred_at", "offender", "place"]


def test_penalty_decision_from_the_reports_tab(qtbot, window):
    reports = window.show_page(window.REPORTS)
    reports.kind.setCurrentIndex(reports.kind.findData("penalty-decision"))
    assert reports.record.isVisible() or reports.record.count() == 3
    assert [reports.record.itemText(i).split(" — ")[0] for i in range(reports.record.count())] == [
        "49/QĐ-XPHC", "41/QĐ-XPHC", "18/QĐ-XPHC"]
    assert reports.generate()
    qtbot.waitUntil(lambda: not reports.runner.busy, timeout=30000)
    assert reports.preview.document.pageCount() == 2
    assert reports.report.title == "QUYẾT ĐỊNH" and reports.report.missing == ()
