"""The current time, in one place so that tests can fix it."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    """Local time to the second, ISO 8601, as stored in ``updated_at`` columns."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
