"""Importing legacy registers (``.jsonl``, ``.csv``, ``.xlsx``) into the register.

Rows carry the keys of ``sipdumas list --json`` (``sender`` as an object in JSONL, or flattened as
``sender_name``/``sender.name`` columns in CSV and spreadsheets; the usual Indonesian column headings of
a buku agenda are understood too). The rules:

- all-or-nothing per file: the valid rows of a file are stored in one transaction, so a failure part way
  leaves nothing of that file behind;
- rows that cannot be stored are rejected with their line number and reason, the others go in;
- re-importing the same file adds nothing: each row's content hash (``import_key``) and agenda number
  are remembered, and a row already stored is skipped;
- a row without an agenda number gets the next ones of its year, a row whose number follows this
  office's pattern moves the year's counter past it, so numbers are never handed out twice;
- a file that cannot be read as a whole (not a workbook, a binary file named ``.csv``, a damaged sheet, a
  field beyond the CSV field limit) raises :class:`ImportFailed` naming the file and the reason, and a
  value that no database can store (NUL, a lone UTF-16 surrogate) rejects its row, so hostile bytes never
  reach the driver as an unexplained error;
- the caller may watch the progress (``on_progress``) and stop the import (``cancel``, a
  ``threading.Event``); a stopped import raises :class:`ImportCancelled` and stores nothing.

Files are streamed (CSV, JSONL and, through openpyxl's read-only mode, XLSX), so memory does not grow
with the file; a JSONL line longer than :data:`MAX_LINE_CHARS` is rejected instead of being read whole.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import multiprocessing
import os
import re
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from sipdumas.db import audit, bulk, search
from sipdumas.db import settings as office_settings
from sipdumas.db.engine import Database
from sipdumas.detection import index as duplicate_index
from sipdumas.detection import people
from sipdumas.detection.identity import Identity
from sipdumas.detection.index import Fingerprint
from sipdumas.domain import agenda
from sipdumas.domain.errors import ServiceError, ValidationFailed
from sipdumas.domain.office import is_carbon_copy
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.statuses import LetterStatus
from sipdumas.models.archive import ArchiveFile
from sipdumas.models.letters import Complainant, IncomingLetter
from sipdumas.services.letters import (
    LetterInput,
    SenderData,
    complainant_columns,
    identity_complete,
    normalized,
)

BATCH = 2000
#: Files at least this large are validated in worker processes while earlier rows are being stored.
PARALLEL_FROM_BYTES = 4 * 1024 * 1024
MAX_ERRORS_LISTED = 1000
#: Progress is reported, and a cancel request looked at, after every this many rows.
PROGRESS_EVERY = 200
#: A JSONL line longer than this (characters) is rejected without being read into memory whole.
MAX_LINE_CHARS = 8 * 1024 * 1024
#: Characters no database column can hold: NUL (PostgreSQL refuses it) and lone UTF-16 surrogates
#: (not encodable as UTF-8; JSON can carry them as ``"\ud800"``).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

# Column headings seen in offices' spreadsheets -> the contract's keys.
HEADER_ALIASES: dict[str, str] = {
    "nomor agenda": "agenda_no",
    "no agenda": "agenda_no",
    "tanggal diterima": "received_at",
    "tgl diterima": "received_at",
    "pengirim": "sender.name",
    "nama pengirim": "sender.name",
    "nik": "sender.nik",
    "telepon": "sender.phone",
    "no hp": "sender.phone",
    "email": "sender.email",
    "e-mail": "sender.email",
    "alamat": "sender.address",
    "tanggal surat": "letter_date",
    "nomor surat": "letter_no",
    "hal": "subject",
    "perihal": "subject",
    "hal/ringkasan": "subject",
    "ringkasan": "summary",
    "kategori": "category",
    "saluran": "channel",
    "status": "status",
    "kepada": "addressee",
    "tembusan": "cc",
    "kode berkas": "archive_code",
    "isi": "text",
}
_SENDER_KEYS = ("name", "nik", "phone", "email", "address")


class ImportFailed(ServiceError):
    """The file as a whole cannot be read (not the rows in it)."""


class ImportCancelled(ServiceError):
    """The import (or a dry run over the file) was stopped on request; nothing of the file was stored."""


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


class _Rejected(NamedTuple):
    line: int
    reason: str


@dataclass(slots=True)
class _Row:
    line: int
    data: LetterInput
    agenda_no: str | None
    archive_code: str | None
    status: str
    carbon_copy: bool
    key: str
    fingerprint: Fingerprint
    identity: Identity


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
    end; ``cancel`` is looked at as often, and before the commit: once it is set the transaction is
    rolled back and :class:`ImportCancelled` raised."""
    actor.require(Permission.IMPORT_REGISTER)
    path = Path(path)
    result = ImportResult(file=path.name)
    today = today or date.today()
    with db.transaction() as session:
        conf = office_settings.load(session)
        pattern = agenda.pattern_regex(conf.agenda_pattern)
        seen_keys: set[str] = set()
        batch: list[_Row] = []
        parallel = is_large(path)
        rows_read = 0
        stop_if_cancelled(cancel, path)
        for row in _prepared(read_rows(path, mapping), today, conf.office_names, parallel=parallel):
            rows_read += 1
            if rows_read % PROGRESS_EVERY == 0:
                stop_if_cancelled(cancel, path)
                if on_progress is not None:
                    on_progress(result.progress(rows_read))
            if isinstance(row, _Rejected):
                result.reject(row.line, row.reason)
                continue
            if row.key in seen_keys:
                result.skipped += 1
                continue
            seen_keys.add(row.key)
            batch.append(row)
            if len(batch) >= BATCH:
                _store(session, actor, batch, pattern, conf, result)
                batch = []
        _store(session, actor, batch, pattern, conf, result)
        stop_if_cancelled(cancel, path)
        audit.record(
            session,
            actor,
            "import",
            "register",
            None,
            file=path.name,
            imported=result.imported,
            rejected=result.rejected,
            skipped=result.skipped,
        )
    if result.imported >= REFRESH_STATISTICS_AFTER:
        db.refresh_statistics()
    if on_progress is not None:
        on_progress(result.progress(rows_read))
    return result


