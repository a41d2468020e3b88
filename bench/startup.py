"""Start-up time: from process launch to the main window shown.

Measured beside a bare PySide6 window (QApplication + an empty QMainWindow)
in the same run, alternating, so the ratio is what counts on a noisy
machine. Budget: the program within 1.5x the bare window.

    uv run python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print("shown", flush=True)
"""

PROGRAM = """
import sys
sys.argv = ["main.py", "--db", {db!r}]
import main
from ui.app import Shell, application, make_prefs
app = application()
db, path = main.open_store(main.build_parser().parse_args(sys.argv[1:]))
shell = Shell(db=db, prefs=make_prefs(), db_path=str(path))
shell.window.resize(1366, 768)
shell.window.show()
app.processEvents()
print("shown", "matplotlib" in sys.modules, flush=True)
"""


def launch(code: str, env: dict) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.kill()
    proc.wait()
    if not line.startswith("shown"):
        raise RuntimeError(f"child did not show its window: {line!r}")
    return elapsed, line.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TTTT_DATA_DIR=tmp)
        db = str(pathlib.Path(tmp) / "bench.sqlite3")
        subprocess.run([sys.executable, "main.py", "--db", db, "--demo", "screenshot",
                        str(pathlib.Path(tmp) / "warm.png")], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        bare, program, matplotlib_loaded = [], [], set()
        for _ in range(args.runs):
            bare.append(launch(BARE, env)[0])
            seconds, line = launch(PROGRAM.format(db=db), env)
            program.append(seconds)
            matplotlib_loaded.add(line.split()[1])
    b, p = statistics.median(bare), statistics.median(program)
    print(f"runs: {args.runs} each, alternating; medians")
    print(f"bare PySide6 window:   {b * 1000:7.0f} ms")
    print(f"program (demo data):   {p * 1000:7.0f} ms")
    print(f"ratio program / bare:  {p / b:7.2f}   (budget 1.50)")
    print(f"matplotlib imported at start-up: {', '.join(sorted(matplotlib_loaded))}")


if __name__ == "__main__":
    main()
