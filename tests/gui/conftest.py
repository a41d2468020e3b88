import pytest
from PySide6.QtCore import QSettings

from models import demo
from models.database import open_database


@pytest.fixture(autouse=True)
def _no_translator_left(qapp):
    """A test that switches the language (the Shell installs its translator on the application)
    leaves the next test in the source language."""
    from PySide6.QtCore import QTranslator

    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


UNANSWERED_AFTER_S = 30


@pytest.fixture(autouse=True)
def _no_dialog_left_unanswered(qapp):
    """A modal dialog that no test answers would wait forever, inside Qt's own event loop where
    pytest-timeout's alarm never reaches Python: the run hangs instead of failing. This watch
    closes a question left open for UNANSWERED_AFTER_S and fails the test, naming it."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

    watched = {"widget": None, "since": 0.0}
    left: list[str] = []

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):
            watched["widget"] = None
            return
        if dialog is not watched["widget"]:
            watched.update(widget=dialog, since=time.monotonic())
        elif time.monotonic() - watched["since"] > UNANSWERED_AFTER_S:
            text = dialog.text() if isinstance(dialog, QMessageBox) else ""
            left.append(f"{type(dialog).__name__} {dialog.windowTitle()!r} {text!r}")
            watched["widget"] = None
            dialog.reject()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    assert not left, f"a dialog was left open with nobody to answer it: {left}"


@pytest.fixture
def prefs(tmp_path):
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def file_db(tmp_path):
    db = open_database(tmp_path / "office.sqlite3")
    demo.load_demo(db)
    yield db
    db.close()


@pytest.fixture
def session(file_db):
    """A session on the file database, with its writer thread (as the program runs)."""
    from models.database import file_of
    from ops.session import Session

    opened = Session(file_db, path=file_of(file_db))
    yield opened
    opened.writer.close()  # the file itself closes with file_db


@pytest.fixture
def runner(qtbot):
    from ui.runner import Runner

    return Runner()


@pytest.fixture
def window(qtbot, session, prefs):
    from ui.main_window import MainWindow

    win = MainWindow(session=session, prefs=prefs)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()  # before the database closes: no timer may fire on a closed file


@pytest.fixture
def vietnamese(qapp):
    """The Vietnamese interface, as a user of the program sees it."""
    from PySide6.QtCore import QLocale

    from ui.app import install_translators

    before = QLocale()
    translators = install_translators(qapp, "vi")
    assert len(translators) == 2
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def next_dialog(qtbot):
    """``next_dialog(act)``: when the next modal dialog opens, call ``act(dialog)`` (as a user at the
    keyboard would answer it; ``act`` must close the dialog). Returns a list that receives the
    dialog, for assertions once the code that opened it has returned."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    timers = []

    def arm(act):
        seen: list = []
        before = QApplication.activeModalWidget()
        timer = QTimer()
        timer.setInterval(20)

        def poll():
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QProgressDialog):  # a busy box is not a question to answer
                return
            if dialog is not None and dialog is not before and not seen:
                seen.append(dialog)
                timer.stop()
                act(dialog)

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)
        return seen

    yield arm
    for timer in timers:
        timer.stop()

