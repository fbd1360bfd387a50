"""Values produced by intake: what was read from one letter file, and batch progress.

The JSON shape of :meth:`Extraction.to_json` is the ``extract`` contract of ``shared/CONTRACT.md``:
keep its keys stable.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Sender:
    """The complainant (pelapor) as the letter states them; None where the letter is silent."""

    name: str | None = None
    nik: str | None = None
    phone: str | None = None  # E.164, e.g. "+6281234567890"
    email: str | None = None
    address: str | None = None

    def is_empty(self) -> bool:
        return not any((self.name, self.nik, self.phone, self.email, self.address))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "nik": self.nik,
            "phone": self.phone,
            "email": self.email,
            "address": self.address,
        }


@dataclass
class Evidence:
    """Where a field's value was read: the text of the line(s) and, on a scan, the OCR word boxes.

    ``boxes`` are ``(page, left, top, width, height)`` in the pixels of the page image Tesseract read
    (``Extraction.page_sizes`` gives that image's size, to scale them onto another rendering).
    """

    lines: list[str]
    line_numbers: list[int] = field(default_factory=list)
    boxes: list[tuple[int, int, int, int, int]] = field(default_factory=list)

    @property
    def pages(self) -> list[int]:
        return sorted({box[0] for box in self.boxes})

    def to_json(self) -> dict[str, Any]:
        return {"lines": list(self.lines), "boxes": [list(b) for b in self.boxes]}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Evidence:
        """The inverse of :meth:`to_json` (boxes back to tuples); unknown keys are ignored."""
        boxes = [tuple(int(n) for n in box) for box in value.get("boxes") or [] if len(box) == 5]
        return cls(lines=[str(line) for line in value.get("lines") or []], boxes=boxes)  # type: ignore[misc]


@dataclass
class Extraction:
    """The fields read from one letter file (possibly several pages).

    ``confidence`` maps a field name (``"sender.name"``, ``"letter_date"``, ``"cc"`` ...) to 0..1 so a
    screen can highlight the values a person should check; a field that was not found has no entry.
    ``evidence`` maps the same keys to where the value was read (:class:`Evidence`).
    ``error`` is set when the file could not be read at all; every other field is then empty.
    """

    file: str
    pages: int | None = None
    sender: Sender | None = None
    letter_date: datetime.date | None = None
    place: str | None = None
    subject: str | None = None
    addressee: str | None = None
    cc: list[str] = field(default_factory=list)
    carbon_copy: bool | None = None
    identity_complete: bool | None = None
    text: str | None = None
    error: str | None = None
    confidence: dict[str, float] = field(default_factory=dict)
    province: str | None = None
    regency: str | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)
    page_sizes: list[tuple[int, int] | None] = field(default_factory=list)  # OCR'd pages: (width, height)

    @classmethod
    def failed(cls, file: str, error: str, *, pages: int | None = None) -> Extraction:
        return cls(file=file, pages=pages, error=error)

    def evidence_json(self) -> dict[str, Any] | None:
        """Where the fields were read, as the register keeps it with the letter's document
        (``documents.evidence``): ``page_sizes``, ``fields`` (key -> :meth:`Evidence.to_json`) and
        ``confidence``. None when nothing was read (a failed file)."""
        if self.error is not None or not (self.evidence or self.confidence):
            return None
        return {
            "page_sizes": [list(size) if size else None for size in self.page_sizes],
            "fields": {key: ev.to_json() for key, ev in self.evidence.items()},
            "confidence": dict(self.confidence),
        }

    def to_json(self) -> dict[str, Any]:
        """The contract's keys, then ``confidence``, ``evidence`` and ``page_sizes`` (added keys); when
        ``error`` is set, every other key but ``file`` is null."""
        if self.error is not None:
            return {
                "file": self.file,
                "pages": None,
                "sender": None,
                "letter_date": None,
                "place": None,
                "subject": None,
                "addressee": None,
                "cc": None,
                "carbon_copy": None,
                "identity_complete": None,
                "text": None,
                "error": self.error,
            }
        return {
            "file": self.file,
            "pages": self.pages,
            "sender": (self.sender or Sender()).to_json(),
            "letter_date": self.letter_date.isoformat() if self.letter_date else None,
            "place": self.place,
            "subject": self.subject,
            "addressee": self.addressee,
            "cc": list(self.cc),
            "carbon_copy": self.carbon_copy,
            "identity_complete": self.identity_complete,
            "text": self.text,
            "error": None,
            "confidence": dict(self.confidence),
            "evidence": {key: ev.to_json() for key, ev in self.evidence.items()},
            "page_sizes": [list(size) if size else None for size in self.page_sizes],
        }


@dataclass
class Progress:
    """How far a batch is; passed to ``on_progress`` after every page and every finished file."""

    files_done: int
    files_total: int
    pages_done: int
    pages_total: int
    current_file: str | None = None
    errors: list[str] = field(default_factory=list)  # "file: reason", in the order they happened
