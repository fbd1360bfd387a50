"""The client's one way to run work off the UI thread (:mod:`ui.tasks`): tasks in lanes and jobs with
progress and cancelling, their outcomes delivered on the UI thread, nothing run or raised after
shutdown."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer

from sipdumas.domain.errors import ValidationFailed
from ui.tasks import DATABASE, TaskRunner

MAIN = threading.main_thread()


class Seen:
    """What the callbacks received, and on which thread."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self.threads: set[threading.Thread] = set()

    def __call__(self, kind: str):
        def record(value=None):
            self.threads.add(threading.current_thread())
            self.events.append((kind, value))

        return record

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


# ---------------------------------------------------------------- tasks


def test_a_task_runs_on_a_worker_and_its_result_arrives_on_the_ui_thread(qtbot, tasks):
    ran_on = []
    seen = Seen()

    def work():
        ran_on.append(threading.current_thread())
        return 42

    assert tasks.run(work, seen("done"), seen("error"))
    assert tasks.busy
    qtbot.waitUntil(lambda: bool(seen.events), timeout=10000)
    assert seen.events == [("done", 42)]
    assert ran_on[0] is not MAIN and seen.threads == {MAIN}
    assert not tasks.busy


def test_an_error_arrives_on_the_ui_thread_and_one_nobody_takes_is_signalled(qtbot, tasks):
    seen = Seen()
    refusal = ValidationFailed({"nik": "NIK harus 16 angka"})

    def refuse():
        raise refusal

    tasks.run(refuse, seen("done"), seen("error"))
    qtbot.waitUntil(lambda: bool(seen.events), timeout=10000)
    assert seen.events == [("error", refusal)] and seen.threads == {MAIN}

    with qtbot.waitSignal(tasks.failed, timeout=10000) as failed:
        tasks.run(lambda: 1 / 0)
    assert isinstance(failed.args[0], ZeroDivisionError)


def test_tasks_of_a_lane_run_in_order_and_another_lane_does_not_wait_for_them(qtbot, tasks):
    release = threading.Event()
    seen = Seen()
    tasks.run(lambda: release.wait(30) and "first write", seen("database"))
    tasks.run(lambda: "then the query", seen("database"), lane=DATABASE)
    tasks.run(lambda: "page image", seen("pages"), lane="pages")
    qtbot.waitUntil(lambda: bool(seen.events), timeout=10000)
    assert seen.events == [("pages", "page image")]  # the database lane is still busy with the write
    release.set()
    qtbot.waitUntil(lambda: len(seen.events) == 3, timeout=10000)
    assert seen.events[1:] == [("database", "first write"), ("database", "then the query")]


def test_the_callbacks_of_a_deleted_owner_are_skipped(qtbot, tasks):
    release = threading.Event()
    owner = QObject()
    seen = Seen()
    tasks.run(lambda: release.wait(30), seen("done"), owner=owner)
    tasks.run(lambda: None, seen("after"))
    shiboken6.delete(owner)  # the dialog that asked was closed
    release.set()
    qtbot.waitUntil(lambda: bool(seen.events), timeout=10000)
    assert seen.kinds() == ["after"]
    assert not tasks.run(lambda: None, seen("done"), owner=owner)  # a dead owner asks for nothing


def test_a_synchronous_runner_calls_back_at_once(qtbot):
    runner = TaskRunner(synchronous=True)
    seen = Seen()
    assert runner.run(lambda: threading.current_thread(), seen("done"))
    assert seen.events == [("done", MAIN)]
    runner.shutdown()


# ---------------------------------------------------------------- jobs


def test_a_job_reports_progress_in_order_on_the_ui_thread_then_its_result(qtbot, tasks):
    seen = Seen()

    def count(progress, cancel):
        for n in range(1, 6):
            progress(n)
        return "five"

    job = tasks.start(count, seen("done"), seen("error"), on_progress=seen("progress"), name="count")
    qtbot.waitUntil(lambda: "done" in seen.kinds(), timeout=10000)
    assert seen.events == [*(("progress", n) for n in range(1, 6)), ("done", "five")]
    assert seen.threads == {MAIN}
    assert job.wait(10) and not job.running and tasks.jobs() == []


def test_a_job_does_not_wait_for_the_database_lane(qtbot, tasks):
    release = threading.Event()
    seen = Seen()
    tasks.run(lambda: release.wait(30), seen("task"))
    tasks.start(lambda progress, cancel: "imported", seen("job"))
    qtbot.waitUntil(lambda: bool(seen.events), timeout=10000)
    assert seen.events == [("job", "imported")]
    release.set()
    qtbot.waitUntil(lambda: len(seen.events) == 2, timeout=10000)


