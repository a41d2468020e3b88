"""The Reports tab: settings, preview off the UI thread, save, print."""

import pytest
from PySide6.QtPrintSupport import QPrinter

from models import catalog, narratives
from models.reports import letterhead as report_settings
from tests.gui.helpers import click_button
from widgets.pdf_preview import print_document


@pytest.fixture
def page(qtbot, window):
    return window.show_page(window.REPORTS)


def test_preview_generated_off_the_ui_thread(qtbot, page):
    assert page.generate()
    assert page.runner.busy  # returned before the layout was done
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert page.preview.document.pageCount() > 10
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert page.preview.page_label.text().endswith(str(page.preview.document.pageCount()))


def test_settings_refused_with_the_field_named(qtbot, page, file_db):
    page.form.agency.setText("   ")
    assert not page.save_settings()
    assert "Cơ quan ban hành" in page.message.text()
    assert report_settings.load(file_db).agency == "Sở Thông tin và Truyền thông"
    assert not page.generate()


def test_settings_saved(qtbot, page, file_db):
    page.form.doc_symbol.setText("BC-SKHCN")
    page.form.recipients.setPlainText("UBND tỉnh (b/c)\nLãnh đạo Sở;\n")
    assert page.save_settings()
    saved = report_settings.load(file_db)
    assert saved.doc_symbol == "BC-SKHCN"
    assert saved.recipients == ("UBND tỉnh (b/c)", "Lãnh đạo Sở")


def test_charts_are_chosen_by_name(qtbot, page, file_db):
    """The demo charts three indicators; the list shows them first, ticked; a search by name
    without diacritics finds another to tick."""
    from PySide6.QtCore import Qt

    charts = page.form.charts
    listed = [charts.list.item(r).text() for r in range(3)]
    assert listed == ["Doanh thu dịch vụ bưu chính", "Doanh thu dịch vụ viễn thông", "Tỷ lệ hồ sơ phát sinh trực tuyến"]
    qtbot.keyClicks(charts.search, "thue bao di dong")
    shown = [charts.list.item(r) for r in range(charts.list.count()) if not charts.list.item(r).isHidden()]
    assert [i.text() for i in shown] == ["Thuê bao di động"]
    shown[0].setCheckState(Qt.CheckState.Checked)
    assert page.save_settings()
    assert report_settings.load(file_db).chart_indicators == ("postal.revenue", "telecom.revenue",
                                                               "digital.online_filing_pct", "telecom.mobile_subscribers")


def test_unknown_field_reported_before_printing(qtbot, page, file_db):
    unit = catalog.top_org_unit(file_db).id
    postal = next(s for s in catalog.sectors(file_db) if s.code == "postal")
    narratives.save_narrative(file_db, postal.id, unit, "2024", "tasks", "Đạt {postal.nosuch}")
    assert not page.generate()
    assert "{postal.nosuch}" in page.message.text()
    assert page.pdf_path is None


