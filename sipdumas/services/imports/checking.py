"""Checking the rows of a legacy register as the import would store them: dates parsed, phones and NIKs
validated and normalised (as on registration), the status known, characters no database can hold
refused, and each row's content hash (``key``) worked out so that a row already imported is skipped.

Values must have the type their field has: a text (a number is taken as its digits, as spreadsheets
give them), a date as text (``YYYY-MM-DD`` and the usual Indonesian forms) or a spreadsheet date, the
tembusan as a list of texts or one text separated by ``;``, the sender as an object. Anything else (an
object where a text belongs, ``"cc": 5``, a date given as a number, ``true`` as a subject) rejects the
row naming the field and the reason; it is never stored as a Python representation. An agenda number in
this office's pattern must belong to the yearly series of the row's date received: the same year, a
serial from 1 to the largest the pattern holds, written as the pattern writes it
(:func:`sipdumas.domain.agenda.series_problem`).

A row either becomes a :class:`CheckedRow` or a :class:`RejectedRow` with its line number and reason;
checking stores nothing and reads nothing from the database, so the import
(:mod:`sipdumas.services.imports.legacy_register`) and its dry run and preview
(:mod:`sipdumas.services.imports.mapping`) check rows the same way. Large files are checked in worker
processes (:func:`is_large`).
"""

from __future__ import annotations

import hashlib
import json
import math
import multiprocessing
import os
import re
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from sipdumas.detection.identity import Identity
from sipdumas.detection.index import NO_FINGERPRINT, Fingerprint
from sipdumas.domain.agenda import series_problem
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.office import is_carbon_copy
from sipdumas.domain.pickling import pickled_as_arguments
from sipdumas.domain.statuses import LetterStatus
from sipdumas.services.imports.prepared import PreparedRow, prepared
from sipdumas.services.imports.readers import SENDER_KEYS, RawRow, decoded
from sipdumas.services.letters import LetterInput, SenderData, normalized

#: Files at least this large are checked in worker processes while earlier rows are being stored.
PARALLEL_FROM_BYTES = 4 * 1024 * 1024
_STATUSES = frozenset(s.value for s in LetterStatus)
#: Characters no database column can hold: NUL (PostgreSQL refuses it) and lone UTF-16 surrogates
#: (not encodable as UTF-8; JSON can carry them as ``"\ud800"``).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class RejectedRow(NamedTuple):
    """A row that cannot be imported: its line in the file and why, in Indonesian."""

    line: int
    reason: str


@pickled_as_arguments
@dataclass(slots=True)
class CheckedRow:
    """A row ready to store. ``agenda_no``/``archive_code``: as given in the file (None: a new one is
    handed out); ``key``: the hash of the row's content, remembered so that importing it again skips it."""

    line: int
    data: LetterInput
    agenda_no: str | None
    archive_code: str | None
    status: str
    carbon_copy: bool
    key: str
    fingerprint: Fingerprint
    identity: Identity


def is_large(path: Path) -> bool:
    """Whether ``path`` is big enough to be checked in worker processes (see :func:`check_rows`)."""
    try:
        return path.stat().st_size >= PARALLEL_FROM_BYTES
    except OSError:
        return False


def check_rows(
    rows: Iterator[RawRow],
    today: date,
    office_names,
    *,
    parallel: bool,
    chunk: int,
    agenda_pattern: str | None = None,
    prepare: bool = False,
    search_words: bool = False,
) -> Iterator[CheckedRow | PreparedRow | RejectedRow]:
    """:func:`check_row` of each of ``rows`` (as :func:`~sipdumas.services.imports.readers.read_rows`
    yields them), in file order. With ``parallel`` the work (phone parsing, NIK checks, hashing) is spread
    over worker processes in pieces of ``chunk`` rows, a few pieces ahead of the caller's loop.
    ``prepare``: yield each checked row as the import stores it (:class:`PreparedRow`, worked out in
    the workers too) instead of a :class:`CheckedRow`; ``search_words``: with its words for PostgreSQL's
    search index (:attr:`PreparedRow.words`)."""
    chunks = _chunks(rows, chunk)
    if not parallel:
        for piece in chunks:
            yield from _check_chunk(piece, today, office_names, agenda_pattern, prepare, search_words)
        return
    workers = max(1, min(4, (os.cpu_count() or 1)))
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    ) as pool:
        waiting: deque = deque()
        for piece in chunks:
            waiting.append(
                pool.submit(_check_chunk, piece, today, office_names, agenda_pattern, prepare, search_words)
            )
            if len(waiting) > 2 * workers:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


