"""Importing legacy registers (``.jsonl``, ``.csv``, ``.xlsx``) into the register.

Rows carry the keys of ``sipdumas list --json`` (``sender`` as an object in JSONL, or flattened as
``sender_name``/``sender.name`` columns in CSV and spreadsheets; the usual Indonesian column headings of
a buku agenda are understood too). The rules:

- all-or-nothing per part: the valid rows are committed in parts of :data:`COMMIT_ROWS` rows
  (:data:`SQLITE_COMMIT_ROWS` on SQLite), each in one transaction, so an import never holds the
  database's write lock for its whole run. A file of up
  to that many rows is all-or-nothing; a larger one stopped part way (cancelled, the server lost, the
  lock held by another program too long) keeps the parts committed before, and says so
  (:class:`ImportStopped`: "... N surat sebelumnya sudah tersimpan"). Importing the file again completes
  it: the rows already stored are skipped (next rule), the others go in. Simultaneous imports take turns
  part by part (:func:`lock_imports`), so the same file imported at once from several workstations is
  stored once and skipped by the others;
- rows that cannot be stored are rejected with their line number and reason, the others go in;
- re-importing the same file adds nothing: each row's content hash (``import_key``) and agenda number
  are remembered, and a row already stored is skipped;
- a row without an agenda number gets the next ones of its year, a row whose number follows this
  office's pattern moves the year's counter past it, so numbers are never handed out twice;
- a file that cannot be read as a whole (not a workbook, a binary file named ``.csv``, a damaged sheet, a
  field beyond the CSV field limit) raises :class:`~sipdumas.services.imports.readers.ImportFailed`
  naming the file and the reason, and a value that no database can store (NUL, a lone UTF-16 surrogate)
  rejects its row, so hostile bytes never reach the driver as an unexplained error;
- the caller may watch the progress (``on_progress``) and stop the import (``cancel``, a
  ``threading.Event``); a stopped import raises :class:`ImportCancelled`, having stored nothing of the
  part under way.

Rows are read by :mod:`sipdumas.services.imports.readers` (streamed, so memory does not grow with the
file) and checked by :mod:`sipdumas.services.imports.checking`; this module stores them.
"""

from __future__ import annotations

import sys
import threading
from collections import defaultdict
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sipdumas.db import audit, bulk, search
from sipdumas.db import settings as office_settings
from sipdumas.db.engine import ConnectionLost, Database, DatabaseBusy
from sipdumas.detection import index as duplicate_index
from sipdumas.detection import people
from sipdumas.domain import agenda
from sipdumas.domain.errors import ServiceError
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.archive import ArchiveFile
from sipdumas.models.letters import Complainant, IncomingLetter
from sipdumas.services.imports.checking import RejectedRow, check_rows, is_large
from sipdumas.services.imports.prepared import COMPLAINANT_COLUMNS, LETTER_COLUMNS, PreparedRow
from sipdumas.services.imports.readers import read_rows

#: Rows stored per statement batch (and checked per piece in worker processes).
BATCH = 2000
#: Rows committed per transaction on PostgreSQL: a part holds the agenda counter rows of its years (and
#: the import lock) for a few seconds, never for the whole file.
COMMIT_ROWS = 10_000
#: Rows committed per transaction on SQLite, where a part holds the write lock: up to about half a minute
#: at a million letters (another writer waits, and is told so after a few seconds). Larger than on
#: PostgreSQL because every part rewrites the pages of the indexes whose keys are hashes spread over the
#: whole index (16 band keys and the identity keys of each letter, the content hashes): at a million
#: letters parts of 10,000 rows spent 89 s of the import's 481 s committing, parts of 50,000 with the
#: larger cache 55 s of 325 s, parts of 100,000 39 s of 296 s.
SQLITE_COMMIT_ROWS = 100_000
#: SQLite's page cache for a part (KiB): the pages of those indexes a part touches, read once per part
#: (see :func:`sipdumas.db.bulk.large_cache`).
PART_CACHE_KIB = 1_048_576
MAX_ERRORS_LISTED = 1000
#: Progress is reported, and a cancel request looked at, after every this many rows.
PROGRESS_EVERY = 200