def test_save_and_print(qtbot, page, tmp_path):
    page.generate()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    target = tmp_path / "bao-cao.pdf"
    page.save_to(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_document(page.preview.document, printer) == page.preview.document.pageCount()
    assert printed.stat().st_size > 10_000


def test_inspection_documents_from_the_tab(qtbot, page):
    page.kind.setCurrentIndex(page.kind.findData("violation-record"))
    assert page.record.isVisible() or page.record.count() > 0
    assert page.record.count() == 4
    assert page.generate()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert page.report.kind == "violation-record"
    assert page.preview.document.pageCount() == 2  # MBB01 in full takes two pages
    page.kind.setCurrentIndex(page.kind.findData("violations"))
    assert page.generate()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert page.report.figures["fines"] == "17.000.000"


def test_a_printed_copy_is_checked_from_the_tab(qtbot, page, file_db, tmp_path, monkeypatch):
    """What the footer of every page tells the reader to do, the window does."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from models import values
    from models.reports.content import build_period_report
    from models.reports.pdf import render

    copy = tmp_path / "ban-in.pdf"
    render(build_period_report(file_db, catalog.top_org_unit(file_db).id, "2024"), copy)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    click_button(qtbot, page, "Check a printed copy…")
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    assert said[-1].startswith("KHỚP")
    revenue = catalog.indicator_by_code(file_db, "postal.revenue")
    values.write_values(file_db, [values.ValueChange(revenue.id, catalog.top_org_unit(file_db).id, "2024", 70e9)])
    click_button(qtbot, page, "Check a printed copy…")
    qtbot.waitUntil(lambda: len(said) == 2, timeout=30000)
    assert said[-1].startswith("KHÔNG KHỚP") and "postal.revenue" in said[-1]


def test_a_report_with_empty_parts_asks_before_the_preview(qtbot, page, window, file_db, monkeypatch):
    """A half-year with figures but no text: the tab names the empty parts and waits for a yes."""
    asked = []
    monkeypatch.setattr("ui.reports_tab.confirm", lambda _p, _t, text, **_k: asked.append(text) or False)
    window.period_picker.set_period("2024-H1")
    assert not page.generate()
    assert "Khó khăn, hạn chế" in asked[0] and "Phần II" in asked[0] and page.pdf_path is None
    monkeypatch.setattr("ui.reports_tab.confirm", lambda *_a, **_k: True)
    assert page.generate()
    qtbot.waitUntil(lambda: page.pdf_path is not None, timeout=30000)


def test_a_districts_report_carries_the_districts_letterhead(qtbot, window, page, file_db):
    """Choosing a district in the toolbar shows its own letterhead (a district office's
    suggestion until saved); saving it leaves the province's alone; unsaved edits are never
    replaced behind the user's back."""
    from tests.gui.helpers import type_text

    province = catalog.org_unit_by_code(file_db, "BK").id
    district = catalog.org_unit_by_code(file_db, "BK-CD").id
    window.org_picker.set_current_id(district)
    qtbot.waitUntil(lambda: page.form.superior_agency.text() == "UBND HUYỆN CHỢ ĐỒN", timeout=3000)
    assert "suggested" in page.letterhead_label.text() and "Chợ Đồn" in page.letterhead_label.text()
    assert not page.generate()  # no signer yet: refused, naming what is missing
    assert "Họ tên người ký" in page.message.text()
    page.form.signer_name.setFocus()
    type_text(qtbot, page.form.signer_name, "Lê Thị Bình")
    window.org_picker.set_current_id(province)  # an unsaved edit: kept, and said so
    assert page.form.signer_name.text() == "Lê Thị Bình" and "unsaved" in page.message.text()
    window.org_picker.set_current_id(district)
    click_button(qtbot, page, "Save settings")
    assert report_settings.load(file_db, district).signer_name == "Lê Thị Bình"
    assert report_settings.load(file_db, province).superior_agency == "UBND tỉnh Bắc Kạn"
    window.org_picker.set_current_id(province)
    qtbot.waitUntil(lambda: page.form.superior_agency.text() == "UBND tỉnh Bắc Kạn", timeout=3000)


def test_issue_from_the_tab_and_reprint_from_the_register(qtbot, window, page, file_db, tmp_path, next_dialog):
    """Preview (a draft, number blank), Issue… (the register's next number, today's date), then
    the Register page lists it and reprints it byte for byte."""
    from PySide6.QtWidgets import QFileDialog

    from models import register

    assert page.generate()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert page.report.settings.number_line() == "Số: ......./BC-STTTT"
    target = tmp_path / "ban-hanh.pdf"
    asked = []

    def answer(dialog):
        asked.append(dialog.number.value())
        click_button(qtbot, dialog, "Issue")

    next_dialog(answer)
    import unittest.mock as mock

    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        click_button(qtbot, page, "Issue…")
        qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert asked == [1] and target.exists()
    entries = register.entries(file_db)
    assert [e.number_text for e in entries] == ["01/BC-STTTT"]
    registry = window.show_page(window.REGISTER)
    registry.refresh()
    assert registry.table.rowCount() == 1 and registry.table.item(0, 0).text() == "01/BC-STTTT"
    registry.table.selectRow(0)
    again = tmp_path / "in-lai.pdf"
    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(again), "")):
        click_button(qtbot, registry, "Reprint as issued…")
    assert again.read_bytes() == target.read_bytes()


def test_save_word_from_the_tab(qtbot, page, tmp_path):
    import unittest.mock as mock

    import docx
    from PySide6.QtWidgets import QFileDialog

    assert page.generate()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    target = tmp_path / "bao-cao.docx"
    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        click_button(qtbot, page, "Save Word…")
        qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert any(p.text == "BÁO CÁO" for p in docx.Document(str(target)).paragraphs)
