"""Registering letters from files (``sipdumas ingest``, the client's intake view, the watched folder).

Each file becomes one incoming letter: read (OCR or text), its fields extracted, the file stored in the
content-addressed store, and the letter, its document pages and the audit entry written in one
transaction. A file that cannot be read or stored gives an error for that file only; the batch goes on
and nothing of the failed file is left half-registered.
"""

from __future__ import annotations

import dataclasses
import mimetypes
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.storage import FileStore, sha256_of
from sipdumas.detection.assess import assess
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import ServiceError, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake import extract_files
from sipdumas.intake.model import Extraction, Progress
from sipdumas.models.letters import Document, DocumentPage, IncomingLetter
from sipdumas.services.letters import (
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


@dataclass(slots=True)
class IngestResult:
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

    @property
    def file(self) -> str:
        return self.extraction.file

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
        )
        if self.search_ms is not None:
            out["search_ms"] = self.search_ms
        return out


def ingest_files(
    db: Database,
    actor: Actor,
    *,
    paths: Sequence[Path],
    on_progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
    today: date | None = None,
) -> Iterator[IngestResult]:
    """Register each file as one letter, in the order given; yields one result per file."""
    actor.require(Permission.REGISTER_LETTER)
    store = FileStore(db.data_dir)
    for path, extraction in zip(
        paths, extract_files(paths, on_progress=on_progress, cancel=cancel), strict=True
    ):
        if extraction.error:
            yield IngestResult(extraction=extraction, error=extraction.error)
            continue
        try:
            yield register_extraction(db, actor, path=path, extraction=extraction, store=store, today=today)
        except (ServiceError, OSError) as exc:
            yield IngestResult(extraction=extraction, error=str(exc))


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
        if not set(exc.problems) <= _DROPPABLE:
            raise
        data = dataclasses.replace(data, sender=dataclasses.replace(data.sender))
        for name in exc.problems:
            if name == "letter_date":
                data.letter_date = None
            else:
                setattr(data.sender, name, None)
        return normalized(data, today=today)


def register_extraction(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    extraction: Extraction,
    store: FileStore,
    today: date | None = None,
) -> IngestResult:
    today = today or date.today()
    data = letter_input_from(extraction, path=path, today=today)
    return _register(db, actor, path=path, extraction=extraction, data=data, store=store)


def register_reviewed(
    db: Database,
    actor: Actor,
    *,
    path: Path,
    extraction: Extraction,
    data: LetterInput,
    store: FileStore | None = None,
    today: date | None = None,
) -> IngestResult:
    """Register ``path`` as the letter an analyst checked in the intake view: ``data`` holds their
    corrected fields, ``extraction`` the file's OCR (its page texts become the document's pages).

    ``data.text`` falls back to the OCR text. Unlike :func:`register_extraction`, nothing the analyst
    typed is dropped: a wrong NIK, phone, e-mail or date raises :class:`ValidationFailed` naming the
    field, so the view can show it beside the field. Leave ``data.carbon_copy`` None to have it worked
    out from the (corrected) addressee and tembusan.
    """
    actor.require(Permission.REGISTER_LETTER)
    today = today or date.today()
    data = normalized(dataclasses.replace(data, text=data.text or extraction.text), today=today)
    store = store or FileStore(db.data_dir)
    return _register(db, actor, path=path, extraction=extraction, data=data, store=store)


def _register(
    db: Database, actor: Actor, *, path: Path, extraction: Extraction, data: LetterInput, store: FileStore
) -> IngestResult:
    """Store the file and write the letter (``data``, already normalized), its document and audit entry."""
    sha = sha256_of(path)
    store.put_file(path)  # content-addressed: an unused copy after a failure below harms nothing
    with db.transaction() as session:
        letter = add_letter(session, actor, data, sha256=sha)
        _attach_document(session, letter, path, sha, extraction)
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


def check_files(
    db: Database,
    actor: Actor,
    *,
    paths: Sequence[Path],
    on_progress: Callable[[Progress], None] | None = None,
    today: date | None = None,
) -> Iterator[IngestResult]:
    """What each file would be flagged as if it were registered now; registers nothing."""
    actor.require(Permission.VIEW_REGISTER)
    today = today or date.today()
    for path, extraction in zip(paths, extract_files(paths, on_progress=on_progress), strict=True):
        if extraction.error:
            yield IngestResult(extraction=extraction, error=extraction.error)
            continue
        try:
            data = letter_input_from(extraction, path=path, today=today)
            with db.session() as session:
                verdict = assess(session, sha256=sha256_of(path), **assess_fields(data))
        except (ServiceError, OSError) as exc:
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
        )


def _attach_document(
    session: Session, letter: IncomingLetter, path: Path, sha: str, extraction: Extraction
) -> None:
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    pages_text = (extraction.text or "").split("\f")
    document = Document(
        letter_id=letter.id,
        sha256=sha,
        file_name=path.name,
        media_type=media_type,
        size=path.stat().st_size,
        page_count=extraction.pages or len(pages_text),
        evidence=extraction.evidence_json(),
    )
    session.add(document)
    session.flush()
    session.add_all(
        DocumentPage(document_id=document.id, page_no=i, ocr_text=text)
        for i, text in enumerate(pages_text, start=1)
    )