class ImportStopped(ServiceError):
    """An import that stopped before the end of its file: ``stored`` rows, from the parts committed
    before, are in the register (0: nothing of the file); the message says so. Importing the file again
    completes it: rows already stored are skipped."""

    def __init__(self, message: str, *, stored: int = 0):
        super().__init__(message)
        self.stored = stored


class ImportCancelled(ImportStopped):
    """The import (or a dry run over the file) was stopped on request (``stored``: see
    :class:`ImportStopped`; a dry run stores nothing)."""


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """How far an import has got: ``rows`` read from the file so far (rejected ones included) and the
    counts so far. In a dry run (:func:`sipdumas.services.imports.mapping.validate`) the counts are of
    rows that *would* be imported, rejected and skipped."""

    file: str
    rows: int
    imported: int
    rejected: int
    skipped: int


@dataclass(slots=True)
class ImportResult:
    file: str
    imported: int = 0
    rejected: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    #: The first :data:`MAX_ERRORS_LISTED` rejected rows as (line, reason), for a report of them.
    rejected_rows: list[tuple[int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "imported": self.imported,
            "rejected": self.rejected,
            "skipped": self.skipped,
            "errors": self.errors,
        }

    def reject(self, line: int, reason: str) -> None:
        self.rejected += 1
        if len(self.errors) < MAX_ERRORS_LISTED:
            self.errors.append(f"{self.file}: baris {line}: {reason}")
            self.rejected_rows.append((line, reason))

    def progress(self, rows: int) -> ImportProgress:
        return ImportProgress(self.file, rows, self.imported, self.rejected, self.skipped)

    def snapshot(self) -> _Counts:
        return _Counts(self.imported, self.rejected, self.skipped, len(self.errors), len(self.rejected_rows))

    def restore(self, counts: _Counts) -> None:
        """Forget what a rolled-back part counted."""
        self.imported, self.rejected, self.skipped = counts.imported, counts.rejected, counts.skipped
        del self.errors[counts.errors :]
        del self.rejected_rows[counts.rejected_rows :]


class _Counts(NamedTuple):
    imported: int
    rejected: int
    skipped: int
    errors: int
    rejected_rows: int


def import_register(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    today: date | None = None,
    mapping: dict[str, str | None] | None = None,
    on_progress: Callable[[ImportProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> ImportResult:
    """Import one legacy register file; see the module docstring for the rules. ``mapping``: the
    column heading -> key choices of the mapping step (see :mod:`sipdumas.services.imports.mapping`).

    ``on_progress`` is called (in the caller's thread) every :data:`PROGRESS_EVERY` rows and once at the
    end; ``cancel`` is looked at as often, and before each commit: once it is set the part under way is
    rolled back and :class:`ImportCancelled` raised (``stored``: the rows of earlier parts, kept).
    A lost server or a lock held too long raises :class:`ImportStopped` saying what was stored."""
    actor.require(Permission.IMPORT_REGISTER)
    path = Path(path)
    result = ImportResult(file=path.name)
    today = today or date.today()
    with db.session() as session:
        conf = office_settings.load(session)
    pattern = agenda.pattern_regex(conf.agenda_pattern)
    seen_keys: set[str] = set()
    rows_read = 0
    stored = _Stored()
    parts = _Parts(
        db,
        actor,
        path,
        pattern,
        conf,
        result,
        stored,
        cancel,
        SQLITE_COMMIT_ROWS if db.is_sqlite else COMMIT_ROWS,
    )
    try:
        stop_if_cancelled(cancel, path)
        parallel = is_large(path)
        rows = read_rows(path, mapping, defer_json=parallel)
        checked = check_rows(
            rows,
            today,
            conf.office_names,
            parallel=parallel,
            chunk=BATCH,
            agenda_pattern=conf.agenda_pattern,
            prepare=True,
            search_words=not db.is_sqlite,
        )
        with parts:
            for row in checked:
                rows_read += 1
                if rows_read % PROGRESS_EVERY == 0:
                    stop_if_cancelled(cancel, path, stored)
                    if on_progress is not None:
                        on_progress(result.progress(rows_read))
                if isinstance(row, RejectedRow):
                    result.reject(row.line, row.reason)
                    continue
                if row.key in seen_keys:
                    result.skipped += 1
                    continue
                seen_keys.add(row.key)
                parts.add(row)
            parts.commit(last=True)
    except (ConnectionLost, DatabaseBusy) as exc:
        raise ImportStopped(str(exc.about(stored.what(path))), stored=stored.rows) from exc
    if result.imported >= REFRESH_STATISTICS_AFTER:
        db.refresh_statistics()
    if on_progress is not None:
        on_progress(result.progress(rows_read))
    return result


@dataclass(slots=True)
class _Stored:
    """What earlier parts of an import committed: rows, and the line the next part starts after."""

    rows: int = 0
    through_line: int = 0

    def what(self, path: Path) -> str:
        if not self.rows:
            return f"impor {path.name}"
        return (
            f"{path.name} setelah baris {self.through_line:,} ({self.rows:,} surat sebelumnya sudah "
            "tersimpan; impor berkas ini lagi untuk melanjutkan, yang sudah tersimpan dilewati)"
        ).replace(",", ".")


class _Parts:
    """The import's rows, committed part by part: each part of ``part_rows`` rows in one transaction.

    A part is written as its rows arrive, :data:`BATCH` rows at a time, in a transaction opened by its
    first batch: the worker processes check the next rows while this process stores the last ones,
    instead of each waiting for the other once per part. On PostgreSQL the part's rows are kept until
    it is committed: one that collides with another writer (a number or row taken by a simultaneous
    registration) is rolled back and stored again by :func:`_commit_part`, which then sees the other's
    rows and skips or rejects them. SQLite's part holds the write lock from its first batch, so no
    other writer can come between; its rows are let go once written (a part of 100,000 letters with
    their texts is some 300 MB), and a collision, were there one, stops the import saying so (importing
    the file again completes it). Used as a context manager: a part still open when the block ends by
    an error (a cancel, a lost server) is rolled back, its counts forgotten."""

    def __init__(
        self, db: Database, actor: Actor, path: Path, pattern, conf, result, stored, cancel, part_rows
    ):
        self.db, self.actor, self.path, self.pattern, self.conf = db, actor, path, pattern, conf
        self.result, self.stored, self.cancel, self.part_rows = result, stored, cancel, part_rows
        self.kept: list[PreparedRow] | None = None if db.is_sqlite else []
        self._new_part()
        self.open: ExitStack | None = None
        self.session: Session | None = None

    def _new_part(self) -> None:
        self.pending: list[PreparedRow] = []
        self.count = 0
        self.lines: list[int] = []  # the part's first and last line
        self.collided = False
        self.before = self.result.snapshot()
        if self.kept is not None:
            self.kept = []

    def __enter__(self) -> _Parts:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.open is not None:  # ended by an error: the part under way is rolled back
            self.result.restore(self.before)
            self._close(*(exc_info if exc_info[0] is not None else _UNFINISHED))

    def add(self, row: PreparedRow) -> None:
        self.pending.append(row)
        if self.kept is not None:
            self.kept.append(row)
        if self.count:
            self.lines[1] = row.line
        else:
            self.lines = [row.line, row.line]
        self.count += 1
        if len(self.pending) >= BATCH:
            self._write()
        if self.count >= self.part_rows:
            self.commit(last=False)

    def _write(self) -> None:
        """Store the rows not yet written in the open transaction (opened on the part's first batch)."""
        rows, self.pending = self.pending, []
        if self.collided or not rows:
            return
        if self.open is None:
            self.open = ExitStack()
            try:
                self.session = self.open.enter_context(self.db.transaction())
                self.open.enter_context(bulk.large_cache(self.session, PART_CACHE_KIB))
                lock_imports(self.session)
            except BaseException:
                self._close(*sys.exc_info())
                raise
        try:
            _store(self.session, self.actor, rows, self.pattern, self.conf, self.result)
        except IntegrityError:
            self._collided()

    def _collided(self) -> None:
        """The part ran into another writer's row: rolled back, stored again whole at its end from the
        rows kept (PostgreSQL), or the import stopped (SQLite)."""
        self._close(*_UNFINISHED)
        self.result.restore(self.before)
        self.collided = True
        if self.kept is None:
            raise _collision(self.path, self.lines, self.stored)

    def commit(self, *, last: bool) -> None:
        """Commit the part under way with its audit entry (the last part always writes one, so an import
        of nothing but rejected rows is on record too)."""
        if not self.count and not last:
            return
        self._write()
        if self.open is not None:
            stop_if_cancelled(self.cancel, self.path, self.stored)  # raised: rolled back by __exit__
            _audit_part(self.session, self.actor, self.path, self.lines, self.result, self.before, last)
            opened, self.open, self.session = self.open, None, None
            try:
                opened.close()  # commits
            except IntegrityError:
                self.open = None
                self._collided()
            except BaseException:
                self.result.restore(self.before)
                raise
        if self.collided or (not self.count and last):
            _commit_part(
                self.db,
                self.actor,
                self.path,
                self.kept or [],
                self.pattern,
                self.conf,
                self.result,
                self.stored,
                self.cancel,
                last=last,
            )
        else:
            self.stored.rows += self.result.imported - self.before.imported
            self.stored.through_line = self.lines[-1]
        self._new_part()

    def _close(self, *exc_info) -> None:
        """Roll the open transaction back, ended by ``exc_info`` (raises the error a user reads, such as
        :class:`ConnectionLost`, when the database's error was translated)."""
        opened, self.open, self.session = self.open, None, None
        if opened is not None:
            opened.__exit__(*exc_info)


def _collision(path: Path, lines: list[int], stored: _Stored) -> ImportStopped:
    return ImportStopped(
        f"{path.name}: baris {lines[0]}–{lines[-1]} bertabrakan dengan perubahan lain yang tersimpan "
        f"bersamaan; tidak ada yang tersimpan dari bagian ini. Impor berkas ini lagi (yang sudah "
        f"tersimpan dilewati)",
        stored=stored.rows,
    )


#: The exception a transaction is closed with to roll it back (see :meth:`_Parts._close`).
class _RolledBack(Exception):
    pass


_UNFINISHED = (_RolledBack, _RolledBack(), None)


def _audit_part(session, actor, path, lines: list[int], result, before, last) -> None:
    audit.record(
        session,
        actor,
        "import",
        "register",
        None,
        file=path.name,
        lines=lines or None,
        imported=result.imported - before.imported,
        rejected=result.rejected - before.rejected,
        skipped=result.skipped - before.skipped,
        complete=last,
    )


def _commit_part(
    db: Database,
    actor: Actor,
    path: Path,
    rows: list[PreparedRow],
    pattern,
    conf,
    result: ImportResult,
    stored: _Stored,
    cancel: threading.Event | None,
    *,
    last: bool,
) -> None:
    """Store ``rows`` in one transaction with its audit entry (the last part always writes one, so an
    import of nothing but rejected rows is on record too). A part that collides with another writer
    (a number or row taken by a simultaneous import or registration) is tried again: it then sees the
    other's rows and skips or rejects them."""
    if not rows and not last:
        return
    before = result.snapshot()
    for attempt in range(_ATTEMPTS):
        try:
            with db.transaction() as session, bulk.large_cache(session, PART_CACHE_KIB):
                lock_imports(session)
                for start in range(0, len(rows), BATCH):
                    _store(session, actor, rows[start : start + BATCH], pattern, conf, result)
                stop_if_cancelled(cancel, path, stored)
                _audit_part(
                    session, actor, path, [rows[0].line, rows[-1].line] if rows else [], result, before, last
                )
            break
        except IntegrityError:
            result.restore(before)
            if attempt == _ATTEMPTS - 1:
                raise _collision(path, [rows[0].line, rows[-1].line], stored) from None
        except BaseException:
            result.restore(before)
            raise
    stored.rows += result.imported - before.imported
    if rows:
        stored.through_line = rows[-1].line


#: Tries of a part that collided with a simultaneous writer.
_ATTEMPTS = 3
#: The key of PostgreSQL's transaction lock that makes imports take turns part by part.
_IMPORT_LOCK = 0x5349_5044_494D


def lock_imports(session: Session) -> None:
    """Make simultaneous imports take turns, one part at a time, so that a part sees the rows the other
    import committed before it (and skips them) instead of colliding with them on a unique key. SQLite's
    write transactions already take turns; PostgreSQL takes a transaction lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _IMPORT_LOCK})


#: An import this large changes the register's shape enough that the planner's statistics are stale until
#: autovacuum gets to them (on PostgreSQL a search right after a 200,000-row import took 1.9 s, 0.3 s once
#: analysed), so the import refreshes them itself.
REFRESH_STATISTICS_AFTER = 10_000


def stop_if_cancelled(cancel: threading.Event | None, path: Path, stored: _Stored | None = None) -> None:
    """Raise :class:`ImportCancelled` when ``cancel`` is set (the caller's transaction then rolls back);
    ``stored``: what earlier parts of the import committed, which the message then owns up to."""
    if cancel is not None and cancel.is_set():
        if stored is None or not stored.rows:
            raise ImportCancelled(f"{path.name}: dibatalkan; tidak ada baris yang disimpan")
        raise ImportCancelled(
            f"{path.name}: dibatalkan; tidak ada yang tersimpan dari {stored.what(path)}", stored=stored.rows
        )


# ---------------------------------------------------------------- storing


def _store(
    session: Session, actor: Actor, rows: list[PreparedRow], pattern, conf, result: ImportResult
) -> None:
    if not rows:
        return
    known_keys = {
        key
        for (key,) in bulk.fetch_in(
            session,
            "SELECT import_key FROM incoming_letters WHERE import_key IN_VALUES",
            [r.key for r in rows],
        )
    }
    wanted_numbers = [r.agenda_no for r in rows if r.agenda_no]
    taken_numbers = {
        number
        for (number,) in bulk.fetch_in(
            session, "SELECT agenda_no FROM incoming_letters WHERE agenda_no IN_VALUES", wanted_numbers
        )
    }
    wanted_codes = [r.archive_code for r in rows if r.archive_code]
    taken_codes = {
        code
        for (code,) in bulk.fetch_in(
            session, "SELECT archive_code FROM archive_files WHERE archive_code IN_VALUES", wanted_codes
        )
    }

    fresh: list[PreparedRow] = []
    batch_numbers: set[str] = set()
    batch_codes: set[str] = set()
    for row in rows:
        if row.key in known_keys:
            result.skipped += 1
        elif row.agenda_no and (row.agenda_no in taken_numbers or row.agenda_no in batch_numbers):
            result.reject(row.line, f"nomor agenda {row.agenda_no} sudah dipakai surat lain")
        elif row.archive_code and (row.archive_code in taken_codes or row.archive_code in batch_codes):
            result.reject(row.line, f"kode berkas {row.archive_code} sudah dipakai")
        else:
            fresh.append(row)
            if row.agenda_no:
                batch_numbers.add(row.agenda_no)
            if row.archive_code:
                batch_codes.add(row.archive_code)
    if not fresh:
        return

    numbering = _assign_numbers(session, fresh, pattern, conf)
    complainant_ids = _insert_returning(
        session, Complainant, COMPLAINANT_COLUMNS, [r.complainant for r in fresh]
    )
    person_ids = people.assign(
        session,
        [(r.identity, people.Sender(*r.complainant[:4], r.complainant[7])) for r in fresh],
        [r.strong_keys for r in fresh],
    )
    archive_ids = _insert_returning(
        session,
        ArchiveFile,
        ("archive_code", "title", "confidential"),
        [(numbering[i][3], r.title, False) for i, r in enumerate(fresh)],
    )
    created_by = actor.username
    letter_ids = _insert_returning(
        session,
        IncomingLetter,
        _LETTER_INSERT,
        [
            (
                *numbering[i][:3],
                *r.letter,
                complainant_ids[i],
                person_ids[i],
                archive_ids[i],
                created_by,
                1,
                "[]",
                "[]",
            )
            for i, r in enumerate(fresh)
        ],
    )
    fingerprinted = [i for i, r in enumerate(fresh) if r.signature is not None]
    duplicate_index.store_signatures(
        session,
        [letter_ids[i] for i in fingerprinted],
        [fresh[i].signature for i in fingerprinted],
        np.frombuffer(b"".join(fresh[i].band_keys for i in fingerprinted), dtype="<i8"),
    )
    duplicate_index.store_identity_keys(session, zip(letter_ids, (r.index_keys for r in fresh), strict=True))
    if fresh[0].words is not None:  # PostgreSQL: the words were cut by the workers
        search.insert_sorted_words(
            session, [(letter_ids[i], r.words_with(numbering[i][0])) for i, r in enumerate(fresh)]
        )
    else:
        search.index_letters(
            session,
            [(letter_ids[i], r.search_document(numbering[i][0])) for i, r in enumerate(fresh)],
            fresh=True,
        )
    result.imported += len(fresh)


#: The columns an import writes of a letter, in the order :func:`_store` gives them (the others are
#: empty: no duplicate flag, related letters or reported party yet).
_LETTER_INSERT = (
    "agenda_no",
    "agenda_year",
    "agenda_serial",
    *LETTER_COLUMNS,
    "complainant_id",
    "person_id",
    "archive_file_id",
    "created_by",
    "version",
    "duplicate_reasons",
    "related_ids",
)


def _assign_numbers(
    session: Session, rows: list[PreparedRow], pattern, conf
) -> list[tuple[str, int | None, int | None, str]]:
    """(agenda_no, year, serial, archive_code) per row: given numbers kept, the others allocated as one
    block per year from the counter."""
    parsed: list[tuple[int, int] | None] = []
    for row in rows:
        m = pattern.match(row.agenda_no) if row.agenda_no else None
        parsed.append((int(m.group("year")), int(m.group("serial"))) if m else None)
    highest: dict[int, int] = defaultdict(int)
    for p in parsed:
        if p:
            highest[p[0]] = max(highest[p[0]], p[1])
    for year, serial in highest.items():
        agenda.reserve_up_to(session, year, serial)
    needed: dict[int, int] = defaultdict(int)
    for row in rows:
        if not row.agenda_no:
            needed[row.year] += 1
    next_free: dict[int, int] = {}
    for year, count in needed.items():
        last = agenda.reserve_block(session, year, count)
        next_free[year] = last - count + 1
    out = []
    for row, p in zip(rows, parsed, strict=True):
        if row.agenda_no:
            year, serial = p if p else (None, None)
            number = row.agenda_no
        else:
            year = row.year
            serial = next_free[year]
            next_free[year] += 1
            number = conf.agenda_pattern.format(year=year, serial=serial)
        code = row.archive_code or (
            conf.archive_code_pattern.format(year=year, serial=serial)
            if serial
            else f"BRK-IMPOR-{row.key[:12]}"
        )
        out.append((number, year, serial, code))
    return out


def _insert_returning(session: Session, model, columns: tuple[str, ...], rows: list[tuple]) -> list[int]:
    """Insert ``rows`` (tuples in ``columns`` order) through the driver (see :mod:`sipdumas.db.bulk`) and
    return their ids in order."""
    if not rows:
        return []
    table = model.__table__
    ids = bulk.reserve_ids(session, table, len(rows))
    bulk.insert_rows(
        session, table.name, ("id", *columns), [(i, *row) for i, row in zip(ids, rows, strict=True)]
    )
    return ids
