"""Registering a message that came through a channel other than the post: an e-mail, a WhatsApp chat.

A message becomes one incoming letter with its channel recorded, read with the same extraction as a
scanned letter (:mod:`sipdumas.intake`: its text, and the OCR of the scans attached to it) and checked
with the same duplicate and complainant matching (:func:`sipdumas.services.letters.add_letter`), so a
complaint sent by letter and again by e-mail is one complainant and the second is flagged.

Each message is registered once: its Message-ID (for e-mail) and the SHA-256 of its bytes are recorded
in ``received_messages`` in the same transaction as the letter; a message seen again, through the same
door or another, is skipped, and a crash half-way leaves either both or neither.
"""

from __future__ import annotations

import dataclasses
import mimetypes
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.storage import FileStore
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake import extract_files, parse_pages
from sipdumas.intake.fields import apply_sender_hint
from sipdumas.intake.mail import Attachment
from sipdumas.intake.model import Extraction, Sender
from sipdumas.models.exchange import ReceivedMessage
from sipdumas.models.letters import Document, DocumentPage, IncomingLetter
from sipdumas.services.letters import add_letter
from sipdumas.services.registration import letter_input_from

#: Below this many words of its own, a message is a cover note ("terlampir surat saya") and the scan
#: attached to it is read first, as the letter.
COVER_NOTE_WORDS = 40


@dataclass(frozen=True, slots=True)
class Incoming:
    """One message to register. ``files``: what is stored with the letter (the message itself first,
    then its attachments); ``scans``: those read through OCR as pages of the letter."""

    channel: str
    source: str
    sha256: str
    text: str
    message_id: str | None = None
    received_on: date | None = None
    sender_hint: dict[str, str] | None = None
    files: tuple[Attachment, ...] = ()


@dataclass(slots=True)
class ReceivedResult:
    """What became of one message: registered (``id``, ``agenda_no`` and the duplicate flag), skipped
    because it was registered before (``skipped`` with the letter holding it), or an ``error``."""

    source: str
    id: int | None = None
    agenda_no: str | None = None
    channel: str | None = None
    skipped: bool = False
    duplicate_of: int | None = None
    duplicate_of_agenda_no: str | None = None
    duplicate_score: float | None = None
    duplicate_reasons: list[str] = field(default_factory=list)
    person_id: int | None = None
    attachments: int = 0
    error: str | None = None
    extraction: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def already_received(session: Session, *, sha256: str, message_id: str | None) -> ReceivedMessage | None:
    """The record of this message if it was registered before (same bytes, or same Message-ID)."""
    cond = ReceivedMessage.sha256 == sha256
    if message_id:
        cond = or_(cond, ReceivedMessage.message_id == message_id)
    return session.scalars(select(ReceivedMessage).where(cond).order_by(ReceivedMessage.id).limit(1)).first()


def extract_message(
    message: Incoming, *, cancel: Callable[[], bool] | None = None
) -> tuple[Extraction, list]:
    """The fields of ``message`` read as a scanned letter is read, and the OCR text of each of its files
    (None for a file that is not read: the message itself, a spreadsheet)."""
    texts: list[str | None] = [None] * len(message.files)
    scans = [i for i, f in enumerate(message.files) if f.is_scan or f.is_text]
    if scans:
        with tempfile.TemporaryDirectory(prefix="sipdumas-lampiran-") as tmp:
            paths = []
            for n, i in enumerate(scans):
                path = Path(tmp) / f"{n:03d}-{message.files[i].file_name}"
                path.write_bytes(message.files[i].data)
                paths.append(path)
            for i, extraction in zip(scans, extract_files(paths, cancel=cancel), strict=True):
                texts[i] = None if extraction.error else (extraction.text or "")
    attached = [t for t in texts if t and t.strip()]
    own_words = len(message.text.split())
    pages: list[str] = []
    if attached and own_words < COVER_NOTE_WORDS:
        pages = [p for t in attached for p in t.split("\f")] + [message.text]
    else:
        pages = [message.text] + [p for t in attached for p in t.split("\f")]
    extraction = parse_pages([p for p in pages if p.strip()] or [message.text])
    if message.sender_hint:
        apply_sender_hint(extraction, message.sender_hint)
        phone = message.sender_hint.get("phone")
        if phone and extraction.sender is not None and extraction.sender.phone is None:
            extraction.sender.phone = phone
        elif phone and extraction.sender is None:
            extraction.sender = Sender(phone=phone)
    extraction.file = message.source
    extraction.pages = max(1, len(pages))
    return extraction, texts


