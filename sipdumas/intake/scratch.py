"""A run's folder for temporary page renders, and the clean-up of folders that killed runs left behind.

OCR renders PDF pages and TIFF frames to image files for Tesseract (:mod:`sipdumas.intake.ocr`). They
go into one folder per run, ``<temp>/sipdumas-ocr-<pid>-<random>/``, removed when the run ends. A run
that is killed (SIGKILL, a power cut) cannot remove it, so every new run first removes the folders of
runs that are no longer alive.

A run is recognised as alive by its lock file (``run.lock``, holding the run's process id): the run
holds an exclusive lock on it for as long as it lives, and the operating system drops that lock when the
process dies, however it dies. So a folder whose lock can be taken belongs to a dead run, and a folder of
a live run on the same machine (another client, a ``sipdumas watch``) is never touched. A folder without
a lock file yet (a run in its first microseconds, or the page folders of older versions) is removed only
once it is older than :data:`ORPHAN_AGE_SECONDS`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import IO

PREFIX = "sipdumas-ocr-"
LOCK_NAME = "run.lock"
#: A folder without a lock file is left alone this long (no page takes an hour).
ORPHAN_AGE_SECONDS = 3600.0


class RunDir:
    """The temporary folder of one run; a context manager, and :meth:`close` removes it.

    Creating one first removes the folders of dead runs (:func:`clean_stale`) in the same parent."""

    def __init__(self, parent: Path | None = None):
        self.parent = Path(parent or tempfile.gettempdir())
        self.removed = clean_stale(self.parent)
        self.path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=self.parent))
        self._lock: IO[str] | None = open(self.path / LOCK_NAME, "a+", encoding="ascii")  # noqa: SIM115
        if not _try_lock(self._lock):  # pragma: no cover - a fresh file nobody else knows of
            raise OSError(f"cannot lock {self.path / LOCK_NAME}")
        self._lock.write(str(os.getpid()))
        self._lock.flush()

    def close(self) -> None:
        """Remove the folder and everything in it (idempotent)."""
        lock, self._lock = self._lock, None
        if lock is not None:
            with contextlib.suppress(OSError):
                lock.close()  # closing drops the lock
            shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> RunDir:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def is_live(folder: Path, *, now: float | None = None) -> bool:
    """Whether ``folder`` (a run's folder) belongs to a run that is still alive (see the module doc)."""
    lock_path = Path(folder) / LOCK_NAME
    try:
        fh = open(lock_path, "r+", encoding="ascii")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return _young(folder, now)
    except OSError:
        return True  # cannot tell: leave it
    with fh:
        if not _try_lock(fh):
            return True
        try:
            owner = fh.read().strip()
        finally:
            _unlock(fh)
    return not owner and _young(folder, now)


def clean_stale(parent: Path | None = None) -> list[Path]:
    """Remove the run folders in ``parent`` (default: the system's temporary folder) whose run is dead;
    returns the folders removed. Never raises: a folder that cannot be removed is left for next time."""
    parent = Path(parent or tempfile.gettempdir())
    removed = []
    try:
        candidates = [p for p in parent.iterdir() if p.name.startswith(PREFIX)]
    except OSError:
        return removed
    now = time.time()
    for folder in candidates:
        try:
            if folder.is_symlink() or not folder.is_dir() or is_live(folder, now=now):
                continue
            shutil.rmtree(folder)
            removed.append(folder)
        except OSError:
            continue
    return removed


def _young(folder: Path, now: float | None) -> bool:
    try:
        age = (now or time.time()) - Path(folder).stat().st_mtime
    except OSError:
        return False
    return age < ORPHAN_AGE_SECONDS


try:
    import fcntl

    def _try_lock(fh: IO[str]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fh: IO[str]) -> bool:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
