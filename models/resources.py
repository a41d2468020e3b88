"""Where the program's files are: its bundled resources and the user's data folder."""

from __future__ import annotations

import os
import pathlib
import sys

APP_DIR_NAME = "TTTTBaoCao"
DB_FILE_NAME = "tttt.sqlite3"


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


def user_data_dir() -> pathlib.Path:
    """The per-user folder for the database, settings and logs.

    %LOCALAPPDATA% on Windows, ~/Library/Application Support on macOS,
    $XDG_DATA_HOME (or ~/.local/share) elsewhere. TTTT_DATA_DIR overrides it
    (tests and portable installs).
    """
    override = os.environ.get("TTTT_DATA_DIR")
    if override:
        return pathlib.Path(override)
    home = pathlib.Path.home()
    if sys.platform == "win32":
        base = pathlib.Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = pathlib.Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_DIR_NAME


def default_db_path() -> pathlib.Path:
    """Where the office's database lives unless ``--db`` says otherwise."""
    return user_data_dir() / DB_FILE_NAME
