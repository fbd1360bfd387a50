"""What the client tells the analyst about the database itself: busy (another program holds SQLite's
write lock) or out of reach (the PostgreSQL server stopped, the network cut), and back again.

:class:`DatabaseStatus` installs the :class:`~sipdumas.db.engine.Database` hooks ``on_busy`` and
``on_connection_lost``, which are called on worker threads, and turns them into signals on the UI thread.
While the server is out of reach it asks it for an answer every few seconds (:meth:`Database.ping` on a
lane of its own, so it never waits behind a stuck database call) and says ``restored`` once it answers.
The pool checks each connection before use, so the work after that reconnects by itself; nothing the
analyst typed is lost meanwhile, because a form whose save failed stays open with the error above its
buttons.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer, Signal

from sipdumas.db.engine import ConnectionLost, Database
from ui.tasks import TaskRunner

#: How often the server is asked whether it is back (milliseconds).
PROBE_MS = 5000
#: The runner's lane of those questions.
PROBE_LANE = "database-probe"


class DatabaseStatus(QObject):
    """``busy(text)``: a write waits for another program's lock; ``lost(text)``: the server went away
    (once, until it is back); ``restored()``: it answers again."""

    busy = Signal(str)
    lost = Signal(str)
    restored = Signal()
    _lost_elsewhere = Signal(str)

    def __init__(
        self, db: Database, tasks: TaskRunner, *, probe_ms: int = PROBE_MS, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self.down = False
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setInterval(probe_ms)
        self._timer.timeout.connect(self.probe)
        self._lost_elsewhere.connect(self._went_away)
        # emitted on worker threads: the signals are queued to this object's (the UI) thread
        db.on_busy = self.busy.emit
        db.on_connection_lost = self._report_lost

    def _report_lost(self, exc: ConnectionLost) -> None:
        self._lost_elsewhere.emit(str(exc))

    def _went_away(self, text: str) -> None:
        if self.down:
            return
        self.down = True
        self.lost.emit(text)
        self._timer.start()

    def probe(self) -> None:
        """Ask the server once whether it is back (off the UI thread)."""
        if self._probing:
            return
        self._probing = self._tasks.run(
            self._db.ping, self._answered, self._unanswered, owner=self, lane=PROBE_LANE
        )

    def _answered(self, _none: object) -> None:
        self._probing = False
        if self.down:
            self.down = False
            self._timer.stop()
            self.restored.emit()

    def _unanswered(self, _exc: BaseException) -> None:
        self._probing = False

    def detach(self) -> None:
        """Stop watching and take the hooks off the database (when its window closes)."""
        with contextlib.suppress(RuntimeError):  # the timer may already be gone with its window
            self._timer.stop()
        if self._db.on_busy == self.busy.emit:
            self._db.on_busy = None
        if self._db.on_connection_lost == self._report_lost:
            self._db.on_connection_lost = None
