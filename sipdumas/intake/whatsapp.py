"""A WhatsApp chat exported as text (``Ekspor chat``) as a complaint.

WhatsApp writes one line per message, a message of several lines continuing without a time stamp, in
the phone's date format. Both exports are read:

- Android: ``12/03/24 14.05 - Nama: pesan`` (also ``12/03/2024, 14:05 - ...`` and an ``AM``/``PM``
  clock); a photo sent with it reads ``IMG-20240312-WA0001.jpg (file terlampir)`` (``file attached``).
- iOS: ``[12/03/24 14.05.33] Nama: pesan``; a photo reads ``<terlampir: 00000012-PHOTO-...jpg>``
  (``<attached: ...>``); lines may begin with an invisible left-to-right mark.

Dates are day first (Indonesian phones) unless a line shows a month above 12 in the second place, as a
phone set to the American format writes them. Lines without an author (``Pesan dan panggilan
terenkripsi end-to-end``) are the app's notices and are left out. Nothing here touches the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sipdumas.domain.identity import normalize_phone

_DATE = r"(?P<d1>\d{1,2})[/.-](?P<d2>\d{1,2})[/.-](?P<y>\d{2,4})"
_TIME = r"(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?:[.:](?P<s>\d{2}))?(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
_ANDROID = re.compile(rf"^{_DATE},?\s+{_TIME}\s+-\s+(?P<rest>.*)$")
_IOS = re.compile(rf"^\[{_DATE},?\s+{_TIME}\]\s+(?P<rest>.*)$")
_INVISIBLE = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"
_ANDROID_MEDIA = re.compile(r"^(?P<name>\S.*?\.\w{2,5})\s+\((?:file terlampir|file attached)\)\s*$", re.I)
_IOS_MEDIA = re.compile(r"^<(?:terlampir|attached|lampiran):\s*(?P<name>[^>]+)>\s*$", re.I)
_OMITTED = re.compile(r"^<(?:media tidak disertakan|media omitted|media dihilangkan)>$", re.I)
_PHONE_NAME = re.compile(r"^\+?[\d\s()-]{8,20}$")


@dataclass(frozen=True, slots=True)
class ChatMessage:
    at: datetime
    author: str
    text: str
    #: The media file sent with this message, as named in the export (beside the ``.txt``).
    attachment: str | None = None


@dataclass(slots=True)
class Complaint:
    """What the complainant wrote, gathered from a chat: their messages' text, their attachments, who
    they are as the chat shows them, and when they first wrote."""

    author: str
    text: str
    first_at: datetime
    attachments: list[str] = field(default_factory=list)
    name: str | None = None
    phone: str | None = None

    @property
    def first_on(self) -> date:
        return self.first_at.date()


class NotAChat(ValueError):
    """The text is not a WhatsApp export (no line starts with a date and time)."""


def parse_chat(text: str) -> list[ChatMessage]:
    """The messages of an exported chat, in order; raises :class:`NotAChat`."""
    lines = [line.strip(_INVISIBLE).rstrip("\r") for line in text.lstrip("\ufeff").split("\n")]
    heads: list[tuple[int, re.Match[str]]] = []
    for n, line in enumerate(lines):
        m = _IOS.match(line) or _ANDROID.match(line)
        if m:
            heads.append((n, m))
    if not heads:
        raise NotAChat("bukan ekspor chat WhatsApp (tidak ada baris yang diawali tanggal dan jam)")
    month_first = any(int(m["d2"]) > 12 for _, m in heads) and not any(int(m["d1"]) > 12 for _, m in heads)
    messages: list[ChatMessage] = []
    for i, (n, m) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(lines)
        rest = m["rest"]
        if ": " not in rest:
            continue  # a notice of the app (encryption, someone joined, a number changed)
        author, first = rest.split(": ", 1)
        body = "\n".join([first, *lines[n + 1 : end]]).strip(_INVISIBLE + " \n")
        attachment = None
        first_line, _, more = body.partition("\n")
        media = _IOS_MEDIA.match(first_line) or _ANDROID_MEDIA.match(first_line)
        if media:  # a caption, when there is one, follows on the next lines
            attachment = media["name"].strip()
            body = more.strip()
        elif _OMITTED.match(body):
            body = ""
        messages.append(ChatMessage(_when(m, month_first), author.strip(_INVISIBLE + " "), body, attachment))
    if not messages:
        raise NotAChat("ekspor chat WhatsApp ini tidak berisi pesan")
    return messages


def complaint_of(messages: list[ChatMessage], *, office_names: tuple[str, ...] = ()) -> Complaint:
    """The complainant's side of the chat: the first author who is not the office (``office_names``:
    the names the office's own WhatsApp account appears under), their messages and attachments."""
    office = {n.casefold() for n in office_names}
    authors = [m.author for m in messages if m.author.casefold() not in office]
    if not authors:
        raise NotAChat("chat ini hanya berisi pesan dari kantor sendiri")
    author = authors[0]
    own = [m for m in messages if m.author == author]
    text = "\n".join(m.text for m in own if m.text)
    phone = normalize_phone(author) if _PHONE_NAME.match(author) else None
    return Complaint(
        author=author,
        text=text,
        first_at=own[0].at,
        attachments=[m.attachment for m in own if m.attachment],
        name=None if phone or _PHONE_NAME.match(author) else author,
        phone=phone,
    )


def _when(m: re.Match[str], month_first: bool) -> datetime:
    d1, d2, year = int(m["d1"]), int(m["d2"]), int(m["y"])
    day, month = (d2, d1) if month_first else (d1, d2)
    if year < 100:
        year += 2000
    hour, minute, second = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    ampm = (m["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return datetime(year, 1, 1)
