"""The column-mapping step of importing a legacy register: which column holds what, a preview of the
first rows as they will be read, and the report of the rows that will be rejected, before anything is
stored.

Offices keep their buku agenda in spreadsheets of their own making; the same source (a unit's monthly
file) comes back with the same headings. A confirmed mapping is remembered in the settings table under
the file's *header signature* (its headings lower-cased, spaces collapsed, sorted, hashed), so the next
file from that source is mapped without asking. Reading and checking are those of the import
(:mod:`~sipdumas.services.imports.readers`, :mod:`~sipdumas.services.imports.checking`); the import
itself (:mod:`~sipdumas.services.imports.legacy_register`) stays all-or-nothing and idempotent.

For the client's import dialog: :func:`column_samples` gives a first value of each column beside its
heading; :func:`preview` gives the first rows both as read and as they would be stored; :func:`validate`
reports progress and can be cancelled like the import; :func:`write_rejections` saves the rejected rows
as a workbook or CSV whose text cannot run as a formula.
"""

from __future__ import annotations

import csv
import hashlib
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sipdumas.db import audit
from sipdumas.db import settings as office_settings
from sipdumas.db.engine import Database
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.admin import Setting
from sipdumas.models.archive import ArchiveFile
from sipdumas.models.letters import IncomingLetter
from sipdumas.output.files import atomic_open
from sipdumas.output.xlsx import PrintSetup, append_row, csv_text, print_setup, workbook_properties
from sipdumas.services.imports import legacy_register as importing
from sipdumas.services.imports.checking import CheckedRow, RejectedRow, check_row, check_rows, is_large
from sipdumas.services.imports.legacy_register import ImportProgress, ImportResult
from sipdumas.services.imports.readers import (
    ImportFailed,
    header_key,
    jsonl_lines,
    open_csv,
    open_workbook,
    read_rows,
)

#: What a column can hold: the keys of ``list --json`` with the labels the mapping dialog shows.
TARGETS: dict[str, str] = {
    "agenda_no": "Nomor agenda",
    "received_at": "Tanggal diterima",
    "channel": "Saluran",
    "letter_no": "Nomor surat",
    "letter_date": "Tanggal surat",
    "place": "Tempat surat",
    "subject": "Hal/perihal",
    "summary": "Ringkasan",
    "category": "Kategori",
    "addressee": "Kepada",
    "cc": "Tembusan",
    "status": "Status",
    "archive_code": "Kode berkas",
    "text": "Isi surat",
    "sender": "Pengirim (objek JSON)",
    "sender.name": "Nama pengirim",
    "sender.nik": "NIK",
    "sender.phone": "Telepon",
    "sender.email": "E-mail",
    "sender.address": "Alamat",
}
IGNORE = ""  # a column mapped to this is not read
REQUIRED = ("received_at",)
_KEY_PREFIX = "import_mapping:"
PREVIEW_ROWS = 20
#: More columns than this is no register (or a hostile file): refused before the mapping step.
MAX_COLUMNS = 200
#: A sample value is cut to this many characters.
SAMPLE_CHARS = 120


@dataclass(frozen=True, slots=True)
class MappingProposal:
    """The file's headings and, for each, the key it maps to (``""``: ignored). ``remembered``: the
    mapping was saved for this source before; otherwise it is the built-in guess."""

    headers: list[str]
    mapping: dict[str, str]
    signature: str
    remembered: bool


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    values: dict[str, Any]  # key -> value as read (sender keys flattened: "sender.name")
    problem: str | None  # why the row would be rejected, or None
    #: key -> value as it would be stored (dates as dates, phones in E.164, ``cc`` a list, the channel
    #: and status as stored values; ``agenda_no`` None when a new number will be given), or None when
    #: the row would be rejected. The keys are those of :data:`TARGETS` except ``sender``.
    stored: dict[str, Any] | None = None
    #: The row was imported before (the import would skip it).
    already_imported: bool = False


@dataclass(slots=True)
class ValidationReport:
    """What importing the file with the mapping would do; nothing is stored to find out."""

    file: str
    rows: int = 0
    valid: int = 0
    already_imported: int = 0
    rejected_total: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # the first MAX_ERRORS_LISTED

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "rows": self.rows,
            "valid": self.valid,
            "already_imported": self.already_imported,
            "rejected_total": self.rejected_total,
            "rejected": [{"line": line, "reason": reason} for line, reason in self.rejected],
        }


def _normal(heading: str) -> str:
    return " ".join(str(heading).lower().split())


def header_signature(headers: list[str]) -> str:
    normal = sorted(_normal(h) for h in headers if str(h).strip())
    return hashlib.sha256("\x1f".join(normal).encode("utf-8")).hexdigest()[:24]


