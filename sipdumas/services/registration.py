"""Registering letters from files (``sipdumas ingest``, the client's intake view, the watched folder).

Each file becomes one incoming letter: read (OCR or text), its fields extracted, the file stored in the
content-addressed store, and the letter, its document pages and the audit entry written in one
transaction. A file that cannot be read or stored gives an error for that file only; the batch goes on
and nothing of the failed file is left half-registered.

Registering is idempotent: a file whose bytes (SHA-256) are already the scan of a registered letter is
not registered again but skipped (``skipped``, with the id and agenda number of the letter that holds
it), so a batch re-run after a kill or a crash registers only what was missing. Only ``again`` (a
genuinely new arrival of the same scan) registers it a second time. The check is made inside the
registering transaction, under SQLite's write lock or, on PostgreSQL, a transaction lock on the scan's
hash, so two workstations registering the same file at once register it once.

Only regular files are read: a symbolic link, a folder, a pipe or a device is refused with the reason
(:func:`sipdumas.intake.ocr.irregular_reason`), also when it is swapped in after the file was read.
"""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import ConnectionLost, Database, DatabaseBusy
from sipdumas.db.storage import FileStore
from sipdumas.detection.assess import assess
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import ServiceError, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake import Limits, extract_files
from sipdumas.intake.model import Extraction, Progress
from sipdumas.intake.ocr import UnreadableFile, read_regular
from sipdumas.models.letters import Document, DocumentPage, IncomingLetter
from sipdumas.services.admin import workflow_settings
from sipdumas.services.letters import (
    MAX_LENGTHS,
    LetterInput,
    SenderData,
    add_letter,
    agenda_numbers,
    assess_fields,
    normalized,
)

# Fields an OCR misreading can make invalid; they are left empty for the analyst rather than
# refusing the whole letter.
_DROPPABLE = {"letter_date", "nik", "phone", "email"}


@dataclass(frozen=True, slots=True)
class RegisteredAs:
    """The letter whose scan a file already is: its id and agenda number."""

    id: int
    agenda_no: str


@dataclass(slots=True)
class IngestResult:
    """What became of one file. ``skipped``: nothing was registered because the file is already the scan
    of letter ``registered_as`` (``id``/``agenda_no`` then name that letter); ``check`` sets
    ``registered_as`` too, registering nothing either way."""

    extraction: Extraction
    id: int | None = None
    agenda_no: str | None = None
    duplicate_of: int | None = None
    duplicate_score: float | None = None
    duplicate_reasons: list[str] = field(default_factory=list)
    related: list[int] = field(default_factory=list)
    #: The agenda numbers of ``duplicate_of`` and ``related``, for people (who never see letter ids).
    duplicate_of_agenda_no: str | None = None
    related_agenda_nos: list[str] = field(default_factory=list)
    error: str | None = None
    search_ms: float | None = None  # set by check: time spent finding duplicate candidates
    #: The agenda numbers of ``duplicate_of`` and ``related``, the names people use for letters.
    duplicate_of_agenda_no: str | None = None
    related_agenda_nos: list[str] = field(default_factory=list)
    skipped: bool = False
    registered_as: RegisteredAs | None = None
    #: The failure was the database's, not the file's (a lost server, a lock held too long): the same
    #: file can simply be tried again.
    transient: bool = False

    @property
    def file(self) -> str:
        return self.extraction.file

    @property
    def note(self) -> str | None:
        """The sentence for a skipped file ("sudah terdaftar sebagai D-..."), else None."""
        if not self.skipped or self.registered_as is None:
            return None
        return already_registered_note(self.registered_as.agenda_no)

    def to_json(self) -> dict[str, Any]:
        out = self.extraction.to_json()
        if self.error and not self.extraction.error:
            out = Extraction.failed(self.extraction.file, self.error).to_json()
        out.update(
            id=self.id,
            agenda_no=self.agenda_no,
            duplicate_of=self.duplicate_of,
            duplicate_score=self.duplicate_score,
            duplicate_reasons=list(self.duplicate_reasons),
            related=list(self.related),
            duplicate_of_agenda_no=self.duplicate_of_agenda_no,
            related_agenda_nos=list(self.related_agenda_nos),
            skipped=self.skipped,
            registered_as=(
                {"id": self.registered_as.id, "agenda_no": self.registered_as.agenda_no}
                if self.registered_as
                else None
            ),
        )
        if self.search_ms is not None:
            out["search_ms"] = self.search_ms
        return out


def already_registered_note(agenda_no: str) -> str:
    return f"sudah terdaftar sebagai {agenda_no}; tidak didaftarkan lagi"


def intake_limits(db: Database) -> Limits:
    """The office's limits of scan intake (settings ``intake_max_pages``, ``intake_file_seconds``)."""
    settings = workflow_settings.get(db)
    return Limits(max_pages=settings.intake_max_pages, file_seconds=float(settings.intake_file_seconds))


