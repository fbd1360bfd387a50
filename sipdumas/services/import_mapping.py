"""The column-mapping step of importing a legacy register: which column holds what, a preview of the
first rows as they will be read, and the report of the rows that will be rejected, before anything is
stored.

Offices keep their buku agenda in spreadsheets of their own making; the same source (a unit's monthly
file) comes back with the same headings. A confirmed mapping is remembered in the settings table under
the file's *header signature* (its headings lower-cased, spaces collapsed, sorted, hashed), so the next
file from that source is mapped without asking. Reading and checking are those of
:mod:`sipdumas.services.importing`; the import itself stays all-or-nothing and idempotent.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sipdumas import audit
from sipdumas import settings as office_settings
from sipdumas.db import Database
from sipdumas.errors import ValidationFailed
from sipdumas.models import IncomingLetter, Setting
from sipdumas.permissions import Actor, Permission
from sipdumas.services import importing
from sipdumas.services.importing import ImportFailed, ImportResult

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
        return {"file": self.file, "rows": self.rows, "valid": self.valid, "already_imported": self.already_imported,
                "rejected_total": self.rejected_total, "rejected": [{"line": line, "reason": reason} for line, reason in self.rejected]}


def header_signature(headers: list[str]) -> str:
    normal = sorted(" ".join(str(h).lower().split()) for h in headers if str(h).strip())
    return hashlib.sha256("\x1f".join(normal).encode("utf-8")).hexdigest()[:24]


def read_headers(path: Path) -> list[str]:
    """The column headings of a register file (JSONL: the keys of its first rows, in order)."""
    path = Path(path)
    if not path.exists():
        raise ImportFailed(f"{path}: berkas tidak ditemukan")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = path.read_bytes()[:65536]
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        return [h for h in next(csv.reader(io.StringIO(text), dialect), []) if h.strip()]
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for damaged files
            raise ImportFailed(f"{path.name}: bukan berkas xlsx yang dapat dibaca ({exc})") from exc
        try:
            first = next(wb.active.iter_rows(max_row=1, values_only=True), ())
            return [str(h).strip() for h in first if h is not None and str(h).strip()]
        finally:
            wb.close()
    if suffix == ".jsonl":
        keys: dict[str, None] = {}
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            for text in islice(fh, 50):
                try:
                    value = json.loads(text)
                except ValueError:
                    continue
                if isinstance(value, dict):
                    keys.update(dict.fromkeys(value))
        return list(keys)
    raise ImportFailed(f"{path.name}: format tidak didukung (gunakan .jsonl, .csv atau .xlsx)")


def guess(heading: str) -> str:
    """The key a heading maps to without a remembered mapping (the built-in aliases), or ``""``."""
    key = importing._header_key(heading)
    return key if key in TARGETS else IGNORE


def propose_mapping(db: Database, actor: Actor, *, path: Path) -> MappingProposal:
    actor.require(Permission.IMPORT_REGISTER)
    headers = read_headers(path)
    signature = header_signature(headers)
    with db.session() as session:
        row = session.get(Setting, _KEY_PREFIX + signature)
    if row is not None:
        saved = json.loads(row.value)
        mapping = {h: saved.get(h, guess(h)) for h in headers}
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
    db: Database, actor: Actor, *, path: Path, mapping: dict[str, str | None], limit: int = PREVIEW_ROWS,
    today: date | None = None,
) -> list[PreviewRow]:
    """The first ``limit`` rows read with ``mapping``, each with the reason it would be rejected."""
    actor.require(Permission.IMPORT_REGISTER)
    today = today or date.today()
    with db.session() as session:
        office_names = office_settings.load(session).office_names
    out = []
    for line, raw in islice(importing.read_rows(Path(path), mapping), limit):
        checked = importing._prepare(line, raw, today, office_names)
        problem = checked.reason if isinstance(checked, importing._Rejected) else None
        out.append(PreviewRow(line, _flat(raw) if "__error__" not in raw else {}, problem))
    return out


def validate(
    db: Database, actor: Actor, *, path: Path, mapping: dict[str, str | None], today: date | None = None
) -> ValidationReport:
    """Check every row of the file as the import would and say which rows would be rejected and why,
    and how many were imported before (those would be skipped). Stores nothing."""
    actor.require(Permission.IMPORT_REGISTER)
    path = Path(path)
    today = today or date.today()
    report = ValidationReport(file=path.name)
    with db.session() as session:
        office_names = office_settings.load(session).office_names
        keys: list[str] = []
        seen: set[str] = set()

        def flush() -> None:
            if keys:
                stmt = select(IncomingLetter.import_key).where(IncomingLetter.import_key.in_(keys))
                known = set(session.scalars(stmt))
                report.already_imported += len(known)
                report.valid += len(keys) - len(known)
                keys.clear()

        for line, raw in importing.read_rows(path, mapping):
            report.rows += 1
            checked = importing._prepare(line, raw, today, office_names)
            if isinstance(checked, importing._Rejected):
                report.rejected_total += 1
                if len(report.rejected) < importing.MAX_ERRORS_LISTED:
                    report.rejected.append((line, checked.reason))
                continue
            if checked.key in seen:
                report.already_imported += 1  # the same row twice in the file: stored once
                continue
            seen.add(checked.key)
            keys.append(checked.key)
            if len(keys) >= importing.BATCH:
                flush()
        flush()
    return report


def import_with_mapping(
    db: Database, actor: Actor, *, path: Path, mapping: dict[str, str | None], remember: bool = True,
    today: date | None = None,
) -> ImportResult:
    """Import ``path`` read with ``mapping``, remembering the mapping for the next file of this source."""
    check_mapping(mapping)
    if remember:
        save_mapping(db, actor, headers=read_headers(path), mapping=mapping)
    return importing.import_register(db, actor, path=Path(path), today=today, mapping=mapping)
