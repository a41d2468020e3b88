"""Launching a child Python and timing it until the lines it prints."""

from __future__ import annotations

import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


# A child that starts the program as main.py's run_window does: the window first,
# then the database. ``{shown}`` runs after the window shows, ``{ready}`` after the data.
PROGRAM = """
import sys
sys.argv = ["main.py", "--db", {db!r}]
import main
from ui.app import Shell, application, make_prefs
app = application()
shell = Shell(prefs=make_prefs())
shell.window.resize(1366, 768)
shell.window.show()
app.processEvents()
{shown}
db, path = main.open_store(main.build_parser().parse_args(sys.argv[1:]))
shell.attach(db, str(path))
app.processEvents()
{ready}
"""


def program(db: str, *, shown: str = "", ready: str = "") -> str:
    return PROGRAM.format(db=db, shown=shown, ready=ready)


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
