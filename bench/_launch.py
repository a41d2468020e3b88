"""Launching a child Python and timing it until the lines it prints."""

from __future__ import annotations

import pathlib
import subprocess
import sys
import textwrap
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


# A child that runs the program itself (main.main, with no command: the window),
# marks patched in: ``{shown}`` runs once the window is shown and painted,
# ``{ready}`` once the database is attached and painted; both see ``shell`` and ``app``.
PROGRAM = """
import sys
from PySide6.QtWidgets import QApplication
import main
from ui.app import Shell
from ui.main_window import MainWindow

_show, _maximized, _attach = MainWindow.show, MainWindow.showMaximized, Shell.attach
_marked = set()

def show(self, _how=_show):  # the program shows its window one way or the other (ui/app.show_fitted)
    _how(self)
    if "shown" not in _marked:
        _marked.add("shown")
        app = QApplication.instance()
        app.processEvents()
{shown}

def attach(self, session):
    _attach(self, session)
    shell, app = self, QApplication.instance()
    app.processEvents()
{ready}

MainWindow.show, Shell.attach = show, attach
MainWindow.showMaximized = lambda self: show(self, _maximized)
sys.exit(main.main(["--db", {db!r}]))
"""


def program(db: str, *, shown: str = "", ready: str = "") -> str:
    return PROGRAM.format(db=db, shown=textwrap.indent(shown.strip() or "pass", " " * 8),
                          ready=textwrap.indent(ready.strip() or "pass", " " * 4))


def launch(code: str, env: dict, marks: tuple[str, ...]) -> list[tuple[float, str]]:
    """Seconds from launch until each marker line, with the line; the child is then killed."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = []
    try:
        for mark in marks:
            line = proc.stdout.readline()
            out.append((time.perf_counter() - start, line.strip()))
            if not line.startswith(mark):
                raise RuntimeError(f"child printed {line!r}, expected {mark!r}")
    finally:
        proc.kill()
        proc.wait()
    return out


def demo_database(path: pathlib.Path, env: dict) -> None:
    """Create the demo database at ``path`` (through main.py, as a user would)."""
    subprocess.run([sys.executable, "main.py", "--db", str(path), "--demo", "screenshot",
                    str(path.with_suffix(".png"))], cwd=ROOT, env=env, check=True, capture_output=True)
