"""A batch of letter files in, one :class:`Extraction` per file out, in the order given.

Every page of the whole batch goes into one pool of Tesseract processes (one per core, each driven by a
thread that waits on it), so a 20-page PDF next to single-page scans keeps all cores busy; results are handed back file by file in input order as
soon as a file's pages are all read. A file that cannot be read gives an Extraction with ``error`` set
and the batch goes on. Progress is reported after every page and every file; a cancel request stops
the batch at once: running Tesseract processes are killed and files not finished come back with the
error "dibatalkan".

Limits (:class:`Limits`, an office's settings ``intake_max_pages`` and ``intake_file_seconds``): a file
with more pages than ``max_pages`` is refused before any page is read, and a file whose pages take longer
than ``file_seconds`` in all, counted from its first page, fails with a timeout while the batch goes on.
Pages rendered for Tesseract go into the run's own temporary folder (:class:`~sipdumas.intake.scratch.RunDir`),
removed at the end of the batch, or by the next run when this one was killed.

Why threads driving processes and not a ``ProcessPoolExecutor``: the CPU work is in Tesseract, which is
a process of its own anyway; Python worker processes would add start-up time and memory, and with the
spawn/forkserver start methods (the only safe ones inside the Qt client) they re-import the caller's
main module, so a script without an ``if __name__ == "__main__"`` guard would break.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sipdumas.intake import ocr
from sipdumas.intake.fields import apply_sender_hint, parse_pages
from sipdumas.intake.layout import PageLayout
from sipdumas.intake.model import Extraction, Progress
from sipdumas.intake.scratch import RunDir

log = logging.getLogger(__name__)

# A cancel request: a callable returning True, or anything with ``is_set()`` such as a threading.Event.
Cancel = Callable[[], bool] | Any

# How often a waiting batch looks at ``cancel``; a page takes seconds, so this costs nothing.
_POLL_SECONDS = 0.2

#: Seconds all pages of one file may take together, by default (setting ``intake_file_seconds``).
DEFAULT_FILE_SECONDS = 600.0
ERR_FILE_TIME = (
    "pembacaan berkas melebihi batas waktu {seconds:g} detik per berkas "
    "(pecah berkasnya, atau ubah batasnya: pengaturan intake_file_seconds)"
)


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one file may cost: ``max_pages`` pages (None: no limit) and ``file_seconds`` of OCR for
    all its pages together (None: only the per-page timeout)."""

    max_pages: int | None = ocr.DEFAULT_MAX_PAGES
    file_seconds: float | None = DEFAULT_FILE_SECONDS


@dataclass
class _File:
    path: Path
    pages: list[str | ocr.PageJob] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    layouts: list[PageLayout | None] = field(default_factory=list)
    error: str | None = None
    sender_hint: dict[str, str] | None = None
    pending: int = 0
    started: float | None = None  # monotonic time its first page began OCR

    @property
    def ready(self) -> bool:
        return self.error is not None or self.pending == 0


def extract_file(
    path: str | os.PathLike[str],
    *,
    office_names: Sequence[str] | None = None,
    page_timeout: float = ocr.DEFAULT_PAGE_TIMEOUT,
    limits: Limits | None = None,
) -> Extraction:
    """The Extraction of one file (its pages OCR'd in parallel); never raises for a bad file."""
    return next(extract_files([path], page_timeout=page_timeout, office_names=office_names, limits=limits))


