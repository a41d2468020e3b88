"""Running operations from the screens, and telling every screen what they changed.

One runner per window (as Anki's CollectionOp/QueryOp):

* ``runner.run(work, label=...)`` runs ``work(progress)`` on a worker thread and delivers
  its result on the UI thread. A progress box appears after half a second; its Cancel
  asks the work to stop (``progress.step()`` raises between batches, the transaction rolls
  back): after a Cancel nothing is written and ``on_cancelled`` runs. The worker never
  touches widgets. One piece of work at a time.
* ``runner.apply(op, ...)`` runs a small operation at once on the UI thread (a grid edit,
  a form's Save; it waits for the session's writer) and returns what changed, or None
  when it was refused.

Either way an error is shown in one place, by its kind (models.errors): the user's
error as its message (to ``on_refused(message)`` when the screen shows it in place,
or ``on_error(exception)`` when it also wants the field at fault; else in a box), a
bug logged with its traceback and shown as unexpected. Every operation's
:class:`ops.changes.Changes` is emitted as ``changed``, which the screens listen to.

Signals (Runner):
    changed(object): an operation changed these records (Changes).
    finished(): the work sent off the UI thread is over (done, refused, failed or cancelled).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, QThreadPool, Signal

from models.errors import Cancelled, is_user_error
from models.progress import Progress
from ops.changes import Changes
from widgets.delayed_progress import DelayedProgress


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay):
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self):
        try:
            result = self._work()
        except Exception as exc:  # delivered to the UI thread, which decides
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)


class Runner(QObject):
    changed = Signal(object)
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.busy = False
        self._relay: _Relay | None = None
        self._box: DelayedProgress | None = None
        self.progress: Progress | None = None

    # ------------------------------------------------------------ off the UI thread

    def run(self, work: Callable[[Progress], Any], *, label: str | None, on_done: Callable[[Any], None] | None = None,
            on_refused: Callable[[str], None] | None = None, on_cancelled: Callable[[], None] | None = None,
            on_over: Callable[[], None] | None = None, parent=None) -> bool:
        """Start ``work(progress)`` on a worker; False (and nothing done) while other work runs.
        Without a ``label`` no progress box appears (work the user did not ask for). ``on_over``
        is called last, whatever happened (a bug included)."""
        if self.busy:
            return False
        self.busy = True
        self.progress = progress = Progress()
        self._handlers = (on_done, on_refused, on_cancelled, parent)
        self._on_over = on_over
        self._relay = _Relay()
        # Bound slots of this UI-thread object: Qt queues the worker's signals to them.
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        if label is not None:
            owner = parent or (self.parent() if isinstance(self.parent(), QObject) else None)
            self._box = DelayedProgress(label, QCoreApplication.translate("Runner", "Cancel"), owner)
            self._box.canceled.connect(progress.cancel)  # the work stops between batches, rolls back
        QThreadPool.globalInstance().start(_Job(lambda: work(progress), self._relay))
        return True

    def wait(self) -> None:
        """Return once the running work (if any) has delivered its result; events keep flowing."""
        if self.busy:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()

    def _succeeded(self, result) -> None:
        on_done, _refused, on_cancelled, _parent = self._over()
        try:
            if isinstance(result, Changes):  # written: it stands, whatever was asked meanwhile
                self.changed.emit(result)
            elif self.progress.cancelled:  # a read asked to stop: its result is not wanted
                if on_cancelled:
                    on_cancelled()
                return
            if on_done:
                on_done(result)
        finally:
            self._end()

    def _failed(self, exc: Exception, details: str) -> None:
        _done, on_refused, on_cancelled, parent = self._over()
        try:
            if isinstance(exc, Cancelled):
                if on_cancelled:
                    on_cancelled()
            else:
                self.report(exc, details, on_refused=on_refused, parent=parent)
        finally:
            self._end()

    def _end(self) -> None:
        over, self._on_over = self._on_over, None
        try:
            if over is not None:
                over()
        finally:
            self.finished.emit()

    def _over(self):
        self.busy = False
        if self._box is not None:
            self._box.finish()
            self._box = None
        return self._handlers

    # ------------------------------------------------------------ at once

    def apply(self, op: Callable[..., Changes], *args, on_refused: Callable[[str], None] | None = None,
              on_error: Callable[[Exception], None] | None = None, parent=None, **kwargs) -> Changes | None:
        """``op(*args, **kwargs)`` now; the Changes it returns (also emitted), or None when refused."""
        try:
            changes = op(*args, **kwargs)
        except Exception as exc:
            if not is_user_error(exc):
                raise  # a bug: the excepthook logs it and shows it as unexpected
            if on_error is not None:
                on_error(exc)
            else:
                self.report(exc, "", on_refused=on_refused, parent=parent)
            return None
        if isinstance(changes, Changes):
            self.changed.emit(changes)
        return changes

    # ------------------------------------------------------------ errors

    def report(self, exc: BaseException, details: str = "", *, on_refused=None, parent=None) -> None:
        """Show an error by its kind: the user's as its message, a bug as unexpected (logged)."""
        from ui.errors import show_bug, show_refusal

        owner = parent or (self.parent() if isinstance(self.parent(), QObject) else None)
        if is_user_error(exc):
            from ui.labels import message

            if on_refused is not None:
                on_refused(message(exc))
            else:
                show_refusal(owner, message(exc))
        else:
            show_bug(owner, exc, details or "".join(traceback.format_exception(exc)))
