"""Running slow work off the UI thread.

``run_task(parent, op, on_success, on_failure)`` runs ``op()`` on a worker
thread and delivers its result (or exception) back on the UI thread. The
worker never touches widgets; a progress dialog appears after half a second
and its Cancel discards the result. Only one task per parent at a time.

Signals (TaskRunner):
    finished(): the task is over (succeeded, failed or cancelled).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

from widgets.delayed_progress import DelayedProgress


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, op: Callable[[], object], relay: _Relay):
        super().__init__()
        self._op = op
        self._relay = relay

    def run(self):
        try:
            result = self._op()
        except Exception as exc:  # delivered to the UI thread, which decides
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.busy = False
        self._relay: _Relay | None = None
        self._progress: DelayedProgress | None = None
        self._cancelled = False

    def run(self, op: Callable[[], object], *, on_success: Callable[[object], None],
            on_failure: Callable[[Exception, str], None], label: str | None, cancel_text: str = "",
            on_cancelled: Callable[[], None] | None = None) -> bool:
        """Start ``op``; returns False (and does nothing) while another task runs. Without a
        ``label`` no progress dialog appears (work the user did not ask for, such as a backup).
        After a Cancel, ``on_cancelled()`` is called once ``op`` is over, instead of the others."""
        if self.busy:
            return False
        self.busy = True
        self._cancelled = False
        self._on_success, self._on_failure, self._on_cancelled = on_success, on_failure, on_cancelled
        self._relay = _Relay()
        # Bound slots of this UI-thread object: Qt queues the worker's signals to them.
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        if label is not None:
            parent = self.parent() if isinstance(self.parent(), QObject) else None
            self._progress = DelayedProgress(label, cancel_text, parent)
            self._progress.canceled.connect(self._cancel)
        QThreadPool.globalInstance().start(_Job(op, self._relay))
        return True

    def run_on_database(self, db, db_path: str | None, op: Callable[[object], object], *,
                        on_success: Callable[[object], None], on_failure: Callable[[Exception, str], None],
                        label: str | None, cancel_text: str = "",
                        on_cancelled: Callable[[], None] | None = None) -> bool:
        """``op(db)`` on a worker with a connection of its own when the database is a file (a
        connection belongs to the thread that opened it); here, at once, for an in-memory
        database, which cannot be opened twice. Results and errors reach the same callbacks."""
        if not db_path:
            try:
                result = op(db)
            except Exception as exc:  # the callback decides, as for a worker's failure
                on_failure(exc, traceback.format_exc())
                return True
            on_success(result)
            return True
        return self.run(_on_own_connection(db_path, op), on_success=on_success, on_failure=on_failure,
                        label=label, cancel_text=cancel_text, on_cancelled=on_cancelled)

    def wait(self) -> None:
        """Return once the running task (if any) has delivered its result; events keep flowing."""
        if self.busy:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()

    def _cancel(self) -> None:
        self._cancelled = True

    def _succeeded(self, result) -> None:
        self._done(self._on_success, result)

    def _failed(self, exc, details: str) -> None:
        self._done(lambda _result: self._on_failure(exc, details), None)

    def _done(self, deliver: Callable[[object], None], result) -> None:
        self.busy = False
        if self._progress is not None:
            self._progress.finish()
            self._progress = None
        try:
            if not self._cancelled:
                deliver(result)
            elif self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self.finished.emit()


def _on_own_connection(db_path: str, op: Callable[[object], object]) -> Callable[[], object]:
    """``op(db)`` run with a connection of its own (a connection belongs to the thread that
    opened it), for work sent to a worker; the connection is closed afterwards."""

    def run():
        from models.database import open_database

        db = open_database(db_path)
        try:
            return op(db)
        finally:
            db.close()

    return run
