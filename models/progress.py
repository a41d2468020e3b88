"""What long work (an import, an export, a check) tells of its progress, and how it is stopped.

The work calls :meth:`Progress.step` between batches: that records how far it got and
raises :class:`models.errors.Cancelled` once :meth:`Progress.cancel` was called (from any
thread). Inside a transaction the exception rolls everything back: a cancel writes nothing.
"""

from __future__ import annotations

import threading

from models.errors import Cancelled


class Progress:
    def __init__(self):
        self._cancelled = threading.Event()
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int | None = None, total: int | None = None) -> None:
        """Note how far the work got; raise Cancelled when it was asked to stop."""
        if done is not None:
            self.done = done
        if total is not None:
            self.total = total
        if self._cancelled.is_set():
            raise Cancelled()


NONE = Progress()  # for work nobody can cancel
