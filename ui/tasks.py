"""The one way the client runs work off the UI thread.

:class:`TaskRunner` runs callables on a single worker thread (like Anki's ``taskman``): database calls
queue up in the order they were asked for and never run two at a time from this workstation, which
SQLite's one-writer lock prefers anyway. The result or the exception comes back on the UI thread through
a queued Qt signal and is handed to ``on_done`` or ``on_error`` there.

The callable runs in the worker: it must never touch a widget. Pass it plain values (a ``Database``, an
``Actor``, a query dataclass) and let ``on_done`` update the screen.

``TaskRunner(synchronous=True)`` runs each task inline and calls back at once (Picard's test pattern),
for tests that want no waiting.

Long work that shows progress and can be stopped (a whole-file import) runs as a :class:`Job` instead,
a thread of its own, so the register keeps loading pages on the runner meanwhile. It is the pattern of
``ui/scan_import_dialog.py`` (a ``QThread``, signals, a ``threading.Event`` to cancel) for any callable.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from sipdumas.domain.errors import ServiceError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Outcome:
    result: Any
    error: BaseException | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    owner: QObject | None


class TaskRunner(QObject):
    """Runs ``fn`` in the background and delivers its outcome on the UI thread.

    ``failed`` is emitted for errors no ``on_error`` took care of, so the window can show them.
    """

    failed = Signal(object)
    _finished = Signal(object)

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.synchronous = synchronous
        self._executor = None if synchronous else ThreadPoolExecutor(1, thread_name_prefix="sipdumas-db")
        self._pending = 0
        # Emitted from the worker thread, received here on the UI thread (queued connection).
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Queue ``fn()``. When ``owner`` (a widget) is deleted before the task ends, the callbacks
        are skipped instead of touching a dead object."""
        self._pending += 1
        if self._executor is None:
            self._deliver(self._call(fn, on_done, on_error, owner))
            return
        self._executor.submit(lambda: self._finished.emit(self._call(fn, on_done, on_error, owner)))

    @staticmethod
    def _call(fn, on_done, on_error, owner) -> _Outcome:
        try:
            return _Outcome(fn(), None, on_done, on_error, owner)
        except Exception as exc:
            return _Outcome(None, exc, on_done, on_error, owner)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        self._pending -= 1
        if outcome.owner is not None and not shiboken6.isValid(outcome.owner):
            return
        if outcome.error is None:
            if outcome.on_done is not None:
                outcome.on_done(outcome.result)
            return
        if outcome.on_error is not None:
            outcome.on_error(outcome.error)
            return
        log.error(
            "task failed: %s",
            "".join(traceback.format_exception(outcome.error)),
        )
        self.failed.emit(outcome.error)

    def shutdown(self) -> None:
        """Wait for queued work to end (on closing, and between tests)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)


class Job(QThread):
    """``fn(on_progress, cancel)`` on a thread of its own: ``fn`` calls ``on_progress(value)`` as it goes
    and stops when the ``threading.Event`` ``cancel`` is set (by raising, typically).

    ``progressed(value)`` and ``ended(job)`` arrive on the UI thread; when ``ended`` comes, ``result`` or
    ``error`` is set and the thread has finished. Like a task, ``fn`` must never touch a widget.
    """

    progressed = Signal(object)
    ended = Signal(object)

    def __init__(
        self, fn: Callable[[Callable[[Any], None], threading.Event], Any], parent: QObject | None = None
    ):
        super().__init__(parent)
        self._fn = fn
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished.connect(self._end)

    def run(self) -> None:
        try:
            self.result = self._fn(self.progressed.emit, self.cancel_event)
        except Exception as exc:
            self.error = exc

    @Slot()
    def _end(self) -> None:
        self.wait()  # ``finished`` is sent just before the thread really ends
        if self.error is not None and not isinstance(self.error, ServiceError):  # a bug, not a refusal
            log.error("job failed: %s", "".join(traceback.format_exception(self.error)))
        self.ended.emit(self)

    def cancel(self) -> None:
        self.cancel_event.set()

    def stop(self) -> None:
        """Cancel and wait for the thread to end (on closing the dialog that owns it)."""
        self.cancel_event.set()
        self.wait()