#: An import this large changes the register's shape enough that the planner's statistics are stale until
#: autovacuum gets to them (on PostgreSQL a search right after a 200,000-row import took 1.9 s, 0.3 s once
#: analysed), so the import refreshes them itself.
REFRESH_STATISTICS_AFTER = 10_000


def stop_if_cancelled(cancel: threading.Event | None, path: Path) -> None:
    """Raise :class:`ImportCancelled` when ``cancel`` is set (the caller's transaction then rolls back)."""
    if cancel is not None and cancel.is_set():
        raise ImportCancelled(f"{path.name}: dibatalkan; tidak ada baris yang disimpan")


def is_large(path: Path) -> bool:
    """Whether ``path`` is big enough to be checked in worker processes (see :func:`_prepared`)."""
    try:
        return path.stat().st_size >= PARALLEL_FROM_BYTES
    except OSError:
        return False


# ---------------------------------------------------------------- reading


def read_rows(path: Path, mapping: dict[str, str | None] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) pairs of a register file; raises :class:`ImportFailed` for an unreadable file.

    ``mapping`` maps a column heading (a top-level key in JSONL) as written in the file to a key of
    ``list --json`` (``sender.name`` ...); a heading mapped to None or "" is ignored, one not in the
    mapping is recognised as without it."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise ImportFailed(f"{path}: berkas tidak ditemukan")
    if suffix == ".jsonl":
        return _jsonl_rows(path, mapping)
    if suffix == ".csv":
        return _csv_rows(path, mapping)
    if suffix == ".xlsx":
        return _xlsx_rows(path, mapping)
    raise ImportFailed(f"{path.name}: format tidak didukung (gunakan .jsonl, .csv atau .xlsx)")


def jsonl_lines(fh) -> Iterator[str | None]:
    """The lines of an open JSONL file; ``None`` stands for a line longer than :data:`MAX_LINE_CHARS`,
    which is skipped without being held in memory (a broken or hostile file can be one huge line)."""
    while text := fh.readline(MAX_LINE_CHARS + 1):
        if len(text) > MAX_LINE_CHARS and not text.endswith("\n"):
            while (rest := fh.readline(MAX_LINE_CHARS)) and not rest.endswith("\n"):
                pass
            yield None
        else:
            yield text