#: How much less CPU a worker process asks for than the import that started it (``nice``). The import
#: stores what the workers check, one row after another: it is the pace of the whole import, and with
#: two workers and itself on two cores it had only about three quarters of one. Lowered, the workers
#: take what that leaves (they are ahead of it anyway); a client importing stays responsive too.
WORKER_NICENESS = 10


def _start_worker(parent_pid: int) -> None:
    """Run in each worker process as it starts (see :data:`WORKER_NICENESS`, :func:`exit_with_parent`)."""
    if hasattr(os, "nice"):  # not on Windows, where the workers keep the usual priority
        os.nice(WORKER_NICENESS)
    exit_with_parent(parent_pid)


#: How often a worker looks whether the import that started it is still alive (seconds).
PARENT_POLL_SECONDS = 1.0


def exit_with_parent(parent_pid: int) -> None:
    """Run in each worker process: end the worker once ``parent_pid`` is gone (seen as the worker being
    handed to another parent, as Linux and macOS do). A killed import (SIGKILL) cannot shut its pool
    down, and its idle workers would otherwise wait for work forever."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _chunks(rows: Iterator[RawRow], size: int) -> Iterator[list[RawRow]]:
    chunk = []
    for item in rows:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _check_chunk(
    chunk: list[RawRow],
    today: date,
    office_names,
    agenda_pattern: str | None = None,
    prepare: bool = False,
    search_words: bool = False,
) -> list[CheckedRow | PreparedRow | RejectedRow]:
    checked = [_checked(line, raw, today, office_names, agenda_pattern) for line, raw in chunk]
    rows = [row for row in checked if isinstance(row, CheckedRow)]
    # the MinHash signatures of the whole piece in one numpy pass (see fingerprint.signatures)
    for row, fp in zip(rows, Fingerprint.of_many([row.data.text for row in rows]), strict=True):
        row.fingerprint = fp
    if prepare:
        return [prepared(row, words=search_words) if isinstance(row, CheckedRow) else row for row in checked]
    return checked


def check_row(
    line: int, raw: dict[str, Any], today: date, office_names, *, agenda_pattern: str | None = None
) -> CheckedRow | RejectedRow:
    """The row read at ``line`` validated and normalised as it would be stored, or the reason it cannot
    be (a read error carried as ``__error__``, a value no database can store, a value of the wrong type,
    a missing or unknown date, phone, NIK or status, an agenda number outside the yearly series of
    ``agenda_pattern``). ``office_names``: this office's names, to tell a carbon copy."""
    row = _checked(line, raw, today, office_names, agenda_pattern)
    if isinstance(row, CheckedRow):
        row.fingerprint = Fingerprint.of(row.data.text)
    return row


