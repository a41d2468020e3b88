"""Crash safety, proven: a writer killed with SIGKILL at random instants.

After every kill: the file checks ok, every acknowledged edit is present and
no logical record is half-written. CRASH_ITERATIONS sets how many kills
(default 12; run with CRASH_ITERATIONS=300 for the long proof). A broken
writer, which splits one record over two transactions, must be caught by the
same checks, so the harness is known to work.
"""

import os
import pathlib
import random
import signal
import subprocess
import sys
import time

import pytest

from models import catalog
from models.backup import quick_check
from models.database import open_database
from models.values import get_value

pytestmark = pytest.mark.slow  # kills writers at random instants

ROOT = pathlib.Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "crash" / "writer.py"
PAIR = ("postal.providers", "postal.service_points")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def kill_once(db_path: pathlib.Path, *, broken: bool, rng: random.Random) -> tuple[int, int | None, int | None]:
    """Run the writer, kill it at a random instant; returns (last ack, value A, value B)."""
    args = [sys.executable, str(WRITER), str(db_path)] + (["--broken"] if broken else [])
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.01, 0.25))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    acks = [int(line.split()[1]) for line in out.splitlines() if line.startswith("ack ")]
    db = open_database(db_path)
    try:
        unit = catalog.top_org_unit(db).id
        a, b = (get_value(db, catalog.indicator_by_code(db, code).id, unit, "2024") for code in PAIR)
    finally:
        db.close()
    return (acks[-1] if acks else 0), (a.value if a else None), (b.value if b else None)


@pytest.mark.slow
def test_killed_writer_loses_nothing_acknowledged(tmp_path):
    rng = random.Random(2024)
    iterations = int(os.environ.get("CRASH_ITERATIONS", "12"))
    path = tmp_path / "crash.sqlite3"
    for _ in range(iterations):
        last_ack, a, b = kill_once(path, broken=False, rng=rng)
        assert quick_check(path) == "ok"
        assert a == b, "a logical record was half-written"
        assert last_ack == 0 or (a is not None and a >= last_ack), "an acknowledged edit was lost"


@pytest.mark.slow
def test_the_harness_catches_a_broken_writer(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "broken.sqlite3"
    for _ in range(60):
        _last_ack, a, b = kill_once(path, broken=True, rng=rng)
        if a != b:
            return  # caught: the record was written in two transactions
    pytest.fail("the harness did not notice a record split over two transactions")
