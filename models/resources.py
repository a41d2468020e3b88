"""Where the program's bundled files are, from source and when frozen."""

from __future__ import annotations

import pathlib
import sys


def resource_dir() -> pathlib.Path:
    """The resources/ folder: beside main.py from source, in the bundle when frozen.

    PyInstaller one-folder builds unpack data under ``sys._MEIPASS``;
    build.spec puts resources/ there under the same name.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return pathlib.Path(frozen_root) / "resources"
    return pathlib.Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> pathlib.Path:
    """Path of a file under resources/."""
    return resource_dir().joinpath(*parts)
