"""Both interface languages are complete and compiled from the current code."""

import importlib.util
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_translations_complete_and_up_to_date():
    spec = importlib.util.spec_from_file_location("i18n", ROOT / "tools" / "i18n.py")
    i18n = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(i18n)
    assert i18n.check() == []