def ingest_files(
    db: Database,
    actor: Actor,
    *,
    paths: Sequence[Path],
    on_progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
    today: date | None = None,
    again: bool = False,
    limits: Limits | None = None,
) -> Iterator[IngestResult]:
    """Register each file as one letter, in the order given; yields one result per file.

    A file already registered (same SHA-256) is skipped without being read again, unless ``again``.
    ``limits``: pages and OCR seconds per file (default: the office's settings, :func:`intake_limits`)."""
    actor.require(Permission.REGISTER_LETTER)
    paths = [Path(p) for p in paths]
    limits = limits or intake_limits(db)
    store = FileStore(db.data_dir)
    known: dict[int, RegisteredAs] = {} if again else _known_files(db, paths)
    fresh = [p for i, p in enumerate(paths) if i not in known]
    extractions = extract_files(fresh, on_progress=on_progress, cancel=cancel, limits=limits)
    try:
        for i, path in enumerate(paths):
            if i in known:
                yield skipped_result(path, known[i])
                continue
            extraction = next(extractions)
            if extraction.error:
                yield IngestResult(extraction=extraction, error=extraction.error)
                continue
            try:
                yield register_extraction(
                    db, actor, path=path, extraction=extraction, store=store, today=today, again=again
                )
            except (ServiceError, OSError, UnreadableFile) as exc:
                yield IngestResult(
                    extraction=extraction,
                    error=failure_text(exc, path),
                    transient=isinstance(exc, ConnectionLost | DatabaseBusy),
                )
    finally:
        extractions.close()


def failure_text(exc: BaseException, path: Path) -> str:
    """Why registering ``path`` failed, in words; for a lost server or a lock held too long it says that
    nothing of the file was stored."""
    if isinstance(exc, ConnectionLost | DatabaseBusy):
        return str(exc.about(f"berkas {path.name}"))
    if isinstance(exc, OSError) and not isinstance(exc, UnreadableFile):
        return f"berkas tidak dapat disimpan: {exc.strerror or exc}"
    return str(exc)


def skipped_result(path: Path, holder: RegisteredAs) -> IngestResult:
    return IngestResult(
        extraction=Extraction(file=path.name),
        id=holder.id,
        agenda_no=holder.agenda_no,
        skipped=True,
        registered_as=holder,
    )


def _known_files(db: Database, paths: Sequence[Path]) -> dict[int, RegisteredAs]:
    """Index in ``paths`` -> the letter already holding that file, for the regular files among ``paths``
    already registered (the others are read, and refused when they cannot be)."""
    hashes: dict[int, str] = {}
    for i, path in enumerate(paths):
        try:
            hashes[i] = hashlib.sha256(read_regular(path)).hexdigest()
        except UnreadableFile:
            continue
    if not hashes:
        return {}
    with db.session() as session:
        holders = _holders(session, set(hashes.values()))
    return {i: holders[sha] for i, sha in hashes.items() if sha in holders}


def _holders(session: Session, hashes: set[str]) -> dict[str, RegisteredAs]:
    """SHA-256 -> the earliest letter holding a document with those bytes."""
    out: dict[str, RegisteredAs] = {}
    rows = session.execute(
        select(Document.sha256, IncomingLetter.id, IncomingLetter.agenda_no)
        .join(IncomingLetter, Document.letter_id == IncomingLetter.id)
        .where(Document.sha256.in_(sorted(hashes)))
        .order_by(IncomingLetter.id.desc())
    )
    for sha, letter_id, agenda_no in rows:
        out[sha] = RegisteredAs(letter_id, agenda_no)
    return out


def letter_input_from(extraction: Extraction, *, path: Path, today: date) -> LetterInput:
    """The form an analyst would see for ``extraction``, with fields that cannot be valid left empty."""
    s = extraction.sender
    data = LetterInput(
        received_at=today,
        channel=Channel.EMAIL.value if path.suffix.lower() == ".eml" else Channel.LETTER.value,
        letter_date=extraction.letter_date,
        place=extraction.place,
        subject=extraction.subject,
        addressee=extraction.addressee,
        cc=list(extraction.cc),
        sender=SenderData(name=s.name, nik=s.nik, phone=s.phone, email=s.email, address=s.address)
        if s
        else SenderData(),
        regency=extraction.regency,
        text=extraction.text,
        carbon_copy=extraction.carbon_copy,
    )
    try:
        return normalized(data, today=today)
    except ValidationFailed as exc:
        if not set(exc.problems) <= _DROPPABLE | set(MAX_LENGTHS):
            raise
        data = dataclasses.replace(data, sender=dataclasses.replace(data.sender))
        for name in exc.problems:
            owner = data.sender if name in ("name", "nik", "phone", "email") else data
            if name in _DROPPABLE:
                setattr(owner, name, None)
            else:  # an OCR line run on too long: the start is what the analyst will want to see
                setattr(owner, name, getattr(owner, name)[: MAX_LENGTHS[name]].rstrip())
        return normalized(data, today=today)


def register_extraction(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    extraction: Extraction,
    store: FileStore,
    today: date | None = None,
    again: bool = False,
) -> IngestResult:
    today = today or date.today()
    data = letter_input_from(extraction, path=path, today=today)
    return _register(db, actor, path=path, extraction=extraction, data=data, store=store, again=again)


