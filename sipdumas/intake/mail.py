"""An e-mail as a complaint: its text, its sender, its attachments and its identity (Message-ID).

:func:`parse_message` reads the raw bytes of one message (an ``.eml`` file, or a message fetched from a
mailbox) without touching the database. The text is the one :func:`sipdumas.intake.ocr.read_email`
gives for an ``.eml`` letter (subject as a ``Hal:`` line, then the plain-text body), so a message reads
the same whichever door it came through; attachments come back as bytes with their names, and those
that are scans (images, PDFs) are what :mod:`sipdumas.services.mail` sends through OCR.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import PurePath

from sipdumas.intake.ocr import IMAGE_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES, UnreadableFile, html_to_text

#: Attachment types read as a letter's pages (scans and PDFs through OCR, text files as they are).
SCAN_TYPES = ("image/", "application/pdf")


@dataclass(frozen=True, slots=True)
class Attachment:
    file_name: str
    media_type: str
    data: bytes

    @property
    def is_scan(self) -> bool:
        """An image or a PDF: read through OCR (or the PDF's text layer)."""
        if self.media_type.startswith(SCAN_TYPES):
            return True
        return self.media_type == "application/octet-stream" and (
            PurePath(self.file_name).suffix.lower() in IMAGE_SUFFIXES | PDF_SUFFIXES
        )

    @property
    def is_text(self) -> bool:
        if self.media_type == "application/octet-stream":  # a sender's program that named no type
            return PurePath(self.file_name).suffix.lower() in TEXT_SUFFIXES
        return self.media_type == "text/plain"


@dataclass(slots=True)
class MailMessage:
    """One parsed message. ``sha256`` is of the raw bytes; ``message_id`` without angle brackets."""

    sha256: str
    message_id: str | None
    subject: str | None
    sent_at: datetime | None
    text: str
    sender_hint: dict[str, str] | None
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def sent_on(self) -> date | None:
        return self.sent_at.date() if self.sent_at else None


def parse_message(raw: bytes) -> MailMessage:
    """The message in ``raw``; raises :class:`UnreadableFile` when it is not an e-mail at all."""
    if not raw.strip():
        raise UnreadableFile("e-mail kosong")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; anything it still refuses is a broken message
        raise UnreadableFile(f"e-mail tidak dapat dibaca: {exc}") from None
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise UnreadableFile("bukan e-mail (tidak ada header)")
    body = _body(msg)
    subject = " ".join(str(msg.get("Subject") or "").split()) or None
    lines = []
    if msg.get("Date"):
        lines.append(f"Tanggal e-mail: {msg['Date']}")
    if subject:
        lines.append(f"Hal: {subject}")
    text = "\n".join(lines) + ("\n\n" if lines else "") + body.strip()
    name, address = email.utils.parseaddr(str(msg.get("From") or ""))
    hint = {k: v for k, v in (("name", name.strip()), ("email", address.strip().lower())) if v}
    return MailMessage(
        sha256=hashlib.sha256(raw).hexdigest(),
        message_id=message_id_of(msg),
        subject=subject,
        sent_at=_date(msg),
        text=text,
        sender_hint=hint or None,
        attachments=list(_attachments(msg)),
    )


def message_id_of(msg: EmailMessage) -> str | None:
    value = str(msg.get("Message-ID") or "").strip()
    value = value.strip("<>").strip()
    return value[:500] or None


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        body = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True) or b""
        body = payload.decode("latin-1")
    if part.get_content_type() == "text/html":
        body = html_to_text(body)
    return body if isinstance(body, str) else ""


def _attachments(msg: EmailMessage):
    body = msg.get_body(preferencelist=("plain", "html"))
    for n, part in enumerate(msg.iter_attachments(), start=1):
        if part is body:
            continue
        data = part.get_payload(decode=True)
        if not data:
            continue
        media_type = part.get_content_type()
        name = _safe_name(part.get_filename()) or f"lampiran-{n}{_suffix_for(media_type)}"
        yield Attachment(file_name=name, media_type=media_type, data=data)


def _safe_name(name: str | None) -> str | None:
    """A file name a sender chose, without folders or characters a file system refuses."""
    if not name:
        return None
    name = PurePath(name.replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f<>:\"/\\|?*]", "_", name).strip(" .")
    return name[:200] or None


def _suffix_for(media_type: str) -> str:
    return {
        "application/pdf": ".pdf",
        "image/jpeg": ".jpg",
        "image/png": ".png",
        "image/tiff": ".tif",
        "text/plain": ".txt",
    }.get(media_type, ".bin")


def _date(msg: EmailMessage) -> datetime | None:
    value = msg.get("Date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
