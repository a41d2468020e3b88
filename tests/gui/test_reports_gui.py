"""The Reports tab: settings, preview off the UI thread, save, print."""

import pytest
from PySide6.QtPrintSupport import QPrinter

from models import catalog, narratives
from models.reports import letterhead as report_settings
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


def test_drawings_kept_in_the_user_folder_for_the_next_session(qtbot, page):
    from models.reports.drawing_cache import forget_kept, user_drawing_cache

    forget_kept()
    page.generate()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    kept = list(user_drawing_cache().folder.glob("*.kept"))
    assert len(kept) == 4  # the three charts the settings select, and the QR code


def test_settings_refused_with_the_field_named(qtbot, page, file_db):
    page.form.agency.setText("   ")
    assert not page.save_settings()
    assert "Cơ quan ban hành" in page.message.text()
    assert report_settings.load(file_db).agency == "Sở Thông tin và Truyền thông"
    assert not page.generate()


def test_settings_saved(qtbot, page, file_db):
    page.form.doc_number.setValue(12)
    page.form.recipients.setPlainText("UBND tỉnh (b/c)\nLãnh đạo Sở;\n")
    assert page.save_settings()
    saved = report_settings.load(file_db)
    assert saved.doc_number == 12
    assert saved.recipients == ("UBND tỉnh (b/c)", "Lãnh đạo Sở")


def test_unknown_chart_code_refused(qtbot, page):
    page.form.charts.setText("postal.revenue, nosuch.code")
    assert not page.save_settings()
    assert "nosuch.code" in page.message.text()


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
    assert page.preview.document.pageCount() == 1
    page.kind.setCurrentIndex(page.kind.findData("violations"))
    assert page.generate()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert page.report.figures["fines"] == "17.000.000"