def read_headers(path: Path) -> list[str]:
    """The column headings of a register file (JSONL: the keys of its first rows, in order), read as
    the import reads them. Raises :class:`ImportFailed`, naming the file, for a file that cannot be read,
    is empty, has no headings, or has more than :data:`MAX_COLUMNS` of them."""
    path = Path(path)
    if not path.exists():
        raise ImportFailed(f"{path}: berkas tidak ditemukan")
    if path.is_dir():
        raise ImportFailed(f"{path.name}: sebuah folder, bukan berkas register")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".jsonl"):
        raise ImportFailed(f"{path.name}: format tidak didukung (gunakan .jsonl, .csv atau .xlsx)")
    if path.stat().st_size == 0:
        raise ImportFailed(f"{path.name}: berkas kosong")
    if suffix == ".csv":
        with open_csv(path) as (header, _rows):
            headers = [h for h in header or [] if h.strip()]
    elif suffix == ".xlsx":
        workbook = open_workbook(path)
        try:
            first = next(workbook.active.iter_rows(max_row=1, values_only=True), ())
        except Exception as exc:  # a damaged sheet shows while it is read
            raise ImportFailed(f"{path.name}: lembar kerja rusak ({type(exc).__name__}: {exc})") from exc
        finally:
            workbook.close()
        headers = [str(h).strip() for h in first if h is not None and str(h).strip()]
    else:
        keys: dict[str, None] = {}
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            for text in islice(jsonl_lines(fh), 50):
                try:
                    value = json.loads(text) if text else None
                except ValueError:
                    continue
                if isinstance(value, dict):
                    keys.update(dict.fromkeys(str(k) for k in value))
        headers = list(keys)
        if not headers:
            raise ImportFailed(f"{path.name}: tidak ada baris objek JSON di 50 baris pertama")
    if not headers:
        raise ImportFailed(f"{path.name}: baris pertama tidak berisi judul kolom")
    if len(headers) > MAX_COLUMNS:
        raise ImportFailed(
            f"{path.name}: {len(headers)} kolom; register dengan lebih dari {MAX_COLUMNS} kolom tidak dapat dipetakan"
        )
    return headers


def column_samples(path: Path, *, rows: int = PREVIEW_ROWS) -> dict[str, str]:
    """For each heading, the first value found under it in the first ``rows`` rows (``""`` when none),
    as text cut to :data:`SAMPLE_CHARS`: shown beside the heading so a column is mapped by what it holds."""
    path = Path(path)
    headers = read_headers(path)
    # Each heading read under a key of its own, so the values arrive as written, before any mapping.
    probe = {h: f"#{i}" for i, h in enumerate(headers)}
    found: dict[str, str] = {}
    for _line, raw in islice(read_rows(path, probe), rows):
        for i, heading in enumerate(headers):
            value = raw.get(f"#{i}")
            if heading not in found and value not in (None, "", [], {}):
                found[heading] = _sample_text(value)
        if len(found) == len(headers):
            break
    return {h: found.get(h, "") for h in headers}


def _sample_text(value: Any) -> str:
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    if isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


def guess(heading: str) -> str:
    """The key a heading maps to without a remembered mapping (the built-in aliases), or ``""``.
    Abbreviation dots count as spaces (``No. Agenda`` is ``no agenda``)."""
    for text in (heading, heading.replace(".", " ")):
        key = header_key(text)
        if key in TARGETS:
            return key
    return IGNORE


def propose_mapping(db: Database, actor: Actor, *, path: Path) -> MappingProposal:
    actor.require(Permission.IMPORT_REGISTER)
    headers = read_headers(path)
    signature = header_signature(headers)
    with db.session() as session:
        row = session.get(Setting, _KEY_PREFIX + signature)
    if row is not None:
        # Found by the signature, so the headings match up to case and spacing: look them up the same way.
        saved = {_normal(h): key for h, key in json.loads(row.value).items()}
        mapping = {h: saved.get(_normal(h), guess(h)) for h in headers}
        return MappingProposal(headers, mapping, signature, True)
    return MappingProposal(headers, {h: guess(h) for h in headers}, signature, False)


def check_mapping(mapping: dict[str, str | None]) -> None:
    """Raise :class:`ValidationFailed` for unknown keys, a key given to two columns, or a missing date."""
    problems: dict[str, str] = {}
    seen: dict[str, str] = {}
    for heading, key in mapping.items():
        if not key:
            continue
        if key not in TARGETS:
            problems[heading] = f"'{key}' bukan kolom register yang dikenal"
        elif key in seen:
            problems[heading] = f"'{TARGETS[key]}' sudah dipetakan dari kolom '{seen[key]}'"
        else:
            seen[key] = heading
    for key in REQUIRED:
        if key not in seen:
            problems[key] = f"Kolom '{TARGETS[key]}' wajib dipetakan"
    if problems:
        raise ValidationFailed(problems)