def _checked(
    line: int, raw: dict[str, Any], today: date, office_names, agenda_pattern: str | None
) -> CheckedRow | RejectedRow:
    """:func:`check_row` without the fingerprint (left empty: worked out for many rows at once)."""
    raw = decoded(raw)
    if "__error__" in raw:
        return RejectedRow(line, raw["__error__"])
    bad = _unstorable(raw)
    if bad is not None:
        return RejectedRow(
            line, f"{bad}: berisi karakter tak sah yang tidak dapat disimpan (NUL atau surrogate)"
        )
    try:
        sender_raw = raw.get("sender") or {}
        if not isinstance(sender_raw, dict):
            raise ValidationFailed({"sender": f"harus berupa objek, bukan {_kind(sender_raw)}"})
        received = _date(raw.get("received_at"), "received_at")
        if received is None:
            raise ValidationFailed({"received_at": "Tanggal diterima wajib diisi"})
        data = LetterInput(
            received_at=received,
            channel=_text(raw.get("channel"), "channel") or "surat",
            letter_no=_text(raw.get("letter_no"), "letter_no"),
            letter_date=_date(raw.get("letter_date"), "letter_date"),
            place=_text(raw.get("place"), "place"),
            subject=_text(raw.get("subject"), "subject"),
            summary=_text(raw.get("summary"), "summary"),
            category=_text(raw.get("category"), "category"),
            addressee=_text(raw.get("addressee"), "addressee"),
            cc=_cc(raw.get("cc")),
            sender=SenderData(**{k: _text(sender_raw.get(k), f"sender.{k}") for k in SENDER_KEYS}),
            text=_text(raw.get("text"), "text"),
        )
        data = normalized(data, today=today, copy=False)  # built here: nobody else holds it
        status = _text(raw.get("status"), "status") or LetterStatus.RECEIVED.value
        if status not in _STATUSES:
            raise ValidationFailed({"status": f"Status '{status}' tidak dikenal"})
        agenda_no = _text(raw.get("agenda_no"), "agenda_no")
        archive_code = _text(raw.get("archive_code"), "archive_code")
        for name, value, limit in (("agenda_no", agenda_no, 60), ("archive_code", archive_code, 40)):
            if value and len(value) > limit:
                raise ValidationFailed(
                    {name: f"terlalu panjang ({len(value)} karakter, paling banyak {limit})"}
                )
        if agenda_no and agenda_pattern:
            problem = series_problem(agenda_no, agenda_pattern, received.year)
            if problem:
                raise ValidationFailed({"agenda_no": problem})
    except ValidationFailed as exc:
        return RejectedRow(line, str(exc))
    carbon = raw.get("carbon_copy")
    if not isinstance(carbon, bool):
        carbon = is_carbon_copy(data.addressee, data.cc, office_names)
    canonical = json.dumps({k: v for k, v in raw.items() if k != "id"}, sort_keys=True, default=str)
    return CheckedRow(
        line=line,
        data=data,
        agenda_no=agenda_no,
        archive_code=archive_code,
        status=status,
        carbon_copy=carbon,
        key=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        fingerprint=NO_FINGERPRINT,
        identity=_identity(data),
    )


def _identity(data: LetterInput) -> Identity:
    s = data.sender
    identity = Identity.of(
        name=s.name, nik=s.nik, phone=s.phone, email=s.email, address=s.address, regency=data.regency
    )
    identity.keyed  # noqa: B018 - hashed here, in the worker processes of a large import
    return identity


def _unstorable(raw: dict[str, Any], prefix: str = "") -> str | None:
    """The key of the first value holding a character no database can store, or None."""
    for key, value in raw.items():
        if isinstance(value, str):
            if _UNSTORABLE.search(value):
                return prefix + str(key)
        elif isinstance(value, dict):
            found = _unstorable(value, f"{prefix}{key}.")
            if found:
                return found
        elif isinstance(value, list) and any(isinstance(v, str) and _UNSTORABLE.search(v) for v in value):
            return prefix + str(key)
    return None


def _kind(value: Any) -> str:
    """What a wrong value is, in words (for the reason of a rejected row)."""
    if isinstance(value, bool):
        return "nilai benar/salah"
    if isinstance(value, int | float):
        return "angka"
    if isinstance(value, dict):
        return "objek"
    if isinstance(value, list | tuple):
        return "daftar"
    if isinstance(value, str):
        return "teks"
    return type(value).__name__


def _text(value: Any, name: str) -> str | None:
    """A text field's value: a text, or a number as its digits (spreadsheets give numbers); anything
    else rejects the row naming field ``name``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValidationFailed({name: f"harus berupa teks, bukan {_kind(value)}"})
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationFailed({name: "harus berupa teks, bukan angka tak hingga atau NaN"})
        if value.is_integer():
            value = int(value)
    text = str(value).strip()
    return text or None


def _cc(value: Any) -> list[str]:
    """The tembusan: a list of texts, or one text with the names separated by ``;``."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [c.strip() for c in value.split(";") if c.strip()]
    if not isinstance(value, list):
        raise ValidationFailed(
            {"cc": f"harus berupa daftar teks (atau teks dipisah ';'), bukan {_kind(value)}"}
        )
    out = []
    for item in value:
        if not isinstance(item, str):
            raise ValidationFailed({"cc": f"setiap tembusan harus berupa teks, bukan {_kind(item)}"})
        if item.strip():
            out.append(item.strip())
    return out


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y")


def _date(value: Any, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValidationFailed({name: f"harus berupa tanggal YYYY-MM-DD, bukan {_kind(value)}"})
    text = str(value).strip()[:10] if "T" in str(value) else str(value).strip()
    if len(text) == 10 and text[4] == "-":
        try:
            return date.fromisoformat(text)  # the common case, ten times faster than strptime
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationFailed({name: f"tanggal '{value}' tidak dikenali (gunakan YYYY-MM-DD)"})