def test_cancel_asks_the_job_to_stop_and_its_outcome_still_arrives(qtbot, tasks):
    seen = Seen()

    def until_cancelled(progress, cancel):
        progress("started")
        return "stopped" if cancel.wait(30) else "ran out of time"

    job = tasks.start(until_cancelled, seen("done"), seen("error"), on_progress=seen("progress"))
    qtbot.waitUntil(lambda: bool(seen.events), timeout=10000)
    assert job.running and not job.cancelled
    job.cancel()
    assert job.cancelled
    qtbot.waitUntil(lambda: "done" in seen.kinds(), timeout=10000)
    assert seen.events == [("progress", "started"), ("done", "stopped")]


def test_a_job_that_runs_until_stopped_ends_when_stopped(qtbot, tasks):
    seen = Seen()

    def watch(progress, cancel):
        rounds = 0
        while not cancel.is_set():
            rounds += 1
            progress(rounds)
            cancel.wait(0.01)
        return rounds

    job = tasks.start(watch, seen("done"), on_progress=seen("progress"), name="watch")
    qtbot.waitUntil(lambda: len(seen.events) >= 3, timeout=10000)
    assert job.stop(10) and not job.running
    qtbot.waitUntil(lambda: "done" in seen.kinds(), timeout=10000)
    assert seen.kinds()[-1] == "done" and set(seen.kinds()[:-1]) == {"progress"}


def test_a_job_error_arrives_on_the_ui_thread(qtbot, tasks):
    seen = Seen()

    def broken(progress, cancel):
        raise OSError("folder hilang")

    tasks.start(broken, seen("done"), seen("error"))
    qtbot.waitUntil(lambda: bool(seen.events), timeout=10000)
    [(kind, error)] = seen.events
    assert kind == "error" and isinstance(error, OSError) and seen.threads == {MAIN}
    with qtbot.waitSignal(tasks.failed, timeout=10000) as failed:
        tasks.start(broken)
    assert isinstance(failed.args[0], OSError)


def test_stop_jobs_stops_every_job_of_an_owner_and_no_other(qtbot, tasks):
    owner, other = QObject(), QObject()
    started = Seen()

    def until_cancelled(progress, cancel):
        progress("started")
        cancel.wait(30)

    mine = [tasks.start(until_cancelled, on_progress=started("mine"), owner=owner) for _ in range(2)]
    theirs = tasks.start(until_cancelled, on_progress=started("theirs"), owner=other)
    qtbot.waitUntil(lambda: len(started.events) == 3, timeout=10000)
    assert set(tasks.jobs(owner)) == set(mine)
    tasks.stop_jobs(owner)
    assert not any(job.running for job in mine)
    assert theirs.running and not theirs.cancelled
    assert theirs.stop(10)


# ---------------------------------------------------------------- shutdown


def test_shutdown_drains_the_lanes_and_stops_the_jobs(qtbot):
    runner = TaskRunner()
    ran = []
    release = threading.Event()
    runner.run(lambda: release.wait(30))
    runner.run(lambda: ran.append("queued before shutdown"))

    def until_cancelled(progress, cancel):
        progress("started")
        cancel.wait(30)

    started = Seen()
    job = runner.start(until_cancelled, on_progress=started("progress"))
    qtbot.waitUntil(lambda: bool(started.events), timeout=10000)
    release.set()
    runner.shutdown()
    assert ran == ["queued before shutdown"]
    assert job.cancelled and not job.running


def test_work_asked_for_after_shutdown_is_dropped_quietly(qtbot):
    runner = TaskRunner()
    runner.shutdown()
    ran, seen = [], Seen()
    assert runner.run(lambda: ran.append("task"), seen("done"), seen("error")) is False
    job = runner.start(lambda progress, cancel: ran.append("job"), seen("done"), seen("error"))
    assert job.cancelled and not job.running and job.wait(0)
    runner.shutdown()  # again: nothing more to do
    qtbot.wait(10)  # whatever might have been queued is delivered now
    assert ran == [] and seen.events == [] and not runner.busy


@pytest.mark.parametrize("closed", [False, True], ids=["open", "closed"])
def test_a_view_refreshed_after_shutdown_raises_nothing_in_the_event_loop(
    qtbot, db, admin, window_factory, tasks, closed
):
    """The client closing: the runner is shut down (``Client._shutdown`` on ``aboutToQuit``) while the
    window may still refresh a view from the event loop; that refresh must not raise."""
    window = window_factory(db, admin)
    if closed:
        window.close()
    tasks.shutdown()
    fired = []

    def refresh() -> None:
        try:
            window.refresh()
        finally:
            fired.append(True)

    QTimer.singleShot(0, refresh)
    qtbot.waitUntil(lambda: bool(fired), timeout=10000)  # pytest-qt fails the test on an exception in a slot
    assert window.model.loading  # the refresh was asked for and dropped, never answered
    assert not tasks.busy
