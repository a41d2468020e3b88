"""The Inspection records page: lists, forms, quick entry, photos, export, trash."""

import pathlib

import openpyxl
import pytest
from PySide6.QtCore import Qt

from models import catalog
from models.inspection import common, violations
from models.inspection.legal import list_legal_bases
from models.inspection.violations import ViolationFilter, count_violations, get_violation
from ui.inspection_dialogs import quick_violation_dialog, violation_dialog
from ui.record_list import Column, RecordListModel
from ui.violation_list import ViolationTableModel
from tests.gui.helpers import click_button


@pytest.fixture
def page(qtbot, window):
    return window.show_page(window.INSPECTION)


def test_lists_show_the_sample_records(qtbot, page):
    assert page.violations.model.total == 4
    assert page.inspections.model.rowCount() == 8
    assert page.petitions.model.rowCount() == 8
    assert page.establishments.model.rowCount() == 8


def test_violation_filters(qtbot, page):
    panel = page.violations
    panel.incomplete_only.setChecked(True)
    assert panel.model.total == 1
    panel.incomplete_only.setChecked(False)
    panel.search.setText("thanh cong")  # diacritics optional
    assert panel.model.total == 1
    assert "Thành Công" in panel.model.index(0, 1).data()
    panel.search.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("paid"))
    assert panel.model.total == 3


def test_violation_list_sorts_in_sql(qtbot, page):
    panel = page.violations
    panel.model.sort(3, Qt.SortOrder.DescendingOrder)  # fine
    assert panel.model.index(0, 3).data() == "7.000.000"


def test_fine_outside_the_range_refused_in_the_form(qtbot, file_db, page, session, runner):
    item = get_violation(file_db, 2)
    dialog = violation_dialog(session, runner, item)
    qtbot.addWidget(dialog)
    dialog.form.widgets["fine"].setText("9.000.000")
    dialog.accept()
    assert "từ 3.000.000 đến 5.000.000 đồng" in dialog.form.error.text()
    assert get_violation(file_db, 2).fine == 5_000_000
    dialog.form.widgets["fine"].setText("4.500.000")
    dialog.accept()
    assert get_violation(file_db, 2).fine == 4_500_000


def test_money_field_that_is_not_a_number(qtbot, file_db, session, runner):
    dialog = violation_dialog(session, runner, get_violation(file_db, 2))
    qtbot.addWidget(dialog)
    dialog.form.widgets["fine"].setText("năm triệu")
    dialog.accept()
    assert "năm triệu" in dialog.form.error.text()


def test_quick_entry_with_a_photo_and_a_refused_file(qtbot, file_db, session, runner, tmp_path):
    from PIL import Image

    photo = tmp_path / "hien-truong.png"
    Image.new("RGB", (300, 200), "blue").save(photo)
    not_photo = tmp_path / "ghi-chu.jpg"
    not_photo.write_text("không phải ảnh")
    unit = catalog.top_org_unit(file_db).id
    dialog = quick_violation_dialog(session, runner, org_unit_id=unit)
    qtbot.addWidget(dialog)
    assert not dialog.photos.add(str(not_photo))
    assert "ghi-chu.jpg" in dialog.photos.message.text()
    assert dialog.photos.add(str(photo))
    assert dialog.photos.list.count() == 1
    dialog.form.widgets["offender"].setText("Người bán sim")
    dialog.form.widgets["place"].setText("Chợ Nà Phặc")
    dialog.accept()
    saved = get_violation(file_db, dialog.saved_id)
    assert not saved.complete
    assert len(violations.photos_of(file_db, saved.id)) == 1


def test_quick_entry_needs_the_offender(qtbot, file_db, session, runner):
    dialog = quick_violation_dialog(session, runner, org_unit_id=catalog.top_org_unit(file_db).id)
    qtbot.addWidget(dialog)
    before = count_violations(file_db, ViolationFilter())
    dialog.accept()
    assert "Tổ chức, cá nhân vi phạm" in dialog.form.error.text()
    assert count_violations(file_db, ViolationFilter()) == before


def test_export_keeps_formulas_as_text(qtbot, file_db, page, session, runner, tmp_path):
    unit = catalog.top_org_unit(file_db).id
    violations.quick_entry(file_db, org_unit_id=unit, offender="=HYPERLINK(\"x\")", place="@SUM(1)")
    page.violations.reload()
    out = tmp_path / "vi-pham.xlsx"
    assert page.violations.exporter()(str(out)) == 5
    sheet = openpyxl.load_workbook(out).active
    cells = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row}
    assert cells['=HYPERLINK("x")'] == "s" and cells["@SUM(1)"] == "s"
    assert 7_000_000 in cells  # numbers stay numbers


def test_exports_are_written_off_the_ui_thread(qtbot, window, page, tmp_path, monkeypatch):
    import threading

    from models.exchange import xlsx_export

    threads = []
    real = xlsx_export.export_rows

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(xlsx_export, "export_rows", recording)
    messages = []
    for name, panel in (("vi-pham", page.violations), ("co-so", page.establishments)):
        out = tmp_path / f"{name}.xlsx"
        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
        panel.status.connect(messages.append)
        click_button(qtbot, panel, "Export to Excel…")
        assert window.runner.busy  # the dialog returned before the file was written
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
        assert openpyxl.load_workbook(out).active.max_row > 1
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert [m.split()[0] for m in messages] == ["4", "8"] and all(".xlsx" in m for m in messages)