def _jsonl_rows(path: Path, mapping: dict[str, str | None] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for number, text in enumerate(jsonl_lines(fh), start=1):
            if text is None:
                yield number, {"__error__": f"baris lebih panjang dari {MAX_LINE_CHARS} karakter"}
                continue
            if not text.strip():
                continue
            try:
                value = json.loads(text)
            except ValueError as exc:
                yield number, {"__error__": f"JSON tidak valid ({exc.msg})"}
                continue
            if not isinstance(value, dict):
                yield number, {"__error__": "baris bukan objek JSON"}
            elif mapping:
                yield number, _unflatten([_mapped_key(k, mapping) for k in value], list(value.values()))
            else:
                yield number, value


def _csv_encoding(path: Path) -> tuple[str, str]:
    """(encoding, errors) to read a CSV register with: UTF-16 when it starts with a byte-order mark
    (Excel's "Unicode text"), else UTF-8 (with or without BOM) when the whole file is valid UTF-8, else
    Windows-1252 (older Excel exports) with undecodable bytes replaced. The file is scanned in pieces,
    never held whole. A NUL byte means it is no text file (a workbook or PDF renamed ``.csv``)."""
    with open(path, "rb") as fh:
        head = fh.read(2)
        if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16", "strict"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        utf8 = True
        while chunk := fh.read(1 << 20):
            if b"\x00" in chunk:
                raise ImportFailed(
                    f"{path.name}: bukan berkas teks CSV (berisi byte NUL; mungkin buku kerja atau PDF "
                    "yang diberi akhiran .csv)"
                )
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    return ("utf-8-sig", "strict") if utf8 else ("cp1252", "replace")


@contextmanager
def open_csv(path: Path) -> Iterator[tuple[list[str] | None, Iterator[tuple[int, list[str]]]]]:
    """The heading row (None for an empty file) and the (line, values) rows after it, streamed.
    Raises :class:`ImportFailed` for a file that is no CSV text or breaks the CSV rules (a field beyond
    ``csv.field_size_limit()``, an unclosed quote at the end), naming the file and the row."""
    encoding, errors = _csv_encoding(path)
    try:
        with open(path, encoding=encoding, errors=errors, newline="") as fh:
            try:
                dialect = csv.Sniffer().sniff(fh.read(4096), delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            fh.seek(0)
            reader = csv.reader(fh, dialect)
            number = 1  # the row being read, for the error message

            def rows() -> Iterator[tuple[int, list[str]]]:
                nonlocal number
                for values in reader:
                    yield number, values
                    number += 1

            try:
                header = next(reader, None)
                number = 2
                yield header, rows()
            except csv.Error as exc:
                raise ImportFailed(f"{path.name}: baris {number}: CSV rusak ({exc})") from exc
    except UnicodeDecodeError as exc:  # a UTF-16 file broken after its byte-order mark
        raise ImportFailed(f"{path.name}: teks tidak dapat dibaca ({exc.reason})") from exc


def _csv_rows(path: Path, mapping: dict[str, str | None] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    with open_csv(path) as (header, rows):
        if not header:
            raise ImportFailed(f"{path.name}: berkas CSV kosong")
        keys = [_mapped_key(h, mapping) for h in header]
        for number, values in rows:
            if any(v.strip() for v in values):
                yield number, _unflatten(keys, values)


def open_workbook(path: Path):
    """The workbook of an ``.xlsx`` register in read-only (streaming) mode, or :class:`ImportFailed`."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise ImportFailed(
            f"{path.name}: bukan berkas xlsx yang dapat dibaca ({type(exc).__name__}: {exc})"
        ) from exc
    if workbook.active is None or not hasattr(workbook.active, "iter_rows"):
        workbook.close()
        raise ImportFailed(f"{path.name}: buku kerja tanpa lembar kerja yang dapat dibaca")
    return workbook


def _xlsx_rows(path: Path, mapping: dict[str, str | None] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    workbook = open_workbook(path)
    number = 1
    try:
        rows = workbook.active.iter_rows(values_only=True)
        header = next(rows, None)
        if not header:
            raise ImportFailed(f"{path.name}: lembar kerja kosong")
        keys = [_mapped_key("" if h is None else str(h), mapping) for h in header]
        for number, values in enumerate(rows, start=2):
            if any(v not in (None, "") for v in values):
                yield number, _unflatten(keys, ["" if v is None else v for v in values])
    except ImportFailed:
        raise
    except Exception as exc:  # a damaged sheet is found while streaming it (bad XML, a broken zip entry)
        raise ImportFailed(
            f"{path.name}: lembar kerja rusak setelah baris {number} ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        workbook.close()


def _mapped_key(heading: str, mapping: dict[str, str | None] | None) -> str:
    if mapping is not None:
        # Spreadsheets keep stray spaces around headings; the mapping step shows them trimmed.
        for candidate in (heading, heading.strip()):
            if candidate in mapping:
                return mapping[candidate] or ""
    return _header_key(heading)


def _header_key(heading: str) -> str:
    text = " ".join(heading.strip().lower().replace("_", " ").split()).rstrip(".")
    if text in HEADER_ALIASES:
        return HEADER_ALIASES[text]
    text = text.replace(" ", "_")
    if text.startswith("sender_") and text[7:] in _SENDER_KEYS:
        return "sender." + text[7:]
    return text


def _unflatten(keys: list[str], values: list[Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in zip(keys, values, strict=False):
        if not key:
            continue
        if key.startswith("sender."):
            row.setdefault("sender", {})[key[7:]] = value
        elif key == "cc" and isinstance(value, str):
            row["cc"] = [c.strip() for c in re.split(r"[;\n]", value) if c.strip()]
        else:
            row[key] = value
    return row


# ---------------------------------------------------------------- checking


def _prepared(
    rows: Iterator[tuple[int, dict[str, Any]]], today: date, office_names, *, parallel: bool
) -> Iterator[_Row | _Rejected]:
    """Rows validated and normalised, in file order. For large files the work (phone parsing, NIK
    checks, hashing) is spread over worker processes, a few chunks ahead of the storing loop."""
    chunks = _chunks(rows, BATCH)
    if not parallel:
        for chunk in chunks:
            yield from _prepare_chunk(chunk, today, office_names)
        return
    workers = max(1, min(4, (os.cpu_count() or 1)))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        waiting: deque = deque()
        for chunk in chunks:
            waiting.append(pool.submit(_prepare_chunk, chunk, today, office_names))
            if len(waiting) > 2 * workers:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


def _chunks(rows: Iterator[tuple[int, dict[str, Any]]], size: int) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    chunk = []
    for item in rows:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepare_chunk(chunk: list[tuple[int, dict[str, Any]]], today: date, office_names) -> list[_Row | _Rejected]:
    return [_prepare(line, raw, today, office_names) for line, raw in chunk]


def _prepare(line: int, raw: dict[str, Any], today: date, office_names) -> _Row | _Rejected:
    if "__error__" in raw:
        return _Rejected(line, raw["__error__"])
    bad = _unstorable(raw)
    if bad is not None:
        return _Rejected(line, f"{bad}: berisi karakter tak sah yang tidak dapat disimpan (NUL atau surrogate)")
    try:
        sender_raw = raw.get("sender") or {}
        if not isinstance(sender_raw, dict):
            raise ValidationFailed({"sender": "harus berupa objek"})
        received = _date(raw.get("received_at"), "received_at")
        if received is None:
            raise ValidationFailed({"received_at": "Tanggal diterima wajib diisi"})
        cc = raw.get("cc") or []
        if isinstance(cc, str):
            cc = [c.strip() for c in cc.split(";") if c.strip()]
        data = LetterInput(
            received_at=received,
            channel=_text(raw.get("channel")) or "surat",
            letter_no=_text(raw.get("letter_no")),
            letter_date=_date(raw.get("letter_date"), "letter_date"),
            place=_text(raw.get("place")),
            subject=_text(raw.get("subject")),
            summary=_text(raw.get("summary")),
            category=_text(raw.get("category")),
            addressee=_text(raw.get("addressee")),
            cc=[str(c) for c in cc],
            sender=SenderData(**{k: _text(sender_raw.get(k)) for k in _SENDER_KEYS}),
            text=_text(raw.get("text")),
        )
        data = normalized(data, today=today)
        status = _text(raw.get("status")) or LetterStatus.RECEIVED.value
        if status not in {s.value for s in LetterStatus}:
            raise ValidationFailed({"status": f"Status '{status}' tidak dikenal"})
    except ValidationFailed as exc:
        return _Rejected(line, str(exc))
    carbon = raw.get("carbon_copy")
    if not isinstance(carbon, bool):
        carbon = is_carbon_copy(data.addressee, data.cc, office_names)
    canonical = json.dumps({k: v for k, v in raw.items() if k != "id"}, sort_keys=True, default=str)
    return _Row(
        line=line,
        data=data,
        agenda_no=_text(raw.get("agenda_no")),
        archive_code=_text(raw.get("archive_code")),
        status=status,
        carbon_copy=carbon,
        key=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        fingerprint=Fingerprint.of(data.text),
        identity=_identity(data),
    )


def _identity(data: LetterInput) -> Identity:
    s = data.sender
    identity = Identity.of(name=s.name, nik=s.nik, phone=s.phone, email=s.email, address=s.address,
                           regency=data.regency)
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


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y")


def _date(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
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


# ---------------------------------------------------------------- storing


def _store(session: Session, actor: Actor, rows: list[_Row], pattern, conf, result: ImportResult) -> None:
    if not rows:
        return
    known_keys = set(
        session.scalars(
            select(IncomingLetter.import_key).where(IncomingLetter.import_key.in_([r.key for r in rows]))
        )
    )
    wanted_numbers = [r.agenda_no for r in rows if r.agenda_no]
    taken_numbers = (
        set(
            session.scalars(
                select(IncomingLetter.agenda_no).where(IncomingLetter.agenda_no.in_(wanted_numbers))
            )
        )
        if wanted_numbers
        else set()
    )
    wanted_codes = [r.archive_code for r in rows if r.archive_code]
    taken_codes = (
        set(
            session.scalars(
                select(ArchiveFile.archive_code).where(ArchiveFile.archive_code.in_(wanted_codes))
            )
        )
        if wanted_codes
        else set()
    )

    fresh: list[_Row] = []
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
    senders = [complainant_columns(r.data) for r in fresh]
    complainant_ids = _insert_returning(session, Complainant, senders)
    person_ids = people.assign(
        session,
        [(r.identity, people.Sender(c["name"], c["nik"], c["phone"], c["email"], c["province"]))
         for r, c in zip(fresh, senders, strict=True)],
    )
    archive_ids = _insert_returning(
        session,
        ArchiveFile,
        [
            {
                "archive_code": numbering[i][3],
                "title": (r.data.subject or "")[:300] or None,
                "classification_code": None,
                "location": None,
                "confidential": False,
            }
            for i, r in enumerate(fresh)
        ],
    )
    letters = []
    for i, row in enumerate(fresh):
        d = row.data
        agenda_no, year, serial, _code = numbering[i]
        letters.append(
            {
                "agenda_no": agenda_no,
                "agenda_year": year,
                "agenda_serial": serial,
                "received_at": d.received_at,
                "channel": d.channel,
                "letter_no": d.letter_no,
                "letter_date": d.letter_date,
                "place": d.place,
                "subject": d.subject,
                "summary": d.summary,
                "category": d.category,
                "addressee": d.addressee,
                "cc": d.cc,
                "status": row.status,
                "carbon_copy": row.carbon_copy,
                "identity_complete": identity_complete(d.sender),
                "duplicate_of_id": None,
                "duplicate_score": None,
                "duplicate_reasons": [],
                "duplicate_review": None,
                "related_ids": [],
                "complainant_id": complainant_ids[i],
                "person_id": person_ids[i],
                "reported_party": None,
                "reported_position": None,
                "reported_agency_id": None,
                "archive_file_id": archive_ids[i],
                "text": d.text,
                "import_key": row.key,
                "created_by": actor.username,
                "updated_by": None,
                "version": 1,
            }
        )
    letter_ids = _insert_returning(session, IncomingLetter, letters)
    duplicate_index.store(session, ((letter_ids[i], r.fingerprint) for i, r in enumerate(fresh)))
    duplicate_index.store_identities(session, ((letter_ids[i], r.identity) for i, r in enumerate(fresh)))
    search.index_letters(
        session,
        [
            (
                letter_ids[i],
                search.build_document(
                    agenda_no=letters[i]["agenda_no"],
                    letter_no=r.data.letter_no,
                    subject=r.data.subject,
                    summary=r.data.summary,
                    sender_name=r.data.sender.name,
                    nik=r.data.sender.nik,
                    phone=r.data.sender.phone,
                    email=r.data.sender.email,
                    address=r.data.sender.address,
                    text_body=r.data.text,
                ),
            )
            for i, r in enumerate(fresh)
        ],
        fresh=True,
    )
    result.imported += len(fresh)


def _assign_numbers(
    session: Session, rows: list[_Row], pattern, conf
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
            needed[row.data.received_at.year] += 1
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
            year = row.data.received_at.year
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


def _insert_returning(session: Session, model, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` through the driver (see :mod:`sipdumas.db.bulk`) and return their ids in order."""
    if not rows:
        return []
    table = model.__table__
    ids = bulk.reserve_ids(session, table, len(rows))
    columns = ["id", *rows[0]]
    bulk.insert_rows(session, table.name, columns, [(i, *row.values()) for i, row in zip(ids, rows, strict=True)])
    return ids
