"""Update the Qt Linguist translation files and compile them.

    uv run python tools/i18n.py          # lupdate, fill English, lrelease
    uv run python tools/i18n.py --check  # exit 1 if the files are out of date

Strings in code are English (``self.tr("...")``). resources/i18n/app_vi.ts
holds the Vietnamese translations (edit it with pyside6-linguist or by hand);
app_en.ts is English to English, filled here, so that both languages are
complete. The .qm files the program loads are compiled from the .ts files.
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("vi", "en")


def _tool(name: str) -> str:
    exe = pathlib.Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in ("ui", "widgets") for p in (ROOT / d).glob("*.py"))


def lupdate(ts: pathlib.Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                    "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def fill_english(ts: pathlib.Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") == "unfinished" or not (translation.text or ""):
            translation.text = message.find("source").text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: pathlib.Path, qm: pathlib.Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                   capture_output=True)


def messages(ts: pathlib.Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) -> (translation, type) for every message of a .ts file."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.find("source").text)] = (translation.text, translation.get("type"))
    return out


def update(target: pathlib.Path = I18N) -> None:
    for language in LANGUAGES:
        ts = target / f"app_{language}.ts"
        lupdate(ts)
        if language == "en":
            fill_english(ts)
        lrelease(ts, target / f"app_{language}.qm")
    for ts in sorted(target.glob("qt_*.ts")):  # Qt's own strings, translated by hand
        lrelease(ts, ts.with_suffix(".qm"))


def check() -> list[str]:
    """What is out of date or missing; empty when the files are complete."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = pathlib.Path(tmp)
        for language in LANGUAGES:
            shutil.copy(I18N / f"app_{language}.ts", tmp_dir / f"app_{language}.ts")
        for ts in I18N.glob("qt_*.ts"):
            shutil.copy(ts, tmp_dir / ts.name)
        update(tmp_dir)
        for qm in tmp_dir.glob("qt_*.qm"):
            if not (I18N / qm.name).exists() or qm.read_bytes() != (I18N / qm.name).read_bytes():
                problems.append(f"{qm.name} was not compiled from {qm.with_suffix('.ts').name}")
        for language in LANGUAGES:
            committed = messages(I18N / f"app_{language}.ts")
            fresh = messages(tmp_dir / f"app_{language}.ts")
            if set(committed) != set(fresh):
                missing = sorted(set(fresh) - set(committed))[:5]
                problems.append(f"app_{language}.ts is out of date with the code: {missing}")
            for key, (text, kind) in fresh.items():
                if kind in ("unfinished", "vanished", "obsolete") or not text:
                    problems.append(f"app_{language}.ts: {key[0]} «{key[1]}» is not translated")
            if (tmp_dir / f"app_{language}.qm").read_bytes() != (I18N / f"app_{language}.qm").read_bytes():
                problems.append(f"app_{language}.qm was not compiled from app_{language}.ts")
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        found = check()
        print("\n".join(found) or "translations complete")
        sys.exit(1 if found else 0)
    update()
