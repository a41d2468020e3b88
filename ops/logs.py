"""The program's log: a rotating file in the user's data folder (logs/tttt.log, 1 MB, 5 files).

The window and the command line both log here; a bug is logged with its traceback and
the user is told where the log is.
"""

from __future__ import annotations

import logging
import pathlib

log = logging.getLogger("tttt")


def setup_logging(folder: pathlib.Path) -> pathlib.Path:
    """Rotating log file in ``folder``/logs; returns its path."""
    import logging.handlers  # only when the log file is set up, after the window shows

    logs = folder / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / "tttt.log"
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def log_path() -> pathlib.Path | None:
    """Where the log file is, once set up."""
    return next((pathlib.Path(h.baseFilename) for h in log.handlers if hasattr(h, "baseFilename")), None)
