"""Checks in the window: a figure that breaks a rule is marked where it is typed, with the
reason in its tooltip; approving shows every problem and, over an error, wants a reason."""

from PySide6.QtCore import Qt

from models import approvals, catalog
from tests.gui.helpers import click_button, type_text
from tests.gui.test_grid import VALUE, row_of, type_into
from ui.indicator_model import BROKEN


def test_a_broken_rule_is_marked_in_the_grid(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.kt1_items")
    type_into(qtbot, tab, row, VALUE, "5000000")  # more KT1 items than all 4.000.000 postal items
    index = tab.model.index(row, VALUE)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == BROKEN
    assert "Sản lượng bưu chính KT1 không thể lớn hơn tổng sản lượng bưu gửi" in index.data(Qt.ItemDataRole.ToolTipRole)
    items = tab.model.index(row_of(tab, "postal.items"), VALUE)
    assert items.data(Qt.ItemDataRole.ForegroundRole).color().name() == BROKEN  # both sides of the rule
    type_into(qtbot, tab, row, VALUE, "31500")
    assert tab.model.index(row, VALUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_approving_over_an_error_needs_a_reason(qtbot, window, file_db, next_dialog):
    tab = window.sector_tab("postal")
    type_into(qtbot, tab, row_of(tab, "postal.kt1_items"), VALUE, "5000000")
    seen = {}

    def approve(dialog):
        seen["listed"] = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
        seen["before"] = dialog.approve_button.isEnabled()
        type_text(qtbot, dialog.reason, "Số liệu KT1 do Bưu điện tỉnh báo cáo, đang xác minh")
        seen["after"] = dialog.approve_button.isEnabled()
        click_button(qtbot, dialog, "Approve")

    next_dialog(approve)
    window.approve_action.trigger()
    assert any("KT1" in line for line in seen["listed"]) and (seen["before"], seen["after"]) == (False, True)
    bk = catalog.org_unit_by_code(file_db, "BK").id
    assert approvals.current(file_db, bk, "2024") is not None
    assert file_db.execute("SELECT override_reason FROM approvals").fetchone()[0].startswith("Số liệu KT1")


def test_the_import_preview_lists_what_the_checks_would_find(qtbot, window, file_db, tmp_path, next_dialog,
                                                              monkeypatch):
    """A long table whose nine-month revenue exceeds the year: the preview warns, the import is
    not refused, and the preview wrote nothing."""
    from PySide6.QtWidgets import QFileDialog

    from models import values

    path = tmp_path / "bang.csv"
    path.write_text("indicator_code,org_unit_code,period,value,status,note\n"
                    "postal.revenue,BK,2024-9M,70000000000,final,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    seen = {}

    def look(dialog):
        seen["label"] = dialog.checks.label.text()
        seen["checks"] = [dialog.checks.list.item(i).text() for i in range(dialog.checks.list.count())]
        seen["enabled"] = dialog.all_button.isEnabled()
        seen["stored"] = values.get_value(file_db, catalog.indicator_by_code(file_db, "postal.revenue").id,
                                          catalog.org_unit_by_code(file_db, "BK").id, "2024-9M")
        click_button(qtbot, dialog, "Cancel")

    next_dialog(look)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "checks" in seen and not window.runner.busy, timeout=20000)
    assert ("1 errors" in seen["label"] or "1 lỗi" in seen["label"]) and seen["enabled"] and seen["stored"] is None
    assert any("2024-9M" in line and "2024" in line for line in seen["checks"]), seen["checks"]


def test_the_package_preview_lists_what_the_checks_would_find(qtbot, window, file_db, tmp_path, next_dialog,
                                                               monkeypatch):
    """A district's package whose KT1 items exceed all its items: the preview warns, and importing
    is still possible."""
    from PySide6.QtWidgets import QFileDialog

    from models.exchange.packages import export_package
    from models.values import ValueChange, write_values

    cho_don = catalog.org_unit_by_code(file_db, "BK-CD").id
    code = {c: catalog.indicator_by_code(file_db, c).id for c in ("postal.items", "postal.kt1_items")}
    write_values(file_db, [ValueChange(code["postal.items"], cho_don, "2024", 100, "final", ""),
                           ValueChange(code["postal.kt1_items"], cho_don, "2024", 150, "final", "")])
    path = tmp_path / "cd.tttpkg"
    export_package(file_db, cho_don, "2024", path)
    file_db.execute("DELETE FROM indicator_values WHERE org_unit_id = ?", [cho_don])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    seen = {}

    def look(dialog):
        seen["checks"] = [dialog.checks.list.item(i).text() for i in range(dialog.checks.list.count())]
        seen["enabled"] = dialog.import_button.isEnabled()
        click_button(qtbot, dialog, "Cancel")

    next_dialog(look)
    window.import_package_action.trigger()
    qtbot.waitUntil(lambda: "checks" in seen and not window.runner.busy, timeout=20000)
    assert any("KT1" in line for line in seen["checks"]) and seen["enabled"], seen