def register_message(
    db: Database,
    actor: Actor,
    *,
    message: Incoming,
    today: date | None = None,
    after: Callable[[Session], None] | None = None,
) -> ReceivedResult:
    """Register ``message`` as one incoming letter, unless it was registered before.

    ``after(session)`` runs inside the letter's transaction (a mailbox poll moves its cursor there, so
    the cursor and the letters never disagree)."""
    actor.require(Permission.REGISTER_LETTER)
    today = today or date.today()
    with db.session() as session:
        known = already_received(session, sha256=message.sha256, message_id=message.message_id)
        if known is not None:
            return _skipped(session, message, known)
    extraction, texts = extract_message(message)
    data = letter_input_from(extraction, path=Path(message.source), today=today)
    received = message.received_on if message.received_on and message.received_on <= today else today
    data = dataclasses.replace(data, channel=message.channel, received_at=received)
    if data.letter_date and data.letter_date > received:
        data.letter_date = None
    if not (data.subject or data.summary or data.text):
        raise ValidationFailed({"subject": "Pesan tidak berisi teks pengaduan"})
    store = FileStore(db.data_dir)
    shas = [store.put_bytes(f.data) for f in message.files]
    first_scan = next((s for s, f in zip(shas, message.files, strict=True) if f.is_scan), None)
    try:
        with db.transaction() as session:
            known = already_received(session, sha256=message.sha256, message_id=message.message_id)
            if known is not None:  # another workstation took it meanwhile
                return _skipped(session, message, known)
            letter = add_letter(session, actor, data, sha256=first_scan)
            for f, sha, text in zip(message.files, shas, texts, strict=True):
                _attach(session, letter, f, sha, text)
            session.add(
                ReceivedMessage(
                    channel=message.channel,
                    message_id=message.message_id,
                    sha256=message.sha256,
                    source=message.source[:500],
                    letter_id=letter.id,
                )
            )
            audit.record(
                session,
                actor,
                "receive",
                "letter",
                letter.id,
                agenda_no=letter.agenda_no,
                channel=message.channel,
                source=message.source,
                message_id=message.message_id,
            )
            if after is not None:
                after(session)
            session.flush()
            original = session.get(IncomingLetter, letter.duplicate_of_id) if letter.duplicate_of_id else None
            return ReceivedResult(
                source=message.source,
                id=letter.id,
                agenda_no=letter.agenda_no,
                channel=message.channel,
                duplicate_of=letter.duplicate_of_id,
                duplicate_of_agenda_no=original.agenda_no if original else None,
                duplicate_score=letter.duplicate_score,
                duplicate_reasons=list(letter.duplicate_reasons or []),
                person_id=letter.person_id,
                attachments=max(0, len(message.files) - 1),
                extraction=extraction.to_json(),
            )
    except IntegrityError:  # the same message registered by another workstation at the same moment
        with db.session() as session:
            known = already_received(session, sha256=message.sha256, message_id=message.message_id)
            if known is None:
                raise
            return _skipped(session, message, known)


def _skipped(session: Session, message: Incoming, known: ReceivedMessage) -> ReceivedResult:
    letter = session.get(IncomingLetter, known.letter_id) if known.letter_id else None
    return ReceivedResult(
        source=message.source,
        id=letter.id if letter else None,
        agenda_no=letter.agenda_no if letter else None,
        channel=known.channel,
        skipped=True,
    )


def _attach(session: Session, letter: IncomingLetter, f: Attachment, sha: str, text: str | None) -> None:
    media_type = f.media_type or mimetypes.guess_type(f.file_name)[0] or "application/octet-stream"
    pages = (text or "").split("\f") if text is not None else []
    document = Document(
        letter_id=letter.id,
        sha256=sha,
        file_name=f.file_name[:300],
        media_type=media_type[:100],
        size=len(f.data),
        page_count=max(1, len(pages)),
    )
    session.add(document)
    session.flush()
    session.add_all(
        DocumentPage(document_id=document.id, page_no=i, ocr_text=page)
        for i, page in enumerate(pages, start=1)
    )
