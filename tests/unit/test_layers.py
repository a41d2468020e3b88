"""The layers hold: ui → ops → models, and each layer keeps to its own.

* models/, ops/ and cli/ never import Qt (they run headless, and the core stays plain Python);
* screens (ui/, widgets/) never import sqlite-utils or sqlite3 and run no SQL: they read
  through models/ functions and write through operations;
* screens never call a models/ function that writes: every write of the program goes
  through an operation, which hands it to the session's one writer.
"""

import ast
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENS = sorted(p for folder in ("ui", "widgets") for p in (ROOT / folder).glob("*.py"))

# models/ functions that write (each takes the database first); only ops/ may call them.
WRITERS = {
    "write_values", "save_narrative", "save_activity", "delete_activity", "approve", "revoke",
    "save_violation", "save_with_photos", "quick_entry", "add_photo", "remove_photo", "save_inspection",
    "save_petition", "save_establishment", "save_legal_basis", "move_to_trash", "empty_trash",
    "save_user", "reset_login", "set_setting", "store_setting", "apply", "import_package", "take_backup",
    "load_demo", "load_default_catalog", "add", "update", "reorder", "delete",
}
# The modules these names come from, in models/ (to tell catalog.update from a dict's update).
WRITING_MODULES = {"values", "narratives", "activities", "approvals", "violations", "inspections",
                   "petitions", "registry", "legal", "common", "access", "office", "settings", "importing",
                   "packages", "backup", "demo", "catalog", "letterhead"}


@pytest.mark.slow
@pytest.mark.parametrize("package", ["models", "ops", "cli"])
def test_no_qt_below_the_screens(package):
    code = (
        "import importlib, pkgutil, sys\n"
        f"import {package}\n"
        f"for m in pkgutil.walk_packages({package}.__path__, '{package}.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", SCREENS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_screens_run_no_sql(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
            assert not any((n or "").split(".")[0] in ("sqlite_utils", "sqlite3") for n in names), \
                f"{path.name}:{node.lineno} imports the database layer"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in ("execute", "executemany", "execute_returning_dicts", "query"), \
                f"{path.name}:{node.lineno} runs SQL ({node.func.attr})"


@pytest.mark.parametrize("path", SCREENS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_screens_write_through_operations(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: dict[str, str] = {}  # local name -> models module it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models"):
            for alias in node.names:
                module = node.module.split(".")[-1]
                if alias.name in WRITERS and module in WRITING_MODULES:
                    raise AssertionError(f"{path.name}:{node.lineno} imports {alias.name} from {node.module}")
                imported[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITERS:
            target = node.func.value
            if isinstance(target, ast.Name) and imported.get(target.id, "") in WRITING_MODULES:
                raise AssertionError(f"{path.name}:{node.lineno} calls {target.id}.{node.func.attr}: "
                                     "a write goes through an operation (ops/)")
