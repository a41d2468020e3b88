"""Every QAction of the main window, triggered as a user triggers it (menu or toolbar).

File dialogs are answered by a stub with real files; every dialog the action
opens is recorded and closed. An action that opens nothing, asks nothing and
says nothing fails the walk: that is how both import items once returned
silently (``triggered(checked=False)`` reached a ``path`` parameter).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from models import catalog, values
from models.exchange.packages import export_package


class Recorder:
    """What the window did in answer to one action."""

    def __init__(self):
        self.events: list[str] = []

    def __call__(self, event: str):
        self.events.append(event)


@pytest.fixture
def recorder(monkeypatch, tmp_path, file_db):
    record = Recorder()
    table = tmp_path / "bang.csv"
    table.write_text("indicator_code,org_unit_code,period,value,status,note\n"
                     "postal.items,BK-CD,2024,1200,final,\n", encoding="utf-8")
    package = tmp_path / "goi.tttpkg"
    export_package(file_db, catalog.org_unit_by_code(file_db, "BK-CD").id, "2024", package)

    def open_name(_parent, _title, _folder="", filter_="", *_a, **_k):
        record("file dialog: open")
        return (str(package) if "tttpkg" in filter_ else str(table)), ""

    def save_name(_parent, _title, suggested="", *_a, **_k):
        record("file dialog: save")
        return str(tmp_path / ("out-" + suggested.split("/")[-1])), ""

    def dialog_exec(self, *_a):
        record(f"dialog: {type(self).__name__}")
        return 0

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QMessageBox, "exec", dialog_exec)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *_a, **_k: (record("dialog: input"), ("", False))[1]))
    return record


def _actions(window):
    """(path, action) for every action of the menus and the toolbars, in order."""
    found = []

    def walk(menu, path):
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")
            else:
                found.append((f"{path} → {action.text()}", action))

    for top in window.menuBar().actions():
        walk(top.menu(), top.text())
    for toolbar in window.findChildren(type(window.addToolBar("probe"))):
        for action in toolbar.actions():
            if action.text() and not action.isSeparator() and action not in [a for _p, a in found]:
                found.append((f"toolbar → {action.text()}", action))
    return found


def test_every_action_does_what_it_says(qtbot, window, file_db, recorder):
    tab = window.sector_tab("postal")
    row = next(r for r in range(tab.model.rowCount()) if tab.model.indicator_at(r).code == "postal.items")
    tab.grid.setCurrentIndex(tab.model.index(row, 3))
    tab.model.setData(tab.model.index(row, 3), "4.100.000")  # something to undo and redo
    messages: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: text and messages.append(text))
    window.languageRequested.connect(lambda code: recorder(f"language: {code}"))
    window.fileRequested.connect(lambda sample: recorder(f"file: {'sample' if sample else 'office'}"))
    silent = []
    actions = _actions(window)
    quit_actions = [(p, a) for p, a in actions if a.shortcut().toString() == "Ctrl+Q"]
    for path, action in [(p, a) for p, a in actions if (p, a) not in quit_actions] + quit_actions:
        if not action.isEnabled():
            continue
        before_events, before_messages = len(recorder.events), len(messages)
        was_checked = action.isChecked()
        action.trigger()
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
        qtbot.wait(20)
        answered = (len(recorder.events) > before_events or len(messages) > before_messages
                    or (action.isCheckable() and was_checked and action.isChecked())
                    or not window.isVisible())
        if not answered:
            silent.append(path)
    assert silent == [], f"actions that opened nothing and said nothing: {silent}"
    assert any(e.startswith("dialog: ImportDialog") for e in recorder.events)
    assert any(e.startswith("dialog: PackageDialog") for e in recorder.events)
    assert not window.isVisible()  # Quit came last and closed the window
    assert "file: office" in recorder.events  # the sample file offers the way back to the office's


def test_the_sample_data_item_reaches_the_program_that_switches_files(qtbot, session, prefs):
    """The window asks; the Shell (ui/app.py) hands the request to the start-up code that
    closes one file and opens the other (ui/start.py's switch_file)."""
    from ui.app import Shell

    shell = Shell(session=session, prefs=prefs)
    qtbot.addWidget(shell.window)
    asked = []
    shell.on_switch = asked.append
    assert shell.window.sample_action.text() == "Về số liệu của &đơn vị"  # the demo is sample data (in Vietnamese)
    shell.window.sample_action.trigger()
    assert asked == [False]


def _progress_boxes():
    from PySide6.QtWidgets import QApplication, QProgressDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


@pytest.mark.parametrize("read_seconds", [0.0, 0.9])
def test_progress_closes_before_the_preview_opens(qtbot, window, monkeypatch, tmp_path, read_seconds):
    """A slow read shows its progress box, a quick one none; once the preview opens, no progress
    box is left, not even after Qt's own four-second show timer (started when the box is made)
    would have fired inside the preview's event loop."""
    import time

    import models.exchange.importing as importing

    table = tmp_path / "bang.csv"
    table.write_text("indicator_code,org_unit_code,period,value,status,note\n"
                     "postal.items,BK-CD,2024,1200,final,\n", encoding="utf-8")
    real_read = importing.read_any
    monkeypatch.setattr(importing, "read_any", lambda db, path: (time.sleep(read_seconds), real_read(db, path))[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(table), "")))
    seen = {}

    def preview_exec(self, *_a):
        if type(self).__name__ == "ImportDialog":
            qtbot.waitUntil(lambda: time.monotonic() - started > 4.5, timeout=6000)
            seen["during preview"] = _progress_boxes()
        return 0

    monkeypatch.setattr(QDialog, "exec", preview_exec)
    started = time.monotonic()
    window.import_action.trigger()
    if read_seconds > 0.5:
        qtbot.waitUntil(lambda: _progress_boxes() != [], timeout=3000)
    qtbot.waitUntil(lambda: "during preview" in seen, timeout=10000)
    assert seen["during preview"] == []


def _mnemonic(text: str) -> str | None:
    """The letter Alt+ reaches in a menu text ("&&" is a plain ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("language", ["en", "vi"])
def test_accelerators_are_unique_in_each_menu(qtbot, session, prefs, language, request):
    from ui.main_window import MainWindow

    if language == "vi":
        request.getfixturevalue("vietnamese")
    window = MainWindow(session=session, prefs=prefs, language=language)
    qtbot.addWidget(window)
    menus = [("menu bar", window.menuBar().actions())] + [
        (top.text(), top.menu().actions()) for top in window.menuBar().actions()]
    for name, actions in menus:
        letters = [_mnemonic(a.text()) for a in actions if not a.isSeparator() and _mnemonic(a.text())]
        assert len(letters) == len(set(letters)), f"{language} {name}: {letters}"
