"""The WhatsApp channel: a chat exported as text (with its media files beside it) becomes one letter.

The complainant's messages are the letter's text, the photos and PDFs they sent are its scans (read
through OCR like a scanned letter), and the chat's author name or number the sender, so the same
extraction, duplicate and complainant matching apply as to every other letter
(:mod:`sipdumas.services.received`). A chat registered before (same export file) is skipped; an export
made again later, with new messages, is a new file and is registered, flagged as repeating the first.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from sipdumas.db import settings as office_settings
from sipdumas.db.engine import Database
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import ServiceError
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake.mail import Attachment
from sipdumas.intake.ocr import UnreadableFile, read_text_file
from sipdumas.intake.whatsapp import NotAChat, complaint_of, parse_chat
from sipdumas.services.received import Incoming, ReceivedResult, register_message


def incoming_from_chat(
    path: Path, *, media_dir: Path | None = None, office_names: tuple[str, ...] = ()
) -> Incoming:
    """A chat export as a message to register; its media files are looked for in ``media_dir`` (default:
    the export's folder). A file the chat names but the export left out is noted in the text."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        complaint = complaint_of(parse_chat(read_text_file(path)), office_names=office_names)
    except NotAChat as exc:
        raise ServiceError(f"{path.name}: {exc}") from None
    folder = Path(media_dir) if media_dir else path.parent
    # the export itself is kept, not read again as a page: its text is the complainant's part
    files = [Attachment(file_name=path.name, media_type="application/x-whatsapp-chat", data=raw)]
    missing = []
    for name in complaint.attachments:
        media = folder / Path(name).name
        if media.is_file():
            media_type = mimetypes.guess_type(media.name)[0] or "application/octet-stream"
            files.append(Attachment(file_name=media.name, media_type=media_type, data=media.read_bytes()))
        else:
            missing.append(name)
    text = complaint.text
    if missing:
        text += "\n\n[Lampiran tidak ada dalam ekspor: " + ", ".join(missing) + "]"
    hint = {k: v for k, v in (("name", complaint.name), ("phone", complaint.phone)) if v}
    return Incoming(
        channel=Channel.WHATSAPP.value,
        source=path.name,
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
        received_on=complaint.first_on,
        sender_hint=hint or None,
        files=tuple(files),
    )


def import_whatsapp_chats(
    db: Database,
    actor: Actor,
    *,
    paths: Sequence[Path],
    media_dir: Path | None = None,
    office_names: Sequence[str] = (),
    today: date | None = None,
) -> Iterator[ReceivedResult]:
    """Register each exported chat (``.txt``) as one letter with channel "whatsapp". ``office_names``:
    the names the office's own WhatsApp account appears under in the chats (its messages are not the
    complaint); the office's configured names are added to them."""
    actor.require(Permission.REGISTER_LETTER)
    with db.session() as session:
        names = tuple(office_names) + tuple(office_settings.load(session).office_names)
    for path in paths:
        try:
            message = incoming_from_chat(Path(path), media_dir=media_dir, office_names=names)
            yield register_message(db, actor, message=message, today=today)
        except (ServiceError, UnreadableFile, OSError) as exc:
            yield ReceivedResult(source=Path(path).name, error=str(exc))
