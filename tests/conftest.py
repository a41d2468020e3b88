import os
import sys
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from models.database import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Every test gets its own user data folder (settings, default database)."""
    monkeypatch.setenv("TTTT_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _cheap_passwords(request, monkeypatch):
    """Passwords hashed at N=2^12 instead of the shipped 2^17 (0.5 s each), unless the test is
    marked real_scrypt: the cost is a parameter, what is tested is the same."""
    if request.node.get_closest_marker("real_scrypt") is None:
        from models import access

        monkeypatch.setitem(access.SCRYPT, "n", 2 ** 12)


@pytest.fixture(scope="session")
def _templates():
    """The prepared databases, made once: the migrations and the demo take ~70 ms each time."""
    from models import catalog, demo

    empty = open_database(":memory:")
    catalog.load_default_catalog(empty)
    demo.load_demo_units(empty)  # the sample org tree, so that tests have units to write figures for
    sample = open_database(":memory:")
    demo.load_demo(sample)
    yield {"catalog": empty, "demo": sample}
    empty.close()
    sample.close()


@pytest.fixture
def db(_templates):
    """An in-memory database with the default catalog, the sample data's org tree and no figures."""
    from models.database import memory_copy

    database = memory_copy(_templates["catalog"])
    yield database
    database.close()


@pytest.fixture
def demo_db(_templates):
    from models.database import memory_copy

    database = memory_copy(_templates["demo"])
    yield database
    database.close()
