"""The messages of models/ and ops/ that reach the user, and their English catalog.

    uv run python tools/messages.py          # add new messages to the catalog, list what lacks English

Errors are raised in Vietnamese (the program's first language) with their figures filled in by
f-strings. For the English interface, resources/i18n/messages_en.json maps each message's
template (the f-string with ``{}`` where a value goes) to its English (``{0}``, ``{1}`` ... in
any order). This tool finds the templates by reading the source: every Vietnamese string or
f-string inside a ``raise``, given to ``Problem(...)``/``RecordError(...)``/``bad(...)``,
returned by a function whose name starts with ``check``, ``read`` or ``outside``, or bound to
a name ``message`` or ``reason``; pieces made elsewhere can be added to the catalog by hand. models.messages does the translating; tests/unit/test_translations.py fails on
a template without English.
"""

from __future__ import annotations

import ast
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CATALOG = ROOT / "resources" / "i18n" / "messages_en.json"
SOURCES = ("models", "ops")
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
CALLS = ("Problem", "RecordError", "_problem", "bad")
NAMES = ("message", "reason")


def template(node: ast.AST) -> str | None:
    """The message an expression makes, with ``{}`` for each value put in (None: not text)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value.replace("{", "{{").replace("}", "}}") if isinstance(part, ast.Constant) else "{}"
                       for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = template(node.left), template(node.right)
        if left is None and right is None:
            return None
        return (left if left is not None else "{}") + (right if right is not None else "{}")
    return None


def _texts(node: ast.AST):
    """Every message made inside ``node`` (a concatenation counts once, as a whole)."""
    made = template(node)
    if made is not None:
        yield made
        return
    for child in ast.iter_child_nodes(node):
        yield from _texts(child)


def templates() -> dict[str, str]:
    """Template -> where it is first made ("models/access.py:111")."""
    found: dict[str, str] = {}

    def keep(node, where):
        for text in _texts(node):
            if VIETNAMESE.search(text) and re.sub(r"\{\}|[\W\d_]", "", text):
                found.setdefault(text, where)

    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for function in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]:
                if function.name.lstrip("_").startswith(("check", "read", "outside")):
                    for node in ast.walk(function):
                        if isinstance(node, ast.Return) and node.value is not None:
                            keep(node.value, f"{where}:{node.lineno}")
            for node in ast.walk(tree):
                if isinstance(node, ast.Raise) and node.exc is not None:
                    keep(node.exc, f"{where}:{node.lineno}")
                elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in CALLS:
                    for arg in node.args:
                        keep(arg, f"{where}:{node.lineno}")
                elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if any(isinstance(t, ast.Name) and t.id in NAMES for t in targets) and node.value is not None:
                        keep(node.value, f"{where}:{node.lineno}")
    return found


def load() -> dict[str, str]:
    return json.loads(CATALOG.read_text(encoding="utf-8")) if CATALOG.exists() else {}


def main() -> int:
    catalog = load()
    found = templates()
    for text in found:
        catalog.setdefault(text, "")
    CATALOG.write_text(json.dumps(dict(sorted(catalog.items())), ensure_ascii=False, indent=1) + "\n",
                       encoding="utf-8")
    lacking = [text for text in found if not catalog[text]]
    for text in lacking:
        print(f"{found[text]}: {text}")
    print(f"{len(found)} messages, {len(lacking)} without English", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
