"""The watched scan folder: the scanner's output folder, emptied into the register.

A file is taken only once it has stopped changing (same size and modification time on two polls at
least ``settle_seconds`` apart), so a scan still being written is never read half-way. Each file taken
is registered (:func:`registration.ingest_files`) and then moved to ``processed/`` or, with a
``NAME.reason.txt`` beside it, to ``failed/``. A file whose bytes (SHA-256) are already in the register is
never registered twice: it comes back ``skipped`` and goes to ``processed/`` with a note naming the letter
it belongs to. A symbolic link, a pipe or a device dropped in the folder is never read: it goes to
``failed/`` with the reason (the link itself is moved, not what it points to). Sub-folders are left alone.
A file that could not be registered because the database was out of reach (a lost server, a lock held
too long) stays where it is and is tried again at the next poll.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake.model import Extraction
from sipdumas.intake.ocr import ERR_MISSING, irregular_reason
from sipdumas.output.files import write_atomically
from sipdumas.services.registration import IngestResult, ingest_files

PROCESSED = "processed"
FAILED = "failed"
SCAN_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf", ".txt", ".eml"})


@dataclass
class ScanFolder:
    """What has been seen in ``folder`` between polls (size, mtime, when first seen unchanged)."""

    folder: Path
    settle_seconds: float = 2.0
    _seen: dict[Path, tuple[int, float, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        (self.folder / PROCESSED).mkdir(parents=True, exist_ok=True)
        (self.folder / FAILED).mkdir(parents=True, exist_ok=True)

    def ready(self, now: float | None = None) -> list[Path]:
        """Files that have not changed for ``settle_seconds``, in name order."""
        now = time.monotonic() if now is None else now
        current: dict[Path, tuple[int, float, float]] = {}
        ready = []
        for path in sorted(self.folder.iterdir()):
            if path.name.startswith((".", "~")) or path.name.endswith(".part"):
                continue
            try:
                info = os.lstat(path)  # a link is looked at as a link: it is refused, never followed
            except OSError:
                continue  # removed between listing and stat
            if stat.S_ISDIR(info.st_mode):
                continue  # processed/, failed/ and the office's own sub-folders
            before = self._seen.get(path)
            if before and before[0] == info.st_size and before[1] == info.st_mtime:
                current[path] = before
                if now - before[2] >= self.settle_seconds:
                    ready.append(path)
            else:
                current[path] = (info.st_size, info.st_mtime, now)
        self._seen = current
        return ready

    def move(self, path: Path, where: str, reason: str | None = None) -> Path:
        target = _free_name(self.folder / where / path.name)
        shutil.move(str(path), target)
        if reason:
            write_atomically(target.with_name(target.name + ".reason.txt"), (reason + "\n").encode("utf-8"))
        self._seen.pop(path, None)
        return target


def poll(
    db: Database,
    actor: Actor,
    folder: ScanFolder,
    *,
    now: float | None = None,
    today: date | None = None,
) -> Iterator[IngestResult]:
    """Register the files that are ready, moving each to processed/ or failed/; one result per file (a
    file already registered: ``skipped``, moved to processed/ with the note)."""
    actor.require(Permission.REGISTER_LETTER)
    fresh: list[Path] = []
    for path in folder.ready(now):
        reason = irregular_reason(path)
        if reason == ERR_MISSING:
            continue  # taken away since it was listed
        if reason is None and path.suffix.lower() not in SCAN_SUFFIXES:
            reason = f"jenis berkas {path.suffix or '(tanpa ekstensi)'} tidak dikenali sebagai pindaian"
        if reason is not None:
            folder.move(path, FAILED, reason)
            yield IngestResult(extraction=Extraction.failed(path.name, reason), error=reason)
            continue
        fresh.append(path)
    if not fresh:
        return
    for path, result in zip(fresh, ingest_files(db, actor, paths=fresh, today=today), strict=True):
        if result.skipped:
            folder.move(path, PROCESSED, result.note)
        elif result.transient:
            pass  # the database was out of reach: the file stays and is tried again at the next poll
        elif result.error:
            folder.move(path, FAILED, result.error)
        else:
            folder.move(path, PROCESSED)
        yield result


def watch(
    db: Database,
    actor: Actor,
    folder: ScanFolder,
    *,
    interval: float = 2.0,
    stop: threading.Event,
    on_result: Callable[[IngestResult], None],
) -> None:
    """Poll until ``stop`` is set (the client runs this on a worker thread; the CLI until Ctrl+C)."""
    while not stop.is_set():
        for result in poll(db, actor, folder):
            on_result(result)
        stop.wait(interval)


def _free_name(target: Path) -> Path:
    """``target``, or ``name (2).ext`` ... when a file of that name was processed before."""
    if not target.exists():
        return target
    n = 2
    while True:
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
        if not candidate.exists():
            return candidate
        n += 1
