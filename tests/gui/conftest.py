import pytest
from PySide6.QtCore import QSettings

from models import demo
from models.database import open_database


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
def window(qtbot, file_db, prefs):
    from ui.main_window import MainWindow

    win = MainWindow(db=file_db, prefs=prefs)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()  # before the database closes: no timer may fire on a closed file
