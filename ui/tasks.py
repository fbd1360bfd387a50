"""The one way the client runs work off the UI thread.

Every piece of background work goes through the window's :class:`TaskRunner`, in one of two forms
(Anki's ``taskman.run_in_background`` and Picard's ``run_task`` are the models):

``tasks.run(fn, on_done, on_error, owner=widget)``
    A short task: ``fn()`` runs on a worker thread, then ``on_done(result)`` or ``on_error(exc)`` is
    called on the UI thread. Tasks wait in *lanes*, one worker thread per lane, one task of a lane at
    a time in the order asked. Database calls share the :data:`DATABASE` lane, so they never run two at
    a time from this workstation (SQLite's one-writer lock prefers it anyway) and a later query never
    overtakes an earlier write. Work that must not wait behind the database (rendering a page image)
    names a lane of its own: ``lane="pages"``.

``job = tasks.start(fn, on_done, on_error, on_progress=..., owner=widget)``
    A long job with progress and cancelling: ``fn(progress, cancel)`` runs on a thread of its own, so the
    database lane goes on serving the register meanwhile. ``fn`` calls ``progress(value)`` as it goes
    (each value reaches ``on_progress`` on the UI thread, in order, before ``on_done``) and stops when the
    ``threading.Event`` ``cancel`` is set, by returning or raising. :meth:`Job.cancel` sets it;
    :meth:`Job.stop` sets it and waits. The services' ``on_progress=`` and ``cancel=`` parameters take
    the two as they are. A job may run until stopped (the watched scan folder: every registered letter
    is a progress value).

The rules, for both:

* ``fn`` never touches a widget. Give it plain values (a ``Database``, an ``Actor``, a query dataclass,
  what was read from the form beforehand) and let the callbacks update the screen.
* Outcomes and progress always arrive on the UI thread through a queued Qt signal. When ``owner`` (the
  widget that asked) has been deleted by then, its callbacks are skipped instead of touching a dead
  object. An error nobody took (no ``on_error``) is logged and emitted as :attr:`TaskRunner.failed`,
  which the main window shows.
* After :meth:`TaskRunner.shutdown` (the client is closing) new work is dropped quietly: ``run`` returns
  False and ``start`` a job that never runs, and no callback comes. A view that repaints while the
  window closes must not raise in the Qt event loop.

``TaskRunner(synchronous=True)`` runs every ``run`` task inline and calls back at once (Picard's test
pattern), for tests that want no waiting. Jobs keep their own thread even then, because a job may run
until it is stopped.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from sipdumas.domain.errors import ServiceError

log = logging.getLogger(__name__)

#: The lane of every database call.
DATABASE = "database"
#: Seconds :meth:`TaskRunner.shutdown` waits for cancelled jobs before leaving them to end with the
#: process (job threads are daemons: an OCR batch or a poll of the scan folder may not stop at once).
JOB_GRACE_SECONDS = 5.0

Progress = Callable[[Any], None]
JobFunction = Callable[[Progress, threading.Event], Any]


class Job:
    """A handle on work started with :meth:`TaskRunner.start`. Made on the UI thread and used there."""

    def __init__(self, name: str, owner: QObject | None) -> None:
        self.name = name
        self.owner = owner
        self.cancel_event = threading.Event()
        self._thread: threading.Thread | None = None

    def cancel(self) -> None:
        """Ask ``fn`` to stop (it sees ``cancel.is_set()``); returns at once. Callbacks still come."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    @property
    def running(self) -> bool:
        """True while ``fn`` has not returned (its outcome may still be on its way to the UI thread)."""
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait up to ``timeout`` seconds (None: as long as it takes) for ``fn`` to return; True if it
        did. Blocks the UI thread: for closing, after :meth:`cancel`."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def stop(self, timeout: float | None = None) -> bool:
        """Cancel and wait (on closing the dialog that owns the job)."""
        self.cancel()
        return self.wait(timeout)


@dataclass(frozen=True, slots=True)
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    owner: QObject | None
    on_progress: Callable[[Any], None] | None = None
    job: Job | None = None


@dataclass(frozen=True, slots=True)
class _Outcome:
    callbacks: _Callbacks
    result: Any = None
    error: BaseException | None = None