def register_reviewed(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    extraction: Extraction,
    data: LetterInput,
    store: FileStore | None = None,
    today: date | None = None,
    again: bool = False,
) -> IngestResult:
    """Register ``path`` as the letter an analyst checked in the intake view: ``data`` holds their
    corrected fields, ``extraction`` the file's OCR (its page texts become the document's pages).
    A file already registered comes back ``skipped`` (nothing is registered) unless ``again``.

    ``data.text`` falls back to the OCR text. Unlike :func:`register_extraction`, nothing the analyst
    typed is dropped: a wrong NIK, phone, e-mail or date raises :class:`ValidationFailed` naming the
    field, so the view can show it beside the field. Leave ``data.carbon_copy`` None to have it worked
    out from the (corrected) addressee and tembusan.
    """
    actor.require(Permission.REGISTER_LETTER)
    today = today or date.today()
    data = normalized(dataclasses.replace(data, text=data.text or extraction.text), today=today)
    store = store or FileStore(db.data_dir)
    return _register(db, actor, path=path, extraction=extraction, data=data, store=store, again=again)


def _register(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    extraction: Extraction,
    data: LetterInput,
    store: FileStore,
    again: bool = False,
) -> IngestResult:
    """Store the file and write the letter (``data``, already normalized), its document and audit entry;
    or, when the file is already registered and not ``again``, nothing (a skipped result)."""
    content = read_regular(path)
    sha = hashlib.sha256(content).hexdigest()
    with db.transaction() as session:
        lock_scan(session, sha)
        if not again:
            holder = _holders(session, {sha}).get(sha)
            if holder is not None:
                return skipped_result(path, holder)
        store.put_bytes(content)  # content-addressed: an unused copy after a failure below harms nothing
        letter = add_letter(session, actor, data, sha256=sha)
        _attach_document(session, letter, path, sha, extraction, size=len(content))
        audit.record(
            session,
            actor,
            "ingest",
            "letter",
            letter.id,
            agenda_no=letter.agenda_no,
            file=path.name,
            sha256=sha,
        )
        related = list(letter.related_ids or [])
        names = agenda_numbers(session, [*related, letter.duplicate_of_id])
        return IngestResult(
            extraction=extraction,
            id=letter.id,
            agenda_no=letter.agenda_no,
            duplicate_of=letter.duplicate_of_id,
            duplicate_score=letter.duplicate_score,
            duplicate_reasons=list(letter.duplicate_reasons or []),
            related=related,
            duplicate_of_agenda_no=names.get(letter.duplicate_of_id),
            related_agenda_nos=[names[i] for i in related if i in names],
        )


def lock_scan(session: Session, sha: str) -> None:
    """Make registrations of the file with hash ``sha`` wait for each other until this transaction ends,
    so that the already-registered check before storing holds. SQLite's write transactions are already
    one at a time; PostgreSQL takes a transaction lock on the hash."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": int(sha[:15], 16)})


def check_files(
    db: Database,
    actor: Actor,
    *,
    paths: Sequence[Path],
    on_progress: Callable[[Progress], None] | None = None,
    today: date | None = None,
    limits: Limits | None = None,
) -> Iterator[IngestResult]:
    """What each file would be flagged as if it were registered now; registers nothing. A file already
    registered comes back with ``registered_as`` naming its letter."""
    actor.require(Permission.VIEW_REGISTER)
    today = today or date.today()
    paths = [Path(p) for p in paths]
    limits = limits or intake_limits(db)
    extractions = extract_files(paths, on_progress=on_progress, limits=limits)
    for path, extraction in zip(paths, extractions, strict=True):
        if extraction.error:
            yield IngestResult(extraction=extraction, error=extraction.error)
            continue
        try:
            data = letter_input_from(extraction, path=path, today=today)
            sha = hashlib.sha256(read_regular(path)).hexdigest()
            with db.session() as session:
                holder = _holders(session, {sha}).get(sha)
                verdict = assess(session, sha256=sha, **assess_fields(data))
        except (ServiceError, OSError, UnreadableFile) as exc:
            yield IngestResult(extraction=extraction, error=str(exc))
            continue
        yield IngestResult(
            extraction=extraction,
            duplicate_of=verdict.duplicate_of,
            duplicate_score=verdict.score,
            duplicate_reasons=verdict.reasons,
            related=verdict.related,
            duplicate_of_agenda_no=verdict.duplicate_agenda_no,
            related_agenda_nos=verdict.related_agenda_nos,
            search_ms=verdict.search_ms,
            registered_as=holder,
        )


def _attach_document(
    session: Session, letter: IncomingLetter, path: Path, sha: str, extraction: Extraction, *, size: int
) -> None:
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    pages_text = (extraction.text or "").split("\f")
    document = Document(
        letter_id=letter.id,
        sha256=sha,
        file_name=path.name,
        media_type=media_type,
        size=size,
        page_count=extraction.pages or len(pages_text),
        evidence=extraction.evidence_json(),
    )
    session.add(document)
    session.flush()
    session.add_all(
        DocumentPage(document_id=document.id, page_no=i, ocr_text=text)
        for i, text in enumerate(pages_text, start=1)
    )