def test_a_cancelled_or_failed_export_leaves_the_target_as_it_was(qtbot, window, page, tmp_path, monkeypatch):
    from models.exchange import xlsx_export

    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "vi-pham.xlsx"
    out.write_bytes(b"an earlier export")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    panel = page.violations
    panel.export_dialog()
    window.runner.progress.cancel()  # the progress box's Cancel
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
    assert out.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in folder.iterdir()) == ["vi-pham.xlsx"]  # no partial file left

    def full_disk(path, **_kwargs):
        pathlib.Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_export, "export_rows", full_disk)
    warnings = []
    monkeypatch.setattr("ui.errors.show_refusal", lambda _parent, message: warnings.append(message))
    panel.export_dialog()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
    assert warnings and "No space left" in warnings[0] and str(out) in warnings[0]
    assert out.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in folder.iterdir()) == ["vi-pham.xlsx"]


def test_registry_export_and_flags(qtbot, page, tmp_path):
    panel = page.establishments
    flagged = [panel.model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(panel.model.rowCount())]
    assert any(f and "60" in f for f in flagged)  # the sample shop whose licence ends in 30 days
    from models.inspection.registry import licence_flag

    expected = [licence_flag(panel.model.record_at(r)) is not None for r in range(panel.model.rowCount())]
    assert [bool(f) for f in flagged] == expected
    out = tmp_path / "co-so.xlsx"
    assert panel.exporter()(str(out)) == 8


def test_trash_and_restore_through_the_page(qtbot, file_db, page, session, runner, monkeypatch):
    monkeypatch.setattr("ui.record_list.confirm", lambda *a, **k: True)
    panel = page.petitions
    panel.view.selectRow(0)
    panel.delete_selected()
    assert panel.model.rowCount() == 7
    assert page.trash.table.rowCount() == 1
    page.trash.table.selectRow(0)
    page.trash.restore_selected()
    assert panel.model.rowCount() == 8
    assert page.trash.table.rowCount() == 0


def test_computed_indicators_highlight_a_difference(qtbot, file_db, page, session, runner):
    from models.values import ValueChange, write_values

    fines = catalog.indicator_by_code(file_db, "inspection.fines")
    write_values(file_db, [ValueChange(fines.id, catalog.top_org_unit(file_db).id, "2024", 15_000_000)])
    page.computed.reload()
    table = page.computed.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == fines.name_vi)
    assert table.item(row, 1).text() == "17.000.000" and table.item(row, 2).text() == "15.000.000"
    assert table.item(row, 3).text() == "-2.000.000"
    assert table.item(row, 0).background().color().name() == "#fde2e1"


def test_item_models_pass_modeltester(qtmodeltester, file_db):
    lazy = ViolationTableModel(db=file_db)
    lazy.reload()
    qtmodeltester.check(lazy)
    bases = RecordListModel([Column("x", lambda b: b.citation), Column("y", lambda b: str(b.fine_max),
                                                                        lambda b: b.fine_max, numeric=True)])
    bases.set_records(list_legal_bases(file_db))
    qtmodeltester.check(bases)


def test_count_follows_typing_pauses(qtbot, page):
    panel = page.violations
    panel.search.setText("cho")
    assert panel.count_label.text() == "…"
    qtbot.waitUntil(lambda: panel.count_label.text() != "…", timeout=3000)
    assert panel.count_label.text().startswith("2 ")  # Chợ Rã and Chợ Bằng Lũng


def test_lazy_model_fetches_pages(qtmodeltester, file_db):
    unit = catalog.top_org_unit(file_db).id
    with file_db.atomic():
        for n in range(450):
            violations.save_violation(file_db, violations.Violation(None, unit, f"2023-01-01T{n % 24:02d}:00",
                                                                    f"Đối tượng {n}"))
    model = ViolationTableModel(db=file_db)
    model.reload()
    assert model.total == 454 and model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 454 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_a_deleted_violation_leaves_the_list(qtbot, file_db, page, session, runner, monkeypatch):
    monkeypatch.setattr("ui.violation_list.confirm", lambda *a, **k: True)
    panel = page.violations
    panel.view.selectRow(0)
    panel.delete_selected()
    assert panel.model.total == 3
    assert any(row["table"] == "violations" for row in common.trash(file_db))


def test_inspection_form_with_establishments(qtbot, file_db, session, runner):
    from models.inspection.inspections import get_inspection, list_inspections
    from ui.inspection_dialogs import inspection_dialog

    item = list_inspections(file_db)[-1]
    dialog = inspection_dialog(session, runner, item)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QListWidget

    listing = dialog.findChild(QListWidget, "targets")
    checked_before = sum(listing.item(r).checkState() == Qt.CheckState.Checked for r in range(listing.count()))
    assert checked_before == len(item.establishment_ids)
    for r in range(listing.count()):
        listing.item(r).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert len(get_inspection(file_db, item.id).establishment_ids) == listing.count()
