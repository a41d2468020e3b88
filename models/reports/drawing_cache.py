"""What a report draws at some cost, kept under a key made of everything it depends on.

A report's charts (Matplotlib, ~40 ms each) and its QR code (~12 ms: the
encoder tries all eight masks) depend only on their inputs, and those rarely
change between a report's preview, save, print and its reprint a week later.
So each drawing is kept under a key that hashes all of its inputs:

- in memory (``KEPT_IN_MEMORY`` of them), for the next layout in this process:
  the Reports tab lays a report out again for every preview, save and print;
- on disk (``DrawingCache``), for later sessions and the headless command,
  much as Anki keeps each rendered LaTeX image under the hash of its source.

A file is used only under its own key and when its checksum holds; one that
is damaged or unreadable is drawn again, and a cache that cannot be written
costs a redraw next time, never a report.
"""

from __future__ import annotations

import collections
import hashlib
import json
import logging
import os
import pathlib
import threading
from typing import Callable, TypeVar

from models.resources import user_data_dir

log = logging.getLogger(__name__)

T = TypeVar("T")
KEPT_IN_MEMORY = 32
_MAGIC = b"TTTT-DRAWING 1\n"


class DrawingCache:
    """Drawings kept on disk, one file per key; the least recently used beyond ``keep`` go."""

    def __init__(self, folder: str | os.PathLike, *, keep: int = 300):
        self.folder = pathlib.Path(folder)
        self.keep = keep

    def path(self, key: str) -> pathlib.Path:
        return self.folder / f"{key}.kept"

    def get(self, key: str) -> bytes | None:
        path = self.path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("drawing cache: cannot read %s: %s", path, exc)
            return None
        data = _checked(raw)
        if data is None:
            log.warning("drawing cache: %s is damaged; drawn again", path)
            return None
        try:
            os.utime(path)  # recently used: kept longest
        except OSError:
            pass
        return data

    def put(self, key: str, data: bytes) -> None:
        header = json.dumps({"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}).encode()
        path = self.path(key)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(_MAGIC + header + b"\n" + data)
            os.replace(temporary, path)
            self._prune()
        except OSError as exc:
            log.warning("drawing cache: cannot keep %s: %s", path, exc)
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass

    def _prune(self) -> None:
        files = sorted(self.folder.glob("*.kept"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for path in files[self.keep:]:
            path.unlink(missing_ok=True)


def user_drawing_cache() -> DrawingCache:
    """The cache in the user's data folder, shared by every database: a key holds the
    drawing's inputs, not where they came from."""
    return DrawingCache(user_data_dir() / "cache" / "drawings")


def _checked(raw: bytes) -> bytes | None:
    if not raw.startswith(_MAGIC):
        return None
    header, _, data = raw[len(_MAGIC):].partition(b"\n")
    try:
        meta = json.loads(header)
        size, checksum = int(meta["size"]), str(meta["sha256"])
    except (ValueError, KeyError, TypeError):
        return None
    if len(data) != size or hashlib.sha256(data).hexdigest() != checksum:
        return None
    return data


_kept: collections.OrderedDict[str, object] = collections.OrderedDict()
_kept_lock = threading.Lock()


def kept(key: str, make: Callable[[], T], encode: Callable[[T], bytes], decode: Callable[[bytes], T | None],
         cache: DrawingCache | None = None) -> T:
    """The drawing under ``key``: kept in memory, else read from ``cache``, else made (and kept).
    ``decode`` returns None for bytes it cannot use; the drawing is then made again."""
    with _kept_lock:
        if key in _kept:
            _kept.move_to_end(key)
            return _kept[key]
    value = None
    if cache is not None:
        data = cache.get(key)
        value = decode(data) if data is not None else None
    if value is None:
        value = make()
        if cache is not None:
            cache.put(key, encode(value))
    with _kept_lock:
        _kept[key] = value
        while len(_kept) > KEPT_IN_MEMORY:
            _kept.popitem(last=False)
    return value


def forget_kept() -> None:
    """Drop what is kept in memory, as a new process starts (benchmarks, tests)."""
    with _kept_lock:
        _kept.clear()