class TaskRunner(QObject):
    """Runs work in the background and delivers its outcome on the UI thread (see the module's
    docstring). Call it from the UI thread only.

    ``failed`` is emitted for errors no ``on_error`` took care of, so the window can show them.
    """

    failed = Signal(object)
    _finished = Signal(object)
    _progressed = Signal(object, object)

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.synchronous = synchronous
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._jobs: set[Job] = set()
        self._pending = 0
        self._closed = False
        # Emitted from worker threads, received here on the UI thread (queued connections).
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)

    @property
    def busy(self) -> bool:
        """True while a ``run`` task has not been delivered (jobs are not counted: one may never end)."""
        return self._pending > 0

    @property
    def closed(self) -> bool:
        return self._closed

    # ------------------------------------------------------------ tasks

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        lane: str = DATABASE,
    ) -> bool:
        """Queue ``fn()`` on ``lane``; ``on_done(result)`` or ``on_error(exc)`` follows on the UI thread.

        False when the task was dropped without running: the runner is shut down, or ``owner`` is gone.
        """
        callbacks = _Callbacks(on_done, on_error, owner)
        if not self._accepting(owner):
            return False
        if self.synchronous:
            self._pending += 1
            self._deliver(_call(fn, callbacks))
            return True
        executor = self._lanes.get(lane)
        if executor is None:
            executor = self._lanes[lane] = ThreadPoolExecutor(1, thread_name_prefix=f"sipdumas-{lane}")
        try:
            executor.submit(lambda: self._emit_finished(_call(fn, callbacks)))
        except RuntimeError:  # the interpreter is exiting: nobody waits for the answer any more
            log.debug("task dropped: the %s lane no longer takes work", lane)
            return False
        self._pending += 1
        return True

    # ------------------------------------------------------------ jobs

    def start(
        self,
        fn: JobFunction,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        on_progress: Callable[[Any], None] | None = None,
        owner: QObject | None = None,
        name: str = "job",
    ) -> Job:
        """Run ``fn(progress, cancel)`` on a thread of its own; see the module's docstring.

        The job returned has already been cancelled and never runs when the runner is shut down or
        ``owner`` is gone.
        """
        job = Job(name, owner)
        if not self._accepting(owner):
            job.cancel()
            return job
        callbacks = _Callbacks(on_done, on_error, owner, on_progress, job)

        def progress(value: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the runner was deleted: nobody listens any more
                self._progressed.emit(callbacks, value)

        def work() -> None:
            try:
                outcome = _Outcome(callbacks, fn(progress, job.cancel_event))
            except Exception as exc:
                outcome = _Outcome(callbacks, error=exc)
            self._emit_finished(outcome)

        job._thread = threading.Thread(target=work, name=f"sipdumas-{name}", daemon=True)
        self._jobs.add(job)
        job._thread.start()
        return job

    def jobs(self, owner: QObject | None = None) -> list[Job]:
        """The jobs whose outcome has not been delivered yet (those of ``owner`` when given)."""
        return [job for job in self._jobs if owner is None or job.owner is owner]

    def stop_jobs(self, owner: QObject, timeout: float | None = None) -> None:
        """Cancel every job of ``owner`` and wait for them (a dialog that closes)."""
        jobs = self.jobs(owner)
        for job in jobs:
            job.cancel()
        _wait_all(jobs, timeout)

    # ------------------------------------------------------------ closing

    def shutdown(self, *, timeout: float = JOB_GRACE_SECONDS) -> None:
        """Take no more work, cancel the jobs, wait for every queued task and up to ``timeout`` seconds
        for the jobs (on closing, and between tests). Calling it again does nothing more."""
        self._closed = True
        jobs = list(self._jobs)
        for job in jobs:
            job.cancel()
        for executor in self._lanes.values():
            executor.shutdown(wait=True)
        if not _wait_all(jobs, timeout):
            log.warning("left running on closing: %s", ", ".join(j.name for j in jobs if j.running))

    # ------------------------------------------------------------ delivery (UI thread)

    def _accepting(self, owner: QObject | None) -> bool:
        if self._closed:
            log.debug("task dropped: the runner is shut down")
            return False
        return owner is None or shiboken6.isValid(owner)

    def _emit_finished(self, outcome: _Outcome) -> None:
        with contextlib.suppress(RuntimeError):  # the runner was deleted: nobody listens any more
            self._finished.emit(outcome)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        callbacks = outcome.callbacks
        if callbacks.job is None:
            self._pending -= 1
        else:
            self._jobs.discard(callbacks.job)
        if callbacks.owner is not None and not shiboken6.isValid(callbacks.owner):
            return
        error = outcome.error
        if error is None:
            if callbacks.on_done is not None:
                callbacks.on_done(outcome.result)
            return
        if callbacks.on_error is not None:
            if callbacks.job is not None and not isinstance(error, ServiceError):  # a bug, not a refusal
                log.warning("job %s failed: %s", callbacks.job.name, _traceback(error))
            callbacks.on_error(error)
            return
        log.error("task failed: %s", _traceback(error))
        self.failed.emit(error)

    @Slot(object, object)
    def _deliver_progress(self, callbacks: _Callbacks, value: Any) -> None:
        if callbacks.on_progress is None:
            return
        if callbacks.owner is not None and not shiboken6.isValid(callbacks.owner):
            return
        callbacks.on_progress(value)


def _call(fn: Callable[[], Any], callbacks: _Callbacks) -> _Outcome:
    try:
        return _Outcome(callbacks, fn())
    except Exception as exc:
        return _Outcome(callbacks, error=exc)


def _wait_all(jobs: list[Job], timeout: float | None) -> bool:
    """Wait for ``jobs`` together, up to ``timeout`` seconds in all; True when every one has ended."""
    deadline = None if timeout is None else time.monotonic() + timeout
    for job in jobs:
        job.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
    return not any(job.running for job in jobs)


def _traceback(error: BaseException) -> str:
    return "".join(traceback.format_exception(error))
