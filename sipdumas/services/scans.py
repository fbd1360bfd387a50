"""A registered letter's scan: its stored files, their pages, what OCR read on each page and where each
field was read, for whoever checks a letter against its paper (the register's document pane, the letter
form, the duplicate comparison) and for ``sipdumas letter pages``.

The files stay in the content-addressed store (:mod:`sipdumas.db.storage`); :func:`letter_scan` hands
out their paths after checking each against its SHA-256, so a damaged or missing file is named as such
instead of being shown. A file that fails the check does not hide the rest: its document carries the
``problem`` and no path, and its OCR text is still there.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from sipdumas.db.engine import Database
from sipdumas.db.storage import CorruptFile, FileStore
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake.model import Evidence
from sipdumas.models.letters import Document
from sipdumas.output import page_images
from sipdumas.output.files import write_atomically
from sipdumas.services.letters import load_letter

#: Documents whose pages are text, not pictures: typed letters and e-mails.
TEXT_MEDIA_TYPES = frozenset({"text/plain", "message/rfc822"})


@dataclass(frozen=True, slots=True)
class FieldMarks:
    """Where OCR read each field of a document (kept at registration): ``fields`` by the keys of
    ``Extraction.confidence`` (``"subject"``, ``"sender.name"`` …), boxes in the pixels of the page
    images OCR read, whose sizes ``page_sizes`` gives per page (None for a page read from a text
    layer)."""

    page_sizes: tuple[tuple[int, int] | None, ...]
    fields: dict[str, Evidence]
    confidence: dict[str, float]

    @classmethod
    def from_json(cls, value: dict[str, Any] | None) -> FieldMarks | None:
        if not value:
            return None
        sizes = tuple(
            (int(size[0]), int(size[1])) if size and len(size) == 2 else None
            for size in value.get("page_sizes") or []
        )
        fields = {str(key): Evidence.from_json(ev) for key, ev in (value.get("fields") or {}).items()}
        confidence = {str(key): float(v) for key, v in (value.get("confidence") or {}).items()}
        return cls(sizes, fields, confidence)

    def to_json(self) -> dict[str, Any]:
        return {
            "page_sizes": [list(size) if size else None for size in self.page_sizes],
            "fields": {key: ev.to_json() for key, ev in self.fields.items()},
            "confidence": dict(self.confidence),
        }


@dataclass(frozen=True, slots=True)
class ScanDocument:
    """One stored file of a letter. ``path`` is the checked file in the store (None with ``problem``
    when it is missing or damaged); ``page_texts`` what OCR (or the text layer) read, page by page;
    ``text_only``: a typed letter or e-mail, whose pages are its text."""

    id: int
    file_name: str
    media_type: str
    sha256: str
    page_count: int
    path: Path | None
    page_texts: tuple[str, ...]
    marks: FieldMarks | None
    text_only: bool
    problem: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.id,
            "file_name": self.file_name,
            "media_type": self.media_type,
            "sha256": self.sha256,
            "pages": self.page_count,
            "path": str(self.path) if self.path else None,
            "text_only": self.text_only,
            "page_texts": list(self.page_texts),
            "evidence": self.marks.to_json() if self.marks else None,
            "error": self.problem,
        }


@dataclass(frozen=True, slots=True)
class LetterScan:
    """A letter's stored files, in the order they were attached, and its full text (typed or read)."""

    letter_id: int
    agenda_no: str
    documents: tuple[ScanDocument, ...]
    text: str | None

    @property
    def page_count(self) -> int:
        return sum(d.page_count for d in self.documents)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.letter_id,
            "agenda_no": self.agenda_no,
            "pages": self.page_count,
            "documents": [d.to_json() for d in self.documents],
            "text": self.text,
        }