def extract_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    page_timeout: float = ocr.DEFAULT_PAGE_TIMEOUT,
    office_names: Sequence[str] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    cancel: Cancel | None = None,
    limits: Limits | None = None,
) -> Iterator[Extraction]:
    """One Extraction per path, in the order of ``paths``, each yielded as soon as it and every file
    before it are done. ``limits``: pages and seconds one file may take (default :class:`Limits`()).

    ``workers``: Tesseract processes at a time (default: one per core). ``page_timeout``: seconds Tesseract may spend on
    one page before the file fails with a timeout error. ``on_progress`` is called in the caller's
    thread after every page and every file. ``cancel`` (a callable returning True, or a
    ``threading.Event``) stops the batch: unfinished files come back with the error "dibatalkan".
    """
    limits = limits or Limits()
    files = [_File(Path(p)) for p in paths]
    errors: list[str] = []
    counters = {"files": 0, "pages": 0}
    pages_total = len(files)

    def report(current: _File | None) -> None:
        if on_progress is not None:
            on_progress(
                Progress(
                    files_done=counters["files"],
                    files_total=len(files),
                    pages_done=counters["pages"],
                    pages_total=pages_total,
                    current_file=current.path.name if current else None,
                    errors=list(errors),
                )
            )

    for f in files:
        if _cancelled(cancel):
            f.error = ocr.ERR_CANCELLED
            continue
        try:
            plan = ocr.plan_file(f.path, page_timeout=page_timeout, max_pages=limits.max_pages)
        except ocr.UnreadableFile as exc:
            f.error = str(exc)
            continue
        except Exception as exc:  # e.g. no permission to read: this file fails, the batch goes on
            log.warning("cannot plan %s", f.path, exc_info=True)
            f.error = f"berkas tidak dapat dibaca: {exc}"
            continue
        f.pages = plan.pages
        f.sender_hint = plan.sender_hint
        f.texts = [p if isinstance(p, str) else None for p in plan.pages]
        f.layouts = [None] * len(plan.pages)
        f.pending = sum(isinstance(p, ocr.PageJob) for p in plan.pages)

    jobs = [
        (i, j)
        for i, f in enumerate(files)
        if f.error is None
        for j, p in enumerate(f.pages)
        if isinstance(p, ocr.PageJob)
    ]
    # A file refused before OCR counts as one page; pages known without OCR (text layers, .txt, .eml)
    # count as done from the start, so pages_done reaches pages_total exactly when the batch ends.
    pages_total = sum(len(f.pages) if f.error is None else 1 for f in files)
    counters["pages"] = sum(len(f.pages) - f.pending if f.error is None else 1 for f in files)
    pool = _Pool(workers, len(jobs), limits.file_seconds)
    running: dict[Future[ocr.PageResult], tuple[int, int]] = {}
    cancelled = False
    next_file = 0
    try:
        for i, j in jobs:
            running[pool.submit(files[i].pages[j], files[i])] = (i, j)  # type: ignore[arg-type]
        while next_file < len(files):
            while next_file < len(files) and files[next_file].ready:
                f = files[next_file]
                extraction = _finish(f, office_names)
                if extraction.error:
                    errors.append(f"{f.path.name}: {extraction.error}")
                counters["files"] += 1
                next_file += 1
                report(f)
                yield extraction
            if next_file >= len(files):
                break
            if _cancelled(cancel):
                cancelled = True
                pool.tesseract.stop()
                for fut in running:
                    fut.cancel()
                for f in files[next_file:]:
                    if f.pending:  # files already read in full are still handed back
                        f.error = ocr.ERR_CANCELLED
                        counters["pages"] += f.pending
                        f.pending = 0
                running.clear()
                continue
            done, _ = wait(list(running), timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for fut in done:
                key = running.pop(fut, None)
                if key is None:
                    continue  # resubmitted after a worker crash earlier in this round
                i, j = key
                f = files[i]
                result = fut.result()
                if f.error is not None:
                    continue  # an earlier page of this file failed; its other pages were dropped
                f.pending -= 1
                counters["pages"] += 1
                if result.error:
                    f.error = result.error
                    counters["pages"] += _drop_pages(running, i)
                    f.pending = 0
                else:
                    f.texts[j] = result.text
                    f.layouts[j] = result.layout
                report(f)
    finally:
        for fut in running:
            fut.cancel()
        pool.shutdown(cancelled=cancelled or next_file < len(files))


def _finish(f: _File, office_names: Sequence[str] | None) -> Extraction:
    if f.error is not None:
        return Extraction.failed(f.path.name, f.error)
    pairs = zip(f.texts, f.layouts, strict=True)
    pages = [layout if layout is not None else (text or "") for text, layout in pairs]
    try:
        extraction = parse_pages(pages, office_names=office_names)
    except Exception:  # a parser bug must not cost the analyst the rest of the batch
        log.exception("field extraction failed for %s", f.path)
        extraction = Extraction(file=f.path.name, text="\f".join(t or "" for t in f.texts))
    if f.sender_hint:
        apply_sender_hint(extraction, f.sender_hint)
    extraction.file = f.path.name
    extraction.pages = len(f.pages)
    return extraction


def _drop_pages(running: dict[Future[ocr.PageResult], tuple[int, int]], file_index: int) -> int:
    dropped = [fut for fut, (i, _) in running.items() if i == file_index]
    for fut in dropped:
        fut.cancel()
        del running[fut]
    return len(dropped)


def _cancelled(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    is_set = getattr(cancel, "is_set", None)
    if callable(is_set):
        return bool(is_set())
    return bool(cancel())


class _Pool:
    """Threads that each drive one Tesseract process at a time: one per core, at most one per page.

    Renders go into the run's temporary folder, made with the first page and removed at shutdown. Each
    file's pages share its clock: a page starts with what is left of ``file_seconds``."""

    def __init__(self, workers: int | None, jobs: int, file_seconds: float | None = None) -> None:
        self.size = max(1, min(workers or os.cpu_count() or 1, jobs or 1))
        self.tesseract = ocr.Tesseract()
        self.executor: ThreadPoolExecutor | None = None
        self.file_seconds = file_seconds
        self.scratch: RunDir | None = None
        self._clock = threading.Lock()

    def submit(self, job: ocr.PageJob, owner: _File) -> Future[ocr.PageResult]:
        if self.executor is None:
            self.scratch = RunDir()
            self.executor = ThreadPoolExecutor(max_workers=self.size, thread_name_prefix="sipdumas-ocr")
        return self.executor.submit(self._read, job, owner)

    def _read(self, job: ocr.PageJob, owner: _File) -> ocr.PageResult:
        limit = self.file_seconds
        cut = False
        if limit:
            with self._clock:
                if owner.started is None:
                    owner.started = time.monotonic()
                left = limit - (time.monotonic() - owner.started)
            if left <= 0:
                return ocr.PageResult(None, ERR_FILE_TIME.format(seconds=limit))
            if left < job.timeout:
                job, cut = dataclasses.replace(job, timeout=left), True
        scratch = self.scratch.path if self.scratch is not None else None
        result = ocr.ocr_page(job, self.tesseract, scratch=scratch)
        if cut and result.error == ocr.ERR_TIMEOUT.format(page=job.index + 1, seconds=job.timeout):
            return dataclasses.replace(result, error=ERR_FILE_TIME.format(seconds=limit))
        return result

    def shutdown(self, *, cancelled: bool) -> None:
        if cancelled:
            self.tesseract.stop()
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None
        if self.scratch is not None:
            self.scratch.close()
            self.scratch = None
