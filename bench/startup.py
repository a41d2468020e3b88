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
import tempfile

from _launch import demo_database, launch, program

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print("shown", flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TTTT_DATA_DIR=tmp)
        # As on a user's machine: Python keeps the compiled modules (__pycache__) between runs.
        # Some sandboxes set PYTHONDONTWRITEBYTECODE, which recompiles every module at every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = str(pathlib.Path(tmp) / "bench.sqlite3")
        demo_database(pathlib.Path(db), env)
        launch(BARE, env, ("shown",))  # warm-up: compiled modules written for both children
        launch(program(db, shown='print("shown", flush=True)', ready='print("ready", flush=True)'), env,
               ("shown", "ready"))
        bare, shown, ready, matplotlib_loaded = [], [], [], set()
        for _ in range(args.runs):
            bare.append(launch(BARE, env, ("shown",))[0][0])
            (t_shown, line), (t_ready, line2) = launch(program(
                db, shown='print("shown", "matplotlib" in sys.modules, flush=True)',
                ready='print("ready", "matplotlib" in sys.modules, flush=True)'), env, ("shown", "ready"))
            shown.append(t_shown)
            ready.append(t_ready)
            matplotlib_loaded.update({line.split()[1], line2.split()[1]})
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    print(f"runs: {args.runs} each, alternating; medians")
    print(f"bare PySide6 window shown:        {b * 1000:6.0f} ms")
    print(f"program window shown:             {s * 1000:6.0f} ms   ratio {s / b:5.2f} (budget 1.50)")
    print(f"program data shown (demo):        {r * 1000:6.0f} ms   ratio {r / b:5.2f}")
    print(f"matplotlib imported during start-up: {', '.join(sorted(matplotlib_loaded))}")


if __name__ == "__main__":
    main()