def save_mapping(db: Database, actor: Actor, *, headers: list[str], mapping: dict[str, str | None]) -> str:
    """Remember ``mapping`` for files with these headings; returns the signature it is stored under."""
    actor.require(Permission.IMPORT_REGISTER)
    check_mapping(mapping)
    signature = header_signature(headers)
    value = json.dumps({h: mapping.get(h) or IGNORE for h in headers}, ensure_ascii=False, sort_keys=True)
    with db.transaction() as session:
        row = session.get(Setting, _KEY_PREFIX + signature)
        if row is None:
            session.add(Setting(key=_KEY_PREFIX + signature, value=value))
        else:
            row.value = value
        audit.record(session, actor, "import_mapping", "settings", None, signature=signature, mapping=value)
    return signature


def _flat(raw: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in raw.items() if k != "sender"}
    sender = raw.get("sender")
    if isinstance(sender, dict):
        out.update({f"sender.{k}": v for k, v in sender.items()})
    return out


def preview(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    mapping: dict[str, str | None],
    limit: int = PREVIEW_ROWS,
    today: date | None = None,
) -> list[PreviewRow]:
    """The first ``limit`` rows read with ``mapping``, each with the reason it would be rejected, or
    whether it is already in the register."""
    actor.require(Permission.IMPORT_REGISTER)
    today = today or date.today()
    with db.session() as session:
        conf = office_settings.load(session)
        office_names = conf.office_names
        checked = [
            (raw, check_row(line, raw, today, office_names, agenda_pattern=conf.agenda_pattern))
            for line, raw in islice(read_rows(Path(path), mapping), limit)
        ]
        keys = [row.key for _raw, row in checked if isinstance(row, CheckedRow)]
        known = set(
            session.scalars(select(IncomingLetter.import_key).where(IncomingLetter.import_key.in_(keys)))
        )
    out = []
    for raw, row in checked:
        if isinstance(row, RejectedRow):
            out.append(PreviewRow(row.line, _flat(raw) if "__error__" not in raw else {}, row.reason))
        else:
            out.append(PreviewRow(row.line, _flat(raw), None, _stored(row), row.key in known))
    return out


def _stored(row: CheckedRow) -> dict[str, Any]:
    d = row.data
    return {
        "agenda_no": row.agenda_no,
        "received_at": d.received_at,
        "channel": d.channel,
        "letter_no": d.letter_no,
        "letter_date": d.letter_date,
        "place": d.place,
        "subject": d.subject,
        "summary": d.summary,
        "category": d.category,
        "addressee": d.addressee,
        "cc": list(d.cc),
        "status": row.status,
        "archive_code": row.archive_code,
        "text": d.text,
        "sender.name": d.sender.name,
        "sender.nik": d.sender.nik,
        "sender.phone": d.sender.phone,
        "sender.email": d.sender.email,
        "sender.address": d.sender.address,
    }