def letter_scan(db: Database, actor: Actor, *, letter_id: int) -> LetterScan:
    """The scan of letter ``letter_id``: every stored file checked against its hash, with its page texts
    and field marks. A letter typed in (no file) has no documents."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        letter = load_letter(session, letter_id)
        documents = session.scalars(
            select(Document)
            .where(Document.letter_id == letter_id)
            .order_by(Document.id)
            .options(selectinload(Document.pages))
        ).all()
        rows = [
            (
                d.id,
                d.file_name,
                d.media_type,
                d.sha256,
                d.page_count,
                d.evidence,
                [p.ocr_text for p in d.pages],
            )
            for d in documents
        ]
        agenda_no, text = letter.agenda_no, letter.text
    store = FileStore(db.data_dir)
    out = []
    for doc_id, name, media_type, sha, pages, evidence, texts in rows:
        path: Path | None
        problem = None
        try:
            path = store.verified_path(sha)
        except CorruptFile as exc:
            path, problem = None, str(exc)
        text_only = media_type in TEXT_MEDIA_TYPES and not (path is not None and page_images.is_pdf(path))
        out.append(
            ScanDocument(
                id=doc_id,
                file_name=name,
                media_type=media_type,
                sha256=sha,
                page_count=max(1, pages or len(texts)),
                path=path,
                page_texts=tuple(t or "" for t in texts),
                marks=FieldMarks.from_json(evidence),
                text_only=text_only,
                problem=problem,
            )
        )
    return LetterScan(letter_id=letter_id, agenda_no=agenda_no, documents=tuple(out), text=text)


@dataclass(frozen=True, slots=True)
class SavedPage:
    """A page of a letter written to a file: a PNG of a scanned page, the text of a typed one."""

    agenda_no: str
    document: int
    page: int  # 1-based, within its document
    file: Path
    width: int | None
    height: int | None
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "agenda_no": self.agenda_no,
            "document": self.document,
            "page": self.page,
            "file": str(self.file),
            "width": self.width,
            "height": self.height,
            "text": self.text,
        }


def save_letter_pages(
    db: Database, actor: Actor, *, letter_id: int, out_dir: Path, max_side: int = page_images.MAX_SIDE
) -> list[SavedPage]:
    """Write every page of letter ``letter_id`` into ``out_dir``: scanned pages as PNG pictures
    (``D-2026-00002-1.png``; with several documents ``D-2026-00002-d2-1.png``), typed letters and
    e-mails as UTF-8 text. Refused with :class:`CorruptFile` naming the file when a stored file is
    missing or damaged (the pages of the sound files before it are written)."""
    scan = letter_scan(db, actor, letter_id=letter_id)
    out_dir = Path(out_dir)
    saved: list[SavedPage] = []
    several = len(scan.documents) > 1
    for number, doc in enumerate(scan.documents, start=1):
        if doc.path is None:
            raise CorruptFile(doc.problem or doc.file_name)
        stem = f"{scan.agenda_no}-d{number}" if several else scan.agenda_no
        for page in range(doc.page_count):
            text = doc.page_texts[page] if page < len(doc.page_texts) else ""
            if doc.text_only:
                target = out_dir / f"{stem}-{page + 1}.txt"
                write_atomically(target, text.encode("utf-8"))
                saved.append(SavedPage(scan.agenda_no, doc.id, page + 1, target, None, None, text))
                continue
            try:
                picture = page_images.render_page(doc.path, page, max_side=max_side).image
            except (OSError, ValueError) as exc:  # Pillow's and PDFium's word for an unreadable file
                raise CorruptFile(
                    f"Halaman {page + 1} berkas {doc.file_name} tidak dapat digambar: {exc}"
                ) from exc
            buffer = io.BytesIO()
            picture.save(buffer, "PNG")
            target = out_dir / f"{stem}-{page + 1}.png"
            write_atomically(target, buffer.getvalue())
            saved.append(
                SavedPage(scan.agenda_no, doc.id, page + 1, target, picture.width, picture.height, text)
            )
    return saved
