"""Starting the Qt side: application, translations, preferences, main window."""

from __future__ import annotations

import os
import pathlib
import time

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from models.resources import resource, user_data_dir
from ui.errors import tolerant_settings
from ui.main_window import MainWindow
from widgets.dialogs import confirm

LANGUAGES = ("vi", "en")


def make_prefs() -> QSettings:
    """Per-user preferences (chosen org unit, period, language) in the data folder; a damaged
    file is logged and replaced."""
    path = user_data_dir() / "settings.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return tolerant_settings(path)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        app.setApplicationName("TTTT Báo cáo")
        app.setOrganizationName("TTTT")
    return app


def install_translators(app, language: str) -> list[QTranslator]:
    """The interface in ``language``: the program's own strings (app_*.qm), Qt's few built-in
    ones (qt_*.qm: standard buttons, text boxes' menus, Qt's file dialog; Qt ships none in
    Vietnamese) and the locale that names, periods and dates follow (ui/labels.py)."""
    installed = []
    for name in ("app", "qt"):
        path = resource("i18n", f"{name}_{language}.qm")
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    return installed


class Shell:
    """Owns the main window and rebuilds it when the language changes.

    Without ``session`` the window is shown empty at once and :meth:`attach`
    fills it once the database is open, so that start-up shows a window
    before paying for the data layer.
    """

    def __init__(self, *, prefs: QSettings, session=None, on_restore=None):
        self.app = application()
        self.on_restore = on_restore  # called with a Backup the user chose to restore
        self.on_switch = None  # called with True (the sample data's file) or False (the office's)
        self.session = session
        self.prefs = prefs
        self._translators: list[QTranslator] = []
        self.window: MainWindow | None = None
        language = prefs.value("language", "vi", str)
        self.open_window(language if language in LANGUAGES else "vi")

    def attach(self, session) -> None:
        self.session = session
        self.window.attach(session)

    def install_translator(self, language: str) -> None:
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = install_translators(self.app, language)

    def open_window(self, language: str) -> MainWindow:
        self.install_translator(language)
        self.prefs.setValue("language", language)
        old = self.window
        self.window = MainWindow(session=self.session, prefs=self.prefs, language=language)
        self.window.languageRequested.connect(self.switch_language)
        self.window.restoreRequested.connect(lambda chosen: self.on_restore and self.on_restore(chosen))
        self.window.fileRequested.connect(lambda sample: self.on_switch and self.on_switch(sample))
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            old.close()
        return self.window

    def switch_language(self, language: str) -> None:
        self.open_window(language).show()

    def replace_session(self, session) -> None:
        """Show another database (after a restore) in a new window."""
        self.session = session
        self.open_window(self.prefs.value("language", "vi", str)).show()


DEFAULT_SIZE = (1280, 720)
FRAME_ALLOWANCE = (16, 48)  # a window manager's borders and title bar, about


def starts_maximized(available_width: int, available_height: int) -> bool:
    """Whether the window should start maximized on a screen whose free area (without the
    taskbar) is this large: when the default size and its frame would not fit whole, since the
    status bar at its bottom is where every saved or refused message appears."""
    return (available_width < DEFAULT_SIZE[0] + FRAME_ALLOWANCE[0]
            or available_height < DEFAULT_SIZE[1] + FRAME_ALLOWANCE[1])


def show_fitted(window) -> None:
    """Show the window whole on its screen: maximized on a laptop's 1366×768 or 1280×720,
    else at the default size, centred."""
    screen = window.screen() or application().primaryScreen()
    free = screen.availableGeometry() if screen else None
    if free is not None and starts_maximized(free.width(), free.height()):
        # Not setWindowState(Qt.WindowState...): the first touch of Python's Qt namespace builds
        # all its enums (~20 ms), which start-up leaves until after the first paint.
        window.showMaximized()
        return
    window.resize(*DEFAULT_SIZE)
    if free is not None:
        window.move(free.center().x() - DEFAULT_SIZE[0] // 2, free.center().y() - DEFAULT_SIZE[1] // 2)
    window.show()


def offer_restore(parent, damage) -> bool:
    """Tell that the database was damaged and ask whether to restore its newest good backup."""
    translate = QCoreApplication.translate
    question = translate("Shell", "Restore the newest good backup (%1)?").replace(
        "%1", damage.backup.taken_at.strftime("%d/%m/%Y %H:%M"))
    return confirm(parent, translate("Shell", "Damaged database"), f"{damage}\n\n{question}",
                   yes_text=translate("Shell", "Restore"), no_text=translate("Shell", "Close"))


def wait_until_still(widget, *, settle: int = 3, timeout: float = 30.0) -> None:
    """Let events run until ``widget`` looks the same ``settle`` times running (a view that
    draws on threads of its own says nothing when it is done), or ``timeout`` seconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline, same, last = time.monotonic() + timeout, 0, None
    while same < settle and time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(25, loop.quit)
        loop.exec()
        picture = widget.grab().toImage()
        same = same + 1 if picture == last else 0
        last = picture


def screenshot(*, session, out: str | os.PathLike, tab: str | None, size: tuple[int, int],
               prefs: QSettings | None = None) -> None:
    """Render the main window offscreen at ``size`` and save it as PNG."""
    app = application()
    shell = Shell(session=session, prefs=prefs or make_prefs())
    window = shell.window
    page = window.show_page(tab) if tab in MainWindow.PAGES else None
    if tab and page is None:
        window.sector_tab(tab)
    window.resize(*size)
    window.show()
    app.processEvents()
    if tab == MainWindow.TRENDS:  # draw now rather than on the next idle turn
        page.draw()
        page.canvas.draw_now()
    elif tab == MainWindow.REPORTS and page.generate():
        page.runner.wait()  # the layout, on a worker
        wait_until_still(page.preview)  # QPdfView renders its pages on threads of its own
    app.processEvents()
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise OSError(f"{out}: could not write the PNG")
    window.close()