def validate(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    mapping: dict[str, str | None],
    today: date | None = None,
    on_progress: Callable[[ImportProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> ValidationReport:
    """Check every row of the file as the import would and say which rows would be rejected and why
    (including an agenda number or archive code already taken, in the register or earlier in the file),
    and how many were imported before (those would be skipped). Stores nothing.

    ``on_progress`` and ``cancel`` work as in
    :func:`~sipdumas.services.imports.legacy_register.import_register` (a cancelled check raises
    :class:`~sipdumas.services.imports.legacy_register.ImportCancelled`). Large files are checked in
    worker processes, as the import does."""
    actor.require(Permission.IMPORT_REGISTER)
    path = Path(path)
    today = today or date.today()
    report = ValidationReport(file=path.name)

    def reject(line: int, reason: str) -> None:
        report.rejected_total += 1
        if len(report.rejected) < importing.MAX_ERRORS_LISTED:
            report.rejected.append((line, reason))

    with db.session() as session:
        conf = office_settings.load(session)
        office_names = conf.office_names
        pending: list[CheckedRow] = []
        seen: set[str] = set()
        numbers: set[str] = set()  # agenda numbers and archive codes the rows before would take
        codes: set[str] = set()

        def taken(column, values: list[str]) -> set[str]:
            return set(session.scalars(select(column).where(column.in_(values)))) if values else set()

        def flush() -> None:
            known = taken(IncomingLetter.import_key, [r.key for r in pending])
            fresh = [r for r in pending if r.key not in known]
            report.already_imported += len(pending) - len(fresh)
            taken_numbers = taken(IncomingLetter.agenda_no, [r.agenda_no for r in fresh if r.agenda_no])
            taken_codes = taken(ArchiveFile.archive_code, [r.archive_code for r in fresh if r.archive_code])
            for r in fresh:  # the same order of checks as the import's storing
                if r.agenda_no and (r.agenda_no in taken_numbers or r.agenda_no in numbers):
                    reject(r.line, f"nomor agenda {r.agenda_no} sudah dipakai surat lain")
                elif r.archive_code and (r.archive_code in taken_codes or r.archive_code in codes):
                    reject(r.line, f"kode berkas {r.archive_code} sudah dipakai")
                else:
                    report.valid += 1
                    numbers.add(r.agenda_no or "")
                    codes.add(r.archive_code or "")
            pending.clear()

        def progress() -> ImportProgress:
            return ImportProgress(
                report.file, report.rows, report.valid, report.rejected_total, report.already_imported
            )

        importing.stop_if_cancelled(cancel, path)
        parallel = is_large(path)
        rows = read_rows(path, mapping, defer_json=parallel)
        checked_rows = check_rows(
            rows,
            today,
            office_names,
            parallel=parallel,
            chunk=importing.BATCH,
            agenda_pattern=conf.agenda_pattern,
        )
        for checked in checked_rows:
            report.rows += 1
            if report.rows % importing.PROGRESS_EVERY == 0:
                importing.stop_if_cancelled(cancel, path)
                if on_progress is not None:
                    on_progress(progress())
            if isinstance(checked, RejectedRow):
                reject(checked.line, checked.reason)
                continue
            if checked.key in seen:
                report.already_imported += 1  # the same row twice in the file: stored once
                continue
            seen.add(checked.key)
            pending.append(checked)
            if len(pending) >= importing.BATCH:
                flush()
        flush()
        importing.stop_if_cancelled(cancel, path)
    report.rejected.sort()
    if on_progress is not None:
        on_progress(progress())
    return report


def import_with_mapping(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    mapping: dict[str, str | None],
    remember: bool = True,
    today: date | None = None,
    on_progress: Callable[[ImportProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> ImportResult:
    """Import ``path`` read with ``mapping``; once the import is done the mapping is remembered for
    the next file of this source (a cancelled or failed import remembers nothing). ``on_progress`` and
    ``cancel``: see :func:`~sipdumas.services.imports.legacy_register.import_register`.

    Should remembering fail after the import was committed, the error is raised all the same: importing
    the file again is safe, as it adds nothing that is already stored."""
    check_mapping(mapping)
    headers = read_headers(path) if remember else []
    result = importing.import_register(
        db, actor, path=Path(path), today=today, mapping=mapping, on_progress=on_progress, cancel=cancel
    )
    if remember:
        save_mapping(db, actor, headers=headers, mapping=mapping)
    return result


def write_rejections(
    out: Path, *, source: str, rejected: Sequence[tuple[int, str]], total: int | None = None
) -> Path:
    """Save the rejected rows of ``source`` (line, reason) as ``.xlsx`` or ``.csv`` (by ``out``'s suffix),
    with the columns Berkas, Baris, Alasan. Text that a spreadsheet would run as a formula (a file or
    a reason starting with ``=``, ``+``, ``-``, ``@``) is written as text. ``total``: how many rows were
    rejected in all, when only the first of them are listed; a last row then says how many are missing."""
    out = Path(out)
    header = ["Berkas", "Baris", "Alasan"]
    rows: list[list[Any]] = [[source, line, reason] for line, reason in rejected]
    if total is not None and total > len(rejected):
        rows.append(
            [
                source,
                None,
                f"… dan {total - len(rejected)} baris ditolak lainnya (hanya {len(rejected)} "
                "yang pertama dicantumkan)",
            ]
        )
    suffix = out.suffix.lower()
    if suffix == ".csv":
        with atomic_open(out, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(header)
            writer.writerows([csv_text(v) for v in row] for row in rows)
        return out
    if suffix != ".xlsx":
        raise ValidationFailed({"out": f"{out.name}: simpan sebagai .xlsx atau .csv"})
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Baris ditolak"
    append_row(sheet, header, style={"font": Font(bold=True)})
    for row in rows:
        append_row(sheet, row)
    sheet.freeze_panes = "A2"
    for column, width in zip("ABC", (28, 8, 90), strict=True):
        sheet.column_dimensions[column].width = width
    print_setup(sheet, PrintSetup(title="Baris impor yang ditolak", note=str(source)[:60]))
    workbook_properties(workbook, title="Baris impor yang ditolak", office="SIPDUMAS")
    with atomic_open(out) as fh:
        workbook.save(fh)
    return out
