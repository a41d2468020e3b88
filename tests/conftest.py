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


@pytest.fixture
def db():
    """An in-memory database with the default catalog and no figures."""
    from models import catalog

    database = open_database(":memory:")
    catalog.load_default_catalog(database)
    yield database
    database.close()


@pytest.fixture
def demo_db():
    from models import demo

    database = open_database(":memory:")
    demo.load_demo(database)
    yield database
    database.close()
